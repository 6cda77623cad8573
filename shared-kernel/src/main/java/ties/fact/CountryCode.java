package ties.fact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Set;

/** A country by its ISO 3166-1 alpha-2 code ("IR", "PK"). */
public record CountryCode(String code) implements Comparable<CountryCode> {

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    public CountryCode {
        if (code == null || !ISO_CODES.contains(code)) {
            throw new IllegalArgumentException("'" + code + "' is not a country code (ISO 3166-1 alpha-2, e.g. IR, PK)");
        }
    }

    /** Whether {@code code} is an ISO 3166-1 alpha-2 code as written (upper case). */
    public static boolean isValid(String code) {
        return code != null && ISO_CODES.contains(code);
    }

    @JsonCreator
    public static CountryCode of(String code) {
        return new CountryCode(code == null ? null : code.trim().toUpperCase(Locale.ROOT));
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The English short name, for readers ("Pakistan"). */
    public String name() {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    @Override
    public int compareTo(CountryCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
