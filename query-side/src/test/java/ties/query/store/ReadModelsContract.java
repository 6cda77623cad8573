package ties.query.store;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link ReadModels} does: the database store and the in-memory one the projection
 * specifications use both run it, so that those specifications can trust the in-memory store.
 */
public abstract class ReadModelsContract {

    protected record Doc(String text) {
    }

    protected static final Instant T1 = Instant.parse("2025-01-16T09:00:00Z");
    protected static final Instant T2 = Instant.parse("2025-01-16T10:00:00Z");
    protected static final Instant T3 = Instant.parse("2025-01-16T11:00:00Z");

    protected ReadModels store;

    /** How many versions of a document are kept, current or not. */
    protected abstract int versions(String model, String key);

    /** How many rows the store holds for a model, current or not. */
    protected abstract int rowCount(String model);

    protected static RowContent row(String text, String sortKey, Set<String> tags) {
        return RowContent.of(new Doc(text), sortKey, tags);
    }

    private static RowContent dated(String text, String sortKey, String from, String to, String searchText) {
        return new RowContent(new Doc(text), sortKey, Set.of(), Set.of(), null, from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), searchText);
    }

    private List<String> keys(RowQuery query) {
        return store.find(query, Doc.class).stream().map(ReadModels.Found::key).toList();
    }

    private static RowQuery query(List<String> tags, List<String> words, String from, String to, String after,
                                  boolean descending, int limit, Instant asOf) {
        return new RowQuery("m", tags, List.of(), words, from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), after, descending, limit, asOf);
    }

    @Test
    @DisplayName("a put of what is already stored changes nothing; a change closes the old version and keeps it for as-of")
    void versions() {
        assertThat(store.put("m", "k", T1, row("first", "1", Set.of("a")))).isTrue();
        assertThat(store.put("m", "k", T2, row("first", "1", Set.of("a")))).isFalse();
        assertThat(versions("m", "k")).isEqualTo(1);

        assertThat(store.put("m", "k", T2, row("first", "1", Set.of("a", "b")))).as("tags alone are a change").isTrue();
        assertThat(store.put("m", "k", T3, row("second", "1", Set.of("a", "b")))).isTrue();

        assertThat(store.current("m", "k", Doc.class)).contains(new Doc("second"));
        assertThat(store.asOf("m", "k", T1, Doc.class)).contains(new Doc("first"));
        assertThat(store.asOf("m", "k", T3.minusMillis(1), Doc.class)).contains(new Doc("first"));
        assertThat(store.asOf("m", "k", T3, Doc.class)).as("valid from its instant on").contains(new Doc("second"));
        assertThat(store.asOf("m", "k", T1.minusMillis(1), Doc.class)).isEmpty();
    }

    @Test
    @DisplayName("a document replaced or removed was still stored once; a key never used was not")
    void ever_stored() {
        store.put("m", "replaced", T1, row("first", "1", Set.of()));
        store.put("m", "replaced", T2, row("second", "1", Set.of()));
        store.put("m", "removed", T1, row("doc", "2", Set.of()));
        store.remove("m", "removed", T2);

        assertThat(store.everStored("m", "replaced")).isTrue();
        assertThat(store.everStored("m", "removed")).isTrue();
        assertThat(store.everStored("m", "never")).isFalse();
        assertThat(store.everStored("other", "replaced")).as("per model").isFalse();
    }

    @Test
    @DisplayName("a removed document leaves the current view but stays for as-of; removing nothing reports it")
    void remove() {
        store.put("m", "k", T1, row("doc", "1", Set.of("a")));

        assertThat(store.remove("m", "k", T2)).isTrue();
        assertThat(store.remove("m", "k", T3)).isFalse();
        assertThat(store.current("m", "k", Doc.class)).isEmpty();
        assertThat(store.currentKeysTagged("m", "a")).isEmpty();
        assertThat(store.asOf("m", "k", T1, Doc.class)).contains(new Doc("doc"));
        assertThat(keys(RowQuery.all("m", 10).asOf(T1))).containsExactly("k");
        assertThat(keys(RowQuery.all("m", 10))).isEmpty();
    }

    @Test
    @DisplayName("find requires every tag and every word (as a part of the search text)")
    void tags_and_words() {
        store.put("m", "x", T1, new RowContent(new Doc("x"), "1", Set.of("a", "b"), Set.of(), null, null, null, "joint naval exercises"));
        store.put("m", "y", T1, new RowContent(new Doc("y"), "2", Set.of("a"), Set.of(), null, null, null, "border patrols"));
        store.put("m", "z", T1, new RowContent(new Doc("z"), "3", Set.of("a"), Set.of(), null, null, null, null));

        assertThat(keys(query(List.of("a"), List.of(), null, null, null, false, 10, null))).containsExactly("x", "y", "z");
        assertThat(keys(query(List.of("a", "b"), List.of(), null, null, null, false, 10, null))).containsExactly("x");
        assertThat(keys(query(List.of(), List.of("nav", "exer"), null, null, null, false, 10, null))).containsExactly("x");
        assertThat(keys(query(List.of(), List.of("naval", "patrols"), null, null, null, false, 10, null))).isEmpty();
        assertThat(keys(query(List.of(), List.of("o"), null, null, null, false, 10, null)))
                .as("no search text never matches words").containsExactly("x", "y");
    }

    @Test
    @DisplayName("categories are checked on the row, exactly, now and as of a time; only tags find keys for a projection")
    void categories() {
        store.put("m", "patrol", T1, new RowContent(new Doc("patrol"), "1", Set.of("record:patrol"),
                Set.of("party:IR", "party:PK", "status:PROPOSED"), null, null, null, null));
        store.put("m", "corridor", T1, new RowContent(new Doc("corridor"), "2", Set.of("record:corridor"),
                Set.of("party:PK", "party:CN", "status:PROPOSED"), null, null, null, null));
        assertThat(store.put("m", "patrol", T2, new RowContent(new Doc("patrol"), "1", Set.of("record:patrol"),
                Set.of("party:IR", "party:PK", "status:AGREED"), null, null, null, null))).as("categories alone are a change").isTrue();

        RowQuery all = RowQuery.all("m", 10);
        assertThat(keys(all.withCategories(List.of("party:PK")))).containsExactly("patrol", "corridor");
        assertThat(keys(all.withCategories(List.of("party:PK", "status:PROPOSED")))).containsExactly("corridor");
        assertThat(keys(all.withCategories(List.of("party:PK", "status:PROPOSED")).asOf(T1))).containsExactly("patrol", "corridor");
        assertThat(keys(all.withCategories(List.of("party:P")))).as("a whole line, not a prefix").isEmpty();
        assertThat(keys(all.withCategories(List.of("party:_K")))).as("no wildcard").isEmpty();
        assertThat(keys(all.withCategories(List.of("party:%")))).as("no wildcard").isEmpty();
        assertThat(keys(all.withTags(List.of("record:corridor")).withCategories(List.of("party:CN")))).containsExactly("corridor");
        assertThat(keys(all.withTags(List.of("record:corridor")).withCategories(List.of("party:IR")))).isEmpty();

        assertThat(store.currentKeysTagged("m", "record:patrol")).containsExactly("patrol");
        assertThat(store.currentKeysTagged("m", "party:PK")).as("categories are not indexed").isEmpty();
    }

    @Test
    @DisplayName("a page with a tag finds its rows however far apart in sort order, on every page, either way, and as of a time")
    void tag_beyond_the_walk() {
        int count = PageSql.WALK + 60;
        for (int i = 0; i < count; i++) {
            Set<String> tags = i == 5 || i == count - 8 ? Set.of("record:rare", "actor:common") : Set.of("actor:common");
            store.put("m", "k" + i, T1, new RowContent(new Doc("k" + i), String.format("%05d", i), tags,
                    Set.of(i % 2 == 0 ? "party:IR" : "party:PK"), null, null, null, null));
        }
        RowQuery rare = RowQuery.all("m", 10).withTags(List.of("record:rare"));
        assertThat(keys(rare)).containsExactly("k5", "k" + (count - 8));
        assertThat(keys(rare.withCategories(List.of("party:PK")))).containsExactly("k5");
        assertThat(keys(rare.asOf(T2))).containsExactly("k5", "k" + (count - 8));
        assertThat(keys(new RowQuery("m", List.of("record:rare"), List.of(), List.of(), null, null, null, true, 1, null)))
                .as("descending").containsExactly("k" + (count - 8));
        assertThat(keys(new RowQuery("m", List.of("actor:common", "record:rare"), List.of(), List.of(), null, null,
                String.format("%05d", 5), false, 10, null))).as("after a cursor, with a second tag").containsExactly("k" + (count - 8));

        assertThat(keys(RowQuery.all("m", 3).withTags(List.of("actor:common")))).containsExactly("k0", "k1", "k2");
        assertThat(keys(new RowQuery("m", List.of("actor:common"), List.of(), List.of(), null, null,
                String.format("%05d", count - 3), false, 10, null))).as("the last page, not full")
                .containsExactly("k" + (count - 2), "k" + (count - 1));
    }

    @Test
    @DisplayName("find keeps rows whose occurred range overlaps [from, to]; rows without one never match a range")
    void occurred_overlap() {
        store.put("m", "july-2018", T1, dated("july", "1", "2018-07-01", "2018-07-31", null));
        store.put("m", "year-2018", T1, dated("year", "2", "2018-01-01", "2018-12-31", null));
        store.put("m", "undated", T1, dated("none", "3", null, null, null));

        assertThat(keys(query(List.of(), List.of(), "2018-07-31", "2018-08-15", null, false, 10, null)))
                .containsExactly("july-2018", "year-2018");
        assertThat(keys(query(List.of(), List.of(), "2018-08-01", null, null, false, 10, null))).containsExactly("year-2018");
        assertThat(keys(query(List.of(), List.of(), null, "2018-06-30", null, false, 10, null))).containsExactly("year-2018");
        assertThat(keys(query(List.of(), List.of(), null, null, null, false, 10, null))).hasSize(3);
    }

    @Test
    @DisplayName("find orders by sort key, either way, strictly after the cursor, and stops at the limit")
    void order_cursor_limit() {
        store.put("m", "b", T1, row("b", "2", Set.of()));
        store.put("m", "c", T1, row("c", "3", Set.of()));
        store.put("m", "a", T1, row("a", "1", Set.of()));

        assertThat(keys(query(List.of(), List.of(), null, null, null, false, 10, null))).containsExactly("a", "b", "c");
        assertThat(keys(query(List.of(), List.of(), null, null, null, true, 10, null))).containsExactly("c", "b", "a");
        assertThat(keys(query(List.of(), List.of(), null, null, "2", false, 10, null))).containsExactly("c");
        assertThat(keys(query(List.of(), List.of(), null, null, "2", true, 10, null))).containsExactly("a");
        assertThat(keys(query(List.of(), List.of(), null, null, null, false, 2, null))).containsExactly("a", "b");
        assertThat(store.find(RowQuery.all("m", 1), Doc.class)).singleElement()
                .satisfies(found -> {
                    assertThat(found.sortKey()).isEqualTo("1");
                    assertThat(found.validFrom()).isEqualTo(T1);
                });
    }

    @Test
    @DisplayName("clear forgets every version of the given models only")
    void clear() {
        store.put("m", "k", T1, row("one", "1", Set.of()));
        store.put("m", "k", T2, row("two", "1", Set.of()));
        store.put("other", "k", T1, row("kept", "1", Set.of()));

        store.clear(List.of("m"));

        assertThat(rowCount("m")).isZero();
        assertThat(store.asOf("m", "k", T1, Doc.class)).isEmpty();
        assertThat(store.current("other", "k", Doc.class)).contains(new Doc("kept"));
    }

    @Test
    @DisplayName("documents are stored as JSON: what is read back is a copy, not the object that was put")
    void json_copies() {
        List<String> document = new ArrayList<>(List.of("first"));
        store.put("m", "k", T1, RowContent.of(document, "1", Set.of()));

        document.add("changed after storing");

        assertThat(store.current("m", "k", List.class)).contains(List.of("first"));
    }

    @Test
    @DisplayName("values longer than their database columns are refused when put, and nothing is stored")
    void column_lengths() {
        assertThatThrownBy(() -> store.put("m", "k", T1, row("doc", "x".repeat(401), Set.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sort_key");
        assertThatThrownBy(() -> store.put("m", "k", T1, row("doc", "1", Set.of("t".repeat(301)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tag");
        assertThatThrownBy(() -> store.put("m", "k", T1, new RowContent(new Doc("doc"), "1", Set.of(), Set.of("a\nb"),
                null, null, null, null))).as("a category is one line of the row's tags")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one line");
        assertThat(store.current("m", "k", Doc.class)).isEmpty();
    }
}
