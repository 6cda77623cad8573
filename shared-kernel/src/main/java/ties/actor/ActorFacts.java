package ties.actor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ties.fact.CountryCode;
import ties.fact.Provenance;
import ties.fact.SingleLine;

import java.util.List;

/**
 * Who an actor is. {@code aliases} hold other spellings and transliterations ("Baqeri" for "Bagheri")
 * so that one person stays one actor; {@code country} is the state a person or organisation belongs
 * to, or the state itself for a country; a non-state body (a company, an industry association, a think
 * tank) may be tied to the country it is based in, or have none.
 */
public record ActorFacts(
        @NotNull ActorKind kind,
        @NotBlank @SingleLine String name,
        @Size(max = 20) List<@NotBlank @SingleLine String> aliases,
        CountryCode country,
        @NotNull @Valid Provenance provenance) {

    public ActorFacts {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
