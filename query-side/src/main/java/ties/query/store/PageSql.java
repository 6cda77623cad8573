package ties.query.store;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * The statements that read a page of a read model ({@link RowQuery}) from {@code read_model_row}.
 *
 * <p>A page is read in sort order through the model's index, and each row is checked against the
 * filters; the page stops as soon as it is full. That is fast while matching rows are common, as with
 * categories. A tag names one record or actor and may match a handful of rows among millions, and a
 * walk in sort order then reads the whole model (an initiative's developments: 50,749 current rows read
 * for one, 55 ms, with 46,000 events on PostgreSQL; docs/benchmarks.md). So a page with a tag
 * {@linkplain #walk() walks} at most {@value #WALK} rows, and if that did not fill it, it is
 * {@linkplain #fromTag() read from the tag's index entries} and sorted: few for a rare tag, while a
 * tag with more rows than sorting them would bear fills its page within the walk. Neither depends on
 * statistics, which a database with autovacuum off never has.
 */
final class PageSql {

    /** The columns a page reads; {@code r} is the row. */
    static final String COLUMNS = "r.row_id, r.record_key, r.valid_from, r.sort_key, r.kind, r.occurred_from, "
            + "r.occurred_to, r.search_text, r.document, r.packed";
    /** How many rows passing the other filters a page with a tag reads in sort order before it reads the tag's rows instead. */
    static final int WALK = 2_000;

    private final RowQuery query;
    private final boolean onH2;
    private final Map<String, Object> parameters = new HashMap<>();
    /** The versions a page shows (current, or valid at the as-of time) with every filter but the tags. */
    private final String rows;
    private final String order;

    PageSql(RowQuery query, String storedModel, boolean onH2) {
        this.query = query;
        this.onH2 = onH2;
        StringBuilder where = new StringBuilder();
        String direction = query.descending() ? " desc" : " asc";
        if (query.asOf() == null) {
            where.append("r.model = :model and r.valid_to is null");
            // The current view fixes model and valid_to (null); naming them in the order anyway lets H2
            // read a page in (model, valid_to, sort_key) index order instead of sorting every current
            // row of the model (90,000 timeline rows for a page of 50; docs/benchmarks.md).
            order = " order by r.model" + direction + ", r.valid_to" + direction + ", r.sort_key" + direction;
        } else {
            where.append("r.model = :model and r.valid_from <= :asOf and (r.valid_to is null or r.valid_to > :asOf)");
            parameters.put("asOf", query.asOf().atOffset(ZoneOffset.UTC));
            order = " order by r.model" + direction + ", r.sort_key" + direction;
        }
        parameters.put("model", storedModel);
        for (int i = 0; i < query.categories().size(); i++) {
            // One line of the row's tags (RowTags), checked on each row the page reads in sort order.
            where.append(" and concat(chr(10), r.tags, chr(10)) like :category").append(i).append(" escape '!'");
            parameters.put("category" + i, "%\n" + escapeLike(query.categories().get(i)) + "\n%");
        }
        for (int i = 0; i < query.words().size(); i++) {
            where.append(" and r.search_text like :word").append(i).append(" escape '!'");
            parameters.put("word" + i, "%" + escapeLike(query.words().get(i)) + "%");
        }
        if (query.from() != null) {
            // An open end (a plan "in the near future") reaches every later day.
            where.append(" and (r.occurred_to >= :from or (r.occurred_to is null and r.occurred_from is not null))");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and r.occurred_from <= :to");
            parameters.put("to", query.to());
        }
        if (query.after() != null) {
            where.append(query.descending() ? " and r.sort_key < :after" : " and r.sort_key > :after");
            parameters.put("after", query.after());
        }
        for (int i = 0; i < query.tags().size(); i++) {
            parameters.put("tag" + i, query.tags().get(i));
        }
        parameters.put("limit", query.limit());
        rows = where.toString();
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    /** Whether {@link #walk()} may miss rows, so that a page it does not fill must be read {@link #fromTag()}. */
    boolean bounded() {
        return !query.tags().isEmpty();
    }

    /** The page read in sort order; with tags, among the first {@value #WALK} rows only. */
    String walk() {
        // A page as of T walks (model, sort_key, valid_from, valid_to) in order and reads only the rows
        // valid at T; H2's planner prefers the current-row index and then reads and sorts every version
        // of the model (4.3 s against 0.15 s for a board page at 100,000 events).
        String index = query.asOf() != null && onH2 ? " use index (read_model_row_history)" : "";
        String read = "select " + COLUMNS + ", r.model, r.valid_to from read_model_row r" + index + " where " + rows;
        if (!bounded()) {
            return read + order + " limit :limit";
        }
        // The model named again outside lets PostgreSQL see that the rows come out in the page's order
        // already; without it, it sorted the whole walk before returning the first row.
        return "select * from (" + read + order + " limit " + WALK + ") r where r.model = :model" + tagged(0) + order
                + " limit :limit";
    }

    /**
     * The page read from the first tag's index entries, then sorted. The rows are fetched by their keys
     * alone first, in a subquery the planner cannot merge with the page's conditions: offered the model's
     * conditions and order too, both databases walked the model's index again instead (H2 merges a derived
     * table; PostgreSQL merges anything but a materialized one).
     */
    String fromTag() {
        String entries = "select t.row_id from read_model_tag t where t.tag = :tag0";
        String page = " where " + rows + tagged(1) + order + " limit :limit";
        if (onH2) {
            return "select " + COLUMNS + " from (select * from read_model_row where row_id in (" + entries + ")) r" + page;
        }
        return "with tagged as materialized (select * from read_model_row where row_id = any(array(" + entries + "))) "
                + "select " + COLUMNS + " from tagged r" + page;
    }

    /** A condition per tag from the {@code first}'s on, each looked up by the row's key. */
    private String tagged(int first) {
        StringBuilder sql = new StringBuilder();
        for (int i = first; i < query.tags().size(); i++) {
            sql.append(" and exists (select 1 from read_model_tag t where t.row_id = r.row_id and t.tag = :tag").append(i).append(")");
        }
        return sql.toString();
    }

    private static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
