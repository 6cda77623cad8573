package ties.query.store;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a projection stores for one document: the document itself and the columns queries filter
 * and sort on.
 *
 * @param sortKey    the order within the model (ascending)
 * @param tags       exact-match filters such as {@code party:PK} or {@code status:PROPOSED}
 * @param searchText normalized words for substring search, or null
 */
public record RowContent(Object document, String sortKey, Set<String> tags, String kind,
                         LocalDate occurredFrom, LocalDate occurredTo, String searchText) {

    public RowContent {
        tags = Set.copyOf(tags);
    }

    public static RowContent of(Object document, String sortKey, Set<String> tags) {
        return new RowContent(document, sortKey, tags, null, null, null, null);
    }
}
