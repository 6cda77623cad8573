package ties.fact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Set;

/** A language by its ISO 639-1 code ("en", "fa", "ur"). */
public record Language(String code) {

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOLanguages());

    public Language {
        // Locale also knows a few withdrawn codes ("iw", "in", "ji"); their current ones are what is stored.
        if (code == null || code.length() != 2 || !ISO_CODES.contains(code) || !new Locale(code).getLanguage().equals(code)) {
            throw new IllegalArgumentException("'" + code + "' is not a language code (ISO 639-1, e.g. en, fa, ur)");
        }
    }

    @JsonCreator
    public static Language of(String code) {
        return new Language(code == null ? null : code.trim().toLowerCase(Locale.ROOT));
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The English name, for readers ("Persian"). */
    public String name() {
        return new Locale(code).getDisplayLanguage(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return code;
    }
}
