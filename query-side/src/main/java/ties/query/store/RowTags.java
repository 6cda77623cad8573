package ties.query.store;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A version's tags as its row keeps them: sorted, one per line, or null when it has none. */
final class RowTags {

    static final String SEPARATOR = "\n";

    private RowTags() {
    }

    static String join(Set<String> tags) {
        return tags.isEmpty() ? null : tags.stream().sorted().collect(Collectors.joining(SEPARATOR));
    }

    static Set<String> split(String stored) {
        return stored == null || stored.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(stored.split(SEPARATOR)));
    }
}
