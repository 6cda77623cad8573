package ties.query.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@link ReadModels} in memory, with the semantics of {@code JdbcReadModels}: every document is a
 * versioned row ({@code validFrom <= t < validTo}); a put that stores what is already there changes
 * nothing; {@code find} requires every tag (among the indexed ones) and category, every word as a substring of the search text (like
 * {@code %word%}), an occurred range overlapping [from, to] (rows without one never match a range, as
 * SQL nulls never compare), a sort key strictly after the cursor, and orders by sort key.
 *
 * <p>Documents are kept as JSON written by a mapper configured like the application's, and read back
 * on every call, so projections see exactly what a round trip through the database gives them. Column
 * lengths of {@code read_model_row} are checked as the database would.
 */
public class InMemoryReadModels implements ReadModels {

    private static final class Row {
        final String key;
        final Instant validFrom;
        Instant validTo;
        final String document;
        final String sortKey;
        final String kind;
        final LocalDate occurredFrom;
        final LocalDate occurredTo;
        final String searchText;
        /** Tags and categories, as the database's row keeps them. */
        final Set<String> tags;
        /** The tags alone, as the database indexes them. */
        final Set<String> indexed;

        Row(String key, Instant validFrom, RowContent content, String document) {
            this.key = key;
            this.validFrom = validFrom;
            this.document = document;
            this.sortKey = content.sortKey();
            this.kind = content.kind();
            this.occurredFrom = content.occurredFrom();
            this.occurredTo = content.occurredTo();
            this.searchText = content.searchText();
            this.tags = content.allTags();
            this.indexed = content.tags();
        }

        boolean holds(RowContent content, String otherDocument) {
            return document.equals(otherDocument) && sortKey.equals(content.sortKey())
                    && Objects.equals(kind, content.kind())
                    && Objects.equals(occurredFrom, content.occurredFrom())
                    && Objects.equals(occurredTo, content.occurredTo())
                    && Objects.equals(searchText, content.searchText())
                    && content.keptAs(tags);
        }

        boolean current() {
            return validTo == null;
        }

        boolean validAt(Instant at) {
            return at == null ? current() : !validFrom.isAfter(at) && (validTo == null || validTo.isAfter(at));
        }
    }

    /** Shared: a configured mapper is thread-safe, and building its serializers anew for every store is slow. */
    private static final ObjectMapper APPLICATION_MAPPER = applicationObjectMapper();

    private final DocumentJson documents;
    /** Every version of every document, per model, in the order stored. */
    private final Map<String, List<Row>> rows = new HashMap<>();

    public InMemoryReadModels() {
        this(APPLICATION_MAPPER);
    }

    public InMemoryReadModels(ObjectMapper json) {
        this.documents = new DocumentJson(json);
    }

    /**
     * A mapper as Spring Boot builds it (Java time as ISO strings, JDK 8 and parameter-name modules)
     * with the deserialization settings of {@code application.yml}.
     */
    public static ObjectMapper applicationObjectMapper() {
        return Jackson2ObjectMapperBuilder.json()
                .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS,
                        SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS, MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .build();
    }

    @Override
    public <T> Optional<T> current(String model, String key, Class<T> type) {
        return currentRow(model, key).map(row -> documents.read(row.document, type));
    }

    @Override
    public boolean put(String model, String key, Instant at, RowContent content) {
        String document = documents.write(content.document());
        content.checkColumns(model, key);
        Optional<Row> current = currentRow(model, key);
        if (current.isPresent() && current.get().holds(content, document)) {
            return false;
        }
        current.ifPresent(row -> row.validTo = at);
        rows.computeIfAbsent(model, m -> new ArrayList<>()).add(new Row(key, at, content, document));
        return true;
    }

    @Override
    public boolean remove(String model, String key, Instant at) {
        Optional<Row> current = currentRow(model, key);
        current.ifPresent(row -> row.validTo = at);
        return current.isPresent();
    }

    @Override
    public boolean everStored(String model, String key) {
        return rows(model).anyMatch(row -> row.key.equals(key));
    }

    @Override
    public List<String> currentKeysTagged(String model, String tag) {
        return rows(model).filter(Row::current).filter(row -> row.indexed.contains(tag)).map(row -> row.key).toList();
    }

    @Override
    public <T> List<Found<T>> find(RowQuery query, Class<T> type) {
        Comparator<Row> order = Comparator.comparing(row -> row.sortKey);
        return rows(query.model())
                .filter(row -> row.validAt(query.asOf()))
                .filter(row -> row.indexed.containsAll(query.tags()) && row.tags.containsAll(query.categories()))
                .filter(row -> query.words().stream().allMatch(word -> row.searchText != null && row.searchText.contains(word)))
                .filter(row -> query.from() == null || (row.occurredTo != null ? !row.occurredTo.isBefore(query.from())
                        : row.occurredFrom != null))
                .filter(row -> query.to() == null || (row.occurredFrom != null && !row.occurredFrom.isAfter(query.to())))
                .filter(row -> query.after() == null || (query.descending()
                        ? row.sortKey.compareTo(query.after()) < 0 : row.sortKey.compareTo(query.after()) > 0))
                .sorted(query.descending() ? order.reversed() : order)
                .limit(query.limit())
                .map(row -> new Found<>(row.key, documents.read(row.document, type), row.sortKey, row.validFrom))
                .toList();
    }

    @Override
    public <T> Optional<T> asOf(String model, String key, Instant asOf, Class<T> type) {
        return rows(model).filter(row -> row.key.equals(key) && row.validAt(asOf)).findFirst()
                .map(row -> documents.read(row.document, type));
    }

    @Override
    public boolean isServing() {
        return true;
    }

    @Override
    public void clear(Collection<String> models) {
        models.forEach(rows::remove);
    }

    /** How many versions of a document are kept (for specifications of what a change stores). */
    public int versions(String model, String key) {
        return (int) rows(model).filter(row -> row.key.equals(key)).count();
    }

    /** How many rows the store holds for a model, current or not. */
    public int rowCount(String model) {
        return (int) rows(model).count();
    }

    private Stream<Row> rows(String model) {
        return rows.getOrDefault(model, List.of()).stream();
    }

    private Optional<Row> currentRow(String model, String key) {
        return rows(model).filter(row -> row.current() && row.key.equals(key)).findFirst();
    }
}
