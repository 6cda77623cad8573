package ties.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The form of a name used to match spellings: accents, case, punctuation and spacing ignored, so
 * "Bāgherī", "BAGHERI" and "Bagheri" match. Name search also finds people the way reports name them:
 * under a rank or title ("Gen Munir", "Major General Bagheri") and by initials ("M H Bagheri", "MH Bagheri").
 */
public final class ActorNames {

    /** Ranks, titles and honorifics reports put before names; never part of what a name search must match. */
    private static final Set<String> TITLES = Set.of("gen", "general", "lt", "lieutenant", "ltgen", "maj", "major",
            "majgen", "brig", "brigadier", "col", "colonel", "capt", "captain", "cdr", "cmdr", "commander", "cdre",
            "commodore", "adm", "admiral", "vadm", "radm", "vice", "rear", "air", "chief", "marshal", "field", "sgt",
            "sergeant", "mr", "mrs", "ms", "dr", "sir", "president", "minister", "prime", "sheikh");

    private ActorNames() {
    }

    public static String normalize(String name) {
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * What a name search looks through for an actor known by these names: each name normalized, without
     * titles, and with its given names as initials ("mohammad hossein bagheri" also as "m h bagheri" and
     * "mh bagheri").
     */
    public static String searchText(Collection<String> names) {
        Set<String> forms = new LinkedHashSet<>();
        for (String name : names) {
            String normalized = normalize(name);
            forms.add(normalized);
            List<String> words = withoutTitles(Arrays.asList(normalized.split(" ")));
            forms.add(String.join(" ", words));
            if (words.size() >= 2) {
                List<String> given = words.subList(0, words.size() - 1);
                String last = words.get(words.size() - 1);
                forms.add(given.stream().map(w -> w.substring(0, 1)).collect(Collectors.joining(" ")) + " " + last);
                forms.add(given.stream().map(w -> w.substring(0, 1)).collect(Collectors.joining()) + " " + last);
            }
        }
        forms.remove("");
        return String.join(" | ", forms);
    }

    /**
     * The words a name search requires, from what a user typed: titles dropped (unless nothing else is
     * left), and single-letter initials kept together with the name after them ("a b smith" is one
     * phrase, so that the initials must stand before that name, not anywhere).
     */
    public static List<String> queryWords(String query) {
        List<String> words = Arrays.stream(normalize(query).split(" ")).filter(w -> !w.isEmpty()).toList();
        List<String> named = withoutTitles(words);
        if (named.isEmpty()) {
            return words;
        }
        int initials = 0;
        while (initials < named.size() - 1 && named.get(initials).length() == 1) {
            initials++;
        }
        if (initials == 0) {
            return named;
        }
        List<String> result = new ArrayList<>();
        result.add(String.join(" ", named.subList(0, initials + 1)));
        result.addAll(named.subList(initials + 1, named.size()));
        return result;
    }

    private static List<String> withoutTitles(List<String> words) {
        return words.stream().filter(w -> !TITLES.contains(w)).toList();
    }
}
