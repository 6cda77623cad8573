package ties.actor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ties.fact.CountryCode;
import ties.fact.Provenance;
import ties.fact.Name;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who an actor is. {@code aliases} hold other spellings and transliterations ("Baqeri" for "Bagheri")
 * so that one person stays one actor; {@code country} is the state a person or organisation belongs
 * to, or the state itself for a country; a non-state body (a company, an industry association, a think
 * tank) may be tied to the country it is based in, or have none.
 *
 * <p>A name holds at least one letter ({@link Name}). Only a country may be named as a country is: a
 * person, ministry or armed force registered as "Iran" is almost always the country entered under the
 * wrong kind, so that name is refused for every kind but {@code COUNTRY} (register the person under their
 * own name, and the state as a {@code COUNTRY}). Countries are compared by their English short names
 * (ISO 3166), ignoring case and accents; a longer name that contains one ("Pakistan Army") is fine.
 */
public record ActorFacts(
        @NotNull ActorKind kind,
        @NotBlank @Name String name,
        @Size(max = 20) List<@NotBlank @Name String> aliases,
        CountryCode country,
        @NotNull @Valid Provenance provenance) {

    private static final Set<String> COUNTRY_NAMES = Arrays.stream(Locale.getISOCountries())
            .map(code -> ActorNames.normalize(new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
            .collect(Collectors.toUnmodifiableSet());

    public ActorFacts {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** Why this name cannot be this actor's, or empty: a name of a country names only a country. */
    public Optional<String> nameProblem() {
        if (kind == null || kind == ActorKind.COUNTRY || name == null || !COUNTRY_NAMES.contains(ActorNames.normalize(name))) {
            return Optional.empty();
        }
        return Optional.of("'" + name.strip() + "' is the name of a country: register the country with kind COUNTRY, "
                + "and a " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " under its own name");
    }
}
