package ties.query.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The read models in the database: one row of {@code read_model_row} per version of a document, with
 * its tags and categories kept on the row; its tags, not its categories, are indexed by
 * {@code read_model_tag} to find the documents carrying one ({@link RowContent}).
 * A change closes the current version ({@code valid_to}) and adds a new one, so every read model keeps
 * its history in recorded time.
 *
 * <p>Within a transaction the changes are kept in a {@link Unit} and written in JDBC batches just
 * before it commits: a processor's batch of 100 events costs a few statements instead of a query
 * and a Hibernate dirty check per event (docs/benchmarks.md). Reads in the transaction see its own
 * changes.
 */
@Component
class JdbcReadModels implements ReadModels {

    private final JdbcTemplate jdbc;
    /** For the statements whose right index depends on their values (see {@link PlannedPerCall}). */
    private final PlannedPerCall perCall;
    private final NamedParameterJdbcTemplate named;
    private final DocumentJson documents;
    private final Generations generations;
    private final boolean onH2;
    private long nextRowId;
    private long lastRowId = -1;

    JdbcReadModels(JdbcTemplate jdbc, ObjectMapper objectMapper, Generations generations,
                   @Value("${spring.datasource.url:}") String databaseUrl) {
        this.jdbc = jdbc;
        this.perCall = new PlannedPerCall(jdbc);
        this.named = new NamedParameterJdbcTemplate(perCall);
        this.documents = new DocumentJson(objectMapper);
        this.generations = generations;
        this.onH2 = databaseUrl.startsWith("jdbc:h2:");
    }

    @Override
    public boolean isServing() {
        return generations.writingServing();
    }

    @Override
    public <T> Optional<T> current(String model, String key, Class<T> type) {
        Unit unit = boundUnit();
        String stored = stored(model, unit);
        Optional<Version> current = unit != null ? unit.current(stored, key) : loadCurrent(stored, key);
        return current.map(version -> documents.read(version.document, type));
    }

    @Override
    public boolean put(String model, String key, Instant at, RowContent content) {
        String document = documents.write(content.document());
        Unit bound = boundUnit();
        String stored = stored(model, bound);
        content.checkColumns(stored, key);
        return changing(bound, unit -> {
            Optional<Version> current = unit.current(stored, key);
            if (current.isPresent() && current.get().holds(content, document)) {
                return false;
            }
            unit.replace(stored, key, current, new Version(nextRowId(), stored, key, at, content, document), at);
            return true;
        });
    }

    @Override
    public boolean remove(String model, String key, Instant at) {
        Unit bound = boundUnit();
        String stored = stored(model, bound);
        return changing(bound, unit -> {
            Optional<Version> current = unit.current(stored, key);
            current.ifPresent(version -> unit.replace(stored, key, current, null, at));
            return current.isPresent();
        });
    }

    @Override
    public boolean everStored(String model, String key) {
        Unit unit = boundUnit();
        String stored = stored(model, unit);
        if (unit != null && unit.changedOrCurrent(stored, key)) {
            return true;
        }
        return !perCall.queryForList("select 1 from read_model_row where model = ? and record_key = ? limit 1",
                Integer.class, stored, key).isEmpty();
    }

    @Override
    public List<String> currentKeysTagged(String model, String tag) {
        Unit unit = boundUnit();
        String stored = stored(model, unit);
        // Driven from the tag index. Written as a join, H2 chose to walk every current row of the model
        // and test its tags (a statement's speaker renamed: 10,000 rows at 10,000 events; seed load).
        // PostgreSQL without statistics did the same with the query below (autovacuum off here: 24,000
        // current initiatives probed, 276 ms per call at 1,000,000 events, the board 50 events/s); it is
        // offered the primary key alone, so the tag's rows come first (3 ms), and model and currency are
        // checked here.
        Set<String> keys = new LinkedHashSet<>(onH2 ? perCall.queryForList("select r.record_key from read_model_row r "
                + "where r.row_id in (select t.row_id from read_model_tag t where t.tag = ?) "
                + "and r.model = ? and r.valid_to is null", String.class, tag, stored)
                : perCall.query("select r.record_key, r.model, r.valid_to is null as current from read_model_row r "
                        + "where r.row_id = any(array(select t.row_id from read_model_tag t where t.tag = ?))",
                (row, n) -> row.getBoolean("current") && stored.equals(row.getString("model")) ? row.getString("record_key") : null,
                tag).stream().filter(Objects::nonNull).toList());
        if (unit != null) {
            unit.adjustTagged(stored, tag, keys);
        }
        return List.copyOf(keys);
    }

    @Override
    public <T> List<Found<T>> find(RowQuery query, Class<T> type) {
        Unit unit = flushed(boundUnit());
        PageSql page = new PageSql(query, stored(query.model(), unit), onH2);
        RowMapper<Found<T>> found = (row, n) -> new Found<>(row.getString("record_key"),
                documents.read(document(row), type), row.getString("sort_key"), instant(row, "valid_from"));
        List<Found<T>> walked = query.asOf() == null ? named.query(page.walk(), page.parameters(), found)
                : perCall.inIndexOrder(page.walk(), page.parameters(), found);
        return walked.size() < query.limit() && page.bounded()
                ? named.query(page.fromTag(), page.parameters(), found) : walked;
    }

    @Override
    public <T> Optional<T> asOf(String model, String key, Instant asOf, Class<T> type) {
        Unit unit = flushed(boundUnit());
        return perCall.query("select document, packed from read_model_row where model = ? and record_key = ? "
                                + "and valid_from <= ? and (valid_to is null or valid_to > ?)", (row, n) -> document(row),
                        stored(model, unit), key, utc(asOf), utc(asOf))
                .stream().findFirst().map(document -> documents.read(document, type));
    }

    @Override
    public void clear(Collection<String> models) {
        Unit unit = boundUnit();
        if (unit != null) {
            unit.flush();
            unit.forget();
        }
        generations.drop(models.stream().map(model -> stored(model, unit)).toList());
    }

    /**
     * The stored name of the model generation to use now: in a transaction (a processor's), with the
     * serving generations read in that transaction; for queries, as cached.
     */
    private String stored(String model, Unit unit) {
        return unit != null ? generations.stored(model, unit::servingOf) : generations.stored(model);
    }

    /** The current version under a stored model name (generation included) and key, from the database. */
    private Optional<Version> loadCurrent(String stored, String key) {
        List<Version> found = jdbc.query("select " + PageSql.COLUMNS + ", r.tags from read_model_row r where r.model = ? "
                + "and r.record_key = ? and r.valid_to is null", (row, n) -> new Version(row, stored), stored, key);
        return found.stream().findFirst();
    }

    private synchronized long nextRowId() {
        if (nextRowId > lastRowId) {
            // Hibernate's pooled rule, which wrote the rows before this store: the sequence's value is the
            // highest id of the block. Nodes of either kind then never share an id during a rolling upgrade.
            // The block is the sequence's increment (50 in V1), read rather than assumed: a sequence altered
            // by hand, even while nodes run, would otherwise make two nodes hand out the same ids.
            long block = jdbc.queryForObject("select cast(increment as bigint) from information_schema.sequences "
                    + "where upper(sequence_name) = 'READ_MODEL_ROW_SEQ' and sequence_schema = current_schema",
                    Long.class);
            lastRowId = jdbc.queryForObject(onH2 ? "select next value for read_model_row_seq"
                    : "select nextval('read_model_row_seq')", Long.class);
            nextRowId = Math.max(1, lastRowId - block + 1);
        }
        return nextRowId++;
    }

    /** Runs a change in the transaction's unit, or, outside a transaction ({@code bound} null), writes it at once. */
    private <R> R changing(Unit bound, Function<Unit, R> change) {
        if (bound != null) {
            return change.apply(bound);
        }
        Unit once = new Unit();
        R result = change.apply(once);
        once.flush();
        return result;
    }

    /** The unit, its changes written first, so that a query in its transaction sees them. */
    private static Unit flushed(Unit unit) {
        if (unit != null) {
            unit.flush();
        }
        return unit;
    }

    /** The transaction's unit, made and bound on first use; null outside a transaction. */
    private Unit boundUnit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Unit existing = (Unit) TransactionSynchronizationManager.getResource(this);
        if (existing != null) {
            return existing;
        }
        Unit unit = new Unit();
        TransactionSynchronizationManager.bindResource(this, unit);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void suspend() {
                // An inner transaction (REQUIRES_NEW) keeps its changes apart from this one's.
                TransactionSynchronizationManager.unbindResource(JdbcReadModels.this);
            }

            @Override
            public void resume() {
                TransactionSynchronizationManager.bindResource(JdbcReadModels.this, unit);
            }

            @Override
            public void beforeCommit(boolean readOnly) {
                unit.flush();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(JdbcReadModels.this);
            }
        });
        return unit;
    }

    /** One version of a document: a row of {@code read_model_row}, stored already or still to be written. */
    private final class Version {
        final long rowId;
        final String model;
        final String key;
        final Instant validFrom;
        Instant validTo;
        final String sortKey;
        final String kind;
        final LocalDate occurredFrom;
        final LocalDate occurredTo;
        final String searchText;
        final String document;
        /** Tags and categories: what the row keeps. */
        final Set<String> tags;
        /** What goes into read_model_tag when the version is written (nothing for one read back). */
        final Set<String> indexed;
        boolean stored;

        Version(long rowId, String model, String key, Instant validFrom, RowContent content, String document) {
            this.rowId = rowId;
            this.model = model;
            this.key = key;
            this.validFrom = validFrom;
            this.sortKey = content.sortKey();
            this.kind = content.kind();
            this.occurredFrom = content.occurredFrom();
            this.occurredTo = content.occurredTo();
            this.searchText = content.searchText();
            this.document = document;
            this.tags = content.allTags();
            this.indexed = content.tags();
        }

        Version(ResultSet row, String model) throws SQLException {
            this.rowId = row.getLong("row_id");
            this.model = model;
            this.key = row.getString("record_key");
            this.validFrom = instant(row, "valid_from");
            this.sortKey = row.getString("sort_key");
            this.kind = row.getString("kind");
            this.occurredFrom = row.getObject("occurred_from", LocalDate.class);
            this.occurredTo = row.getObject("occurred_to", LocalDate.class);
            this.searchText = row.getString("search_text");
            this.document = document(row);
            this.tags = RowTags.split(row.getString("tags"));
            this.indexed = Set.of();
            this.stored = true;
        }

        boolean holds(RowContent content, String otherDocument) {
            return document.equals(otherDocument)
                    && sortKey.equals(content.sortKey())
                    && Objects.equals(kind, content.kind())
                    && Objects.equals(occurredFrom, content.occurredFrom())
                    && Objects.equals(occurredTo, content.occurredTo())
                    && Objects.equals(searchText, content.searchText())
                    && content.keptAs(tags);
        }
    }

    /** What one transaction has read and changed; its changes are written by {@link #flush()}. */
    private final class Unit {
        /** The current version per stored model and key, as far as this transaction has looked. */
        private final Map<String, Map<String, Optional<Version>>> current = new HashMap<>();
        /** Keys per stored model changed since the last flush: where the database is behind. */
        private final Map<String, Set<String>> changed = new HashMap<>();
        private final List<Version> inserts = new ArrayList<>();
        private final List<Version> closes = new ArrayList<>();
        private RuntimeException failed;
        /** The serving generation per processing group, read on first use in this transaction. */
        private Map<String, Integer> serving;

        int servingOf(String processingGroup) {
            if (serving == null) {
                serving = generations.readServing();
            }
            return serving.getOrDefault(processingGroup, 0);
        }

        Optional<Version> current(String stored, String key) {
            return current.computeIfAbsent(stored, m -> new HashMap<>()).computeIfAbsent(key, k -> loadCurrent(stored, k));
        }

        /** Closes the current version, if any, at {@code at} and makes {@code next} (or nothing) current. */
        void replace(String stored, String key, Optional<Version> old, Version next, Instant at) {
            old.ifPresent(version -> {
                version.validTo = at;
                if (version.stored) {
                    closes.add(version);
                }
            });
            if (next != null) {
                inserts.add(next);
            }
            current.get(stored).put(key, Optional.ofNullable(next));
            changed.computeIfAbsent(stored, m -> new HashSet<>()).add(key);
        }

        boolean changedOrCurrent(String stored, String key) {
            Optional<Version> known = current.getOrDefault(stored, Map.of()).get(key);
            return (known != null && known.isPresent()) || changed.getOrDefault(stored, Set.of()).contains(key);
        }

        /** Corrects the database's answer for keys this transaction changed but has not written yet. */
        void adjustTagged(String stored, String tag, Set<String> keys) {
            for (String key : changed.getOrDefault(stored, Set.of())) {
                Optional<Version> now = current.get(stored).get(key);
                if (now.isPresent() && now.get().indexed.contains(tag)) {
                    keys.add(key);
                } else {
                    keys.remove(key);
                }
            }
        }

        void flush() {
            if (failed != null) {
                throw failed;
            }
            try {
                write();
            } catch (RuntimeException e) {
                // Part of it may be written: whatever else the transaction does, it must not commit.
                failed = e;
                throw e;
            }
        }

        private void write() {
            if (!closes.isEmpty()) {
                // Only a version still current is closed: two transactions that read the same current
                // version (a dead-letter retry beside the live processor) must not both add a successor.
                int[][] counts = jdbc.batchUpdate("update read_model_row set valid_to = ? where row_id = ? and valid_to is null",
                        closes, closes.size(), (statement, version) -> {
                            statement.setObject(1, utc(version.validTo), Types.TIMESTAMP_WITH_TIMEZONE);
                            statement.setLong(2, version.rowId);
                        });
                for (int[] batch : counts) {
                    for (int count : batch) {
                        if (count == 0) {
                            throw new ConcurrencyFailureException("a read-model version this transaction replaced "
                                    + "was replaced meanwhile by another one");
                        }
                    }
                }
            }
            if (!inserts.isEmpty()) {
                jdbc.batchUpdate("insert into read_model_row (row_id, model, record_key, valid_from, valid_to, sort_key, "
                                + "kind, occurred_from, occurred_to, search_text, packed, tags) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        inserts, inserts.size(), JdbcReadModels::bindRow);
                List<Object[]> tags = new ArrayList<>();
                inserts.forEach(version -> version.indexed.forEach(tag -> tags.add(new Object[]{tag, version.rowId})));
                jdbc.batchUpdate("insert into read_model_tag (tag, row_id) values (?, ?)", tags);
            }
            inserts.forEach(version -> version.stored = true);
            inserts.clear();
            closes.clear();
            changed.clear();
        }

        void forget() {
            current.clear();
            changed.clear();
        }
    }

    private static void bindRow(PreparedStatement statement, Version version) throws SQLException {
        statement.setLong(1, version.rowId);
        statement.setString(2, version.model);
        statement.setString(3, version.key);
        statement.setObject(4, utc(version.validFrom), Types.TIMESTAMP_WITH_TIMEZONE);
        statement.setObject(5, utc(version.validTo), Types.TIMESTAMP_WITH_TIMEZONE);
        statement.setString(6, version.sortKey);
        statement.setString(7, version.kind);
        statement.setObject(8, version.occurredFrom, Types.DATE);
        statement.setObject(9, version.occurredTo, Types.DATE);
        statement.setString(10, version.searchText);
        statement.setBytes(11, PackedDocuments.pack(version.document));
        statement.setString(12, RowTags.join(version.tags));
    }

    /** A version's JSON: packed since V9; a row written before keeps its text, and reads as it is. */
    private static String document(ResultSet row) throws SQLException {
        byte[] packed = row.getBytes("packed");
        return packed != null ? PackedDocuments.unpack(packed) : row.getString("document");
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
