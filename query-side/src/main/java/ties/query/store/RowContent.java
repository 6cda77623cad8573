package ties.query.store;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a projection stores for one document: the document itself and the columns queries filter
 * and sort on.
 *
 * @param sortKey    the order within the model (ascending)
 * @param tags       exact-match filters naming one record or actor, such as {@code record:…} or
 *                   {@code participant:…}: indexed, so that the few documents carrying one are found
 *                   directly ({@link ReadModels#currentKeysTagged}, a page of one initiative's developments)
 * @param categories exact-match filters from a small vocabulary, such as {@code party:PK} or
 *                   {@code status:PROPOSED}: kept on the row and checked there while a page is read in
 *                   sort order, not indexed. Each value matches a large share of a model's documents, so
 *                   a page finds its rows within a few reads, and an index entry per category per version
 *                   was ten of the 21 rows a created initiative wrote (issue 15)
 * @param searchText normalized words for substring search, or null
 */
public record RowContent(Object document, String sortKey, Set<String> tags, Set<String> categories, String kind,
                         LocalDate occurredFrom, LocalDate occurredTo, String searchText) {

    public RowContent {
        Objects.requireNonNull(sortKey, "sortKey");
        tags = Set.copyOf(tags);
        categories = Set.copyOf(categories);
    }

    /**
     * Whether a row keeping {@code kept} (tags and categories together) holds exactly these: compared
     * without building the union, which only a row being written needs ({@link #allTags()}).
     */
    boolean keptAs(Set<String> kept) {
        return kept.containsAll(tags) && kept.containsAll(categories)
                && kept.stream().allMatch(tag -> tags.contains(tag) || categories.contains(tag));
    }

    /** Tags and categories together: what the row keeps and a query's filters are checked against. */
    Set<String> allTags() {
        if (categories.isEmpty()) {
            return tags;
        }
        Set<String> all = new HashSet<>(tags);
        all.addAll(categories);
        return Set.copyOf(all);
    }

    /**
     * Refuses what the columns of {@code read_model_row} and {@code read_model_tag} (migrations V1, V8)
     * cannot hold, before anything is stored: the database would refuse it only when the transaction
     * commits, failing every event of the batch instead of the one at fault.
     */
    void checkColumns(String model, String key) {
        fits("model", model, 40);
        fits("record_key", key, 300);
        fits("sort_key", sortKey, 400);
        fits("kind", kind, 40);
        Stream.concat(tags.stream(), categories.stream()).forEach(tag -> {
            fits("tag", tag, 300);
            if (tag.isEmpty() || tag.contains(RowTags.SEPARATOR)) {
                // The row keeps its tags one per line (RowTags).
                throw new IllegalArgumentException("a tag is one line of text, not empty: '" + tag + "'");
            }
        });
    }

    private static void fits(String column, String value, int length) {
        if (value != null && value.length() > length) {
            throw new IllegalArgumentException("value too long for column " + column + " (" + value.length() + " > "
                    + length + "): " + value);
        }
    }

    public static RowContent of(Object document, String sortKey, Set<String> tags) {
        return new RowContent(document, sortKey, tags, Set.of(), null, null, null, null);
    }
}
