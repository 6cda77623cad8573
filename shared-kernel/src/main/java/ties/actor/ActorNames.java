package ties.actor;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of a name used to match spellings: accents, case, punctuation and spacing ignored, so
 * "Bāgherī", "BAGHERI" and "Bagheri" match.
 */
public final class ActorNames {

    private ActorNames() {
    }

    public static String normalize(String name) {
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
