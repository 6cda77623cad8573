package ties.query.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A query over one model: all tags must match, all words must occur in the search text, the
 * occurred range must overlap [from, to]; ordered by sort key, after a cursor; now or as of a
 * recorded time.
 */
public record RowQuery(String model, List<String> tags, List<String> words, LocalDate from, LocalDate to,
                       String after, boolean descending, int limit, Instant asOf) {

    public RowQuery {
        tags = tags == null ? List.of() : List.copyOf(tags);
        words = words == null ? List.of() : List.copyOf(words);
    }

    public static RowQuery all(String model, int limit) {
        return new RowQuery(model, List.of(), List.of(), null, null, null, false, limit, null);
    }

    public RowQuery withTags(List<String> more) {
        List<String> combined = new java.util.ArrayList<>(tags);
        combined.addAll(more);
        return new RowQuery(model, combined, words, from, to, after, descending, limit, asOf);
    }

    public RowQuery asOf(Instant at) {
        return new RowQuery(model, tags, words, from, to, after, descending, limit, at);
    }
}
