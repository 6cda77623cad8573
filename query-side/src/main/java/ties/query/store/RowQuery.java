package ties.query.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A query over one model: all tags and categories must match (each as {@link RowContent} stored it), all
 * words must occur in the search text, the occurred range must overlap [from, to]; ordered by sort key,
 * after a cursor; now or as of a recorded time.
 */
public record RowQuery(String model, List<String> tags, List<String> categories, List<String> words, LocalDate from,
                       LocalDate to, String after, boolean descending, int limit, Instant asOf) {

    public RowQuery {
        tags = tags == null ? List.of() : List.copyOf(tags);
        categories = categories == null ? List.of() : List.copyOf(categories);
        words = words == null ? List.of() : List.copyOf(words);
    }

    public static RowQuery all(String model, int limit) {
        return new RowQuery(model, List.of(), List.of(), List.of(), null, null, null, false, limit, null);
    }

    public RowQuery withTags(List<String> more) {
        return new RowQuery(model, joined(tags, more), categories, words, from, to, after, descending, limit, asOf);
    }

    public RowQuery withCategories(List<String> more) {
        return new RowQuery(model, tags, joined(categories, more), words, from, to, after, descending, limit, asOf);
    }

    public RowQuery asOf(Instant at) {
        return new RowQuery(model, tags, categories, words, from, to, after, descending, limit, at);
    }

    private static List<String> joined(List<String> first, List<String> more) {
        List<String> combined = new ArrayList<>(first);
        combined.addAll(more);
        return combined;
    }
}
