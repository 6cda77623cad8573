package ties.app.integrity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import ties.audit.integrity.Chain;
import ties.audit.integrity.Checkpoint;
import ties.audit.integrity.Hash;
import ties.audit.integrity.Link;
import ties.audit.integrity.Seal;
import ties.audit.integrity.StoredEvent;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The chain in the database: the seals ({@code event_seal}) and the checkpoints
 * ({@code integrity_checkpoint}), and, for the JPA event store, Axon's {@code domain_event_entry}
 * rows read as stored ({@link RowLinks}). Plain JDBC, so that the bytes hashed are the bytes in the
 * table and the command-line verifier needs no JPA or Axon.
 */
public class IntegrityStore {

    private static final String EVENT_COLUMNS = "e.global_index, e.event_identifier, e.aggregate_identifier, "
            + "e.sequence_number, e.type, e.payload_type, e.payload_revision, %s, e.time_stamp";
    private static final String BODIES = "e.payload, e.meta_data";
    private static final String UNSEALED_BODIES = "case when s.global_index is null then e.payload end, "
            + "case when s.global_index is null then e.meta_data end";

    /**
     * The positions of a page in global order: events with their seal, then seals whose event is gone.
     * For one stream, an event of another stream at a sealed position counts as gone.
     */
    private static final String LINKS = """
            select %s, s.aggregate_identifier as seal_stream, s.sequence_number as seal_sequence,
                   s.event_identifier as seal_event, s.previous_hash, s.hash
              from domain_event_entry e left join event_seal s on s.global_index = e.global_index
             where e.global_index > ? and e.global_index <= ? %s
            union all
            select s.global_index, null, null, null, null, null, null, null, null, null,
                   s.aggregate_identifier, s.sequence_number, s.event_identifier, s.previous_hash, s.hash
              from event_seal s
             where s.global_index > ? and s.global_index <= ? %s
               and not exists (select 1 from domain_event_entry e where e.global_index = s.global_index %s)
             order by 1""";

    /**
     * Links are read a page at a time, each page one query bounded on both sides. Unbounded, H2 built
     * the whole sorted union after the last checkpoint in memory, copying every payload, and did so
     * again for each checkpoint of a catch-up; PostgreSQL joined it with a scan of all of
     * {@code event_seal} (issue 15).
     */
    static final int PAGE = 1_000;

    private static final RowMapper<Link> LINK = (rows, n) -> {
        long position = rows.getLong(1);
        StoredEvent event = rows.getString(2) == null ? null : new StoredEvent(position, rows.getString(2),
                rows.getString(3), rows.getLong(4), rows.getString(5), rows.getString(6), rows.getString(7),
                rows.getBytes(8), rows.getBytes(9), rows.getString(10));
        Seal seal = rows.getString(13) == null ? null : new Seal(position, rows.getString(11), rows.getLong(12),
                rows.getString(13), Hash.of(rows.getBytes(14)), Hash.of(rows.getBytes(15)));
        return new Link(position, event, seal);
    };

    private static final String SEAL_COLUMNS =
            "global_index, aggregate_identifier, sequence_number, event_identifier, previous_hash, hash from event_seal";

    private static final RowMapper<Seal> SEAL = (rows, n) -> new Seal(rows.getLong(1), rows.getString(2), rows.getLong(3),
            rows.getString(4), Hash.of(rows.getBytes(5)), Hash.of(rows.getBytes(6)));

    private static final RowMapper<Checkpoint> CHECKPOINT = (rows, n) -> new Checkpoint(rows.getLong(1), rows.getLong(2),
            rows.getLong(3), Hash.of(rows.getBytes(4)), Hash.of(rows.getBytes(5)), rows.getTimestamp(6).toInstant());

    private static final String CHECKPOINT_COLUMNS =
            "checkpoint_number, position, event_count, previous_hash, hash, created_at from integrity_checkpoint";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate reading;

    public IntegrityStore(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        // Rows are streamed, not loaded at once; PostgreSQL streams only with a fetch size in a transaction.
        this.jdbc.setFetchSize(500);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        // One snapshot where the database offers it: checkpoints and events read as of one moment.
        this.reading.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Runs {@code work} in one read-only transaction (a snapshot on PostgreSQL). */
    public <T> T reading(Supplier<T> work) {
        return reading.execute(status -> work.get());
    }

    /**
     * Feeds the links after {@code afterPosition} (of one stream, or of all when {@code streamId} is
     * null) to {@code next} in global order until it answers false. Call inside a transaction.
     */
    public void links(String streamId, long afterPosition, Predicate<Link> next) {
        links(streamId, afterPosition, BODIES, next);
    }

    /**
     * As {@link #links} over all streams, but a sealed event comes without its payload and metadata
     * (null): checkpoints trust seals, and need an event's bodies only to seal it.
     */
    public void linksToCheckpoint(long afterPosition, Predicate<Link> next) {
        links(null, afterPosition, UNSEALED_BODIES, next);
    }

    private void links(String streamId, long afterPosition, String bodies, Predicate<Link> next) {
        String eventFilter = streamId == null ? "" : "and e.aggregate_identifier = ?";
        String sealFilter = streamId == null ? "" : "and s.aggregate_identifier = ?";
        String sameStream = streamId == null ? "" : "and e.aggregate_identifier = s.aggregate_identifier";
        String sql = LINKS.formatted(EVENT_COLUMNS.formatted(bodies), eventFilter, sealFilter, sameStream);
        if (streamId != null) {
            // One stream is read whole: it is short, and its index finds it (a page end would walk global order).
            feed(jdbc.queryForStream(sql, LINK, afterPosition, Long.MAX_VALUE, streamId, afterPosition, Long.MAX_VALUE,
                    streamId), next);
            return;
        }
        boolean[] more = {true};
        long from = afterPosition;
        while (more[0]) {
            long upTo = pageEnd(from);
            if (upTo <= from) {
                return;
            }
            feed(jdbc.queryForStream(sql, LINK, from, upTo, from, upTo), link -> more[0] = next.test(link));
            from = upTo;
        }
    }

    /** The last position of the page after {@code from}: a page's worth of events or of seals, whichever reaches further. */
    private long pageEnd(long from) {
        long end = from;
        for (String table : List.of("domain_event_entry", "event_seal")) {
            Long last = jdbc.queryForObject("select max(global_index) from (select global_index from " + table
                    + " where global_index > ? order by global_index limit ?) page", Long.class, from, PAGE);
            end = last == null ? end : Math.max(end, last);
        }
        return end;
    }

    /**
     * Feeds the seals after {@code afterPosition} and up to {@code upToPosition} (of one stream, or of
     * all when {@code streamId} is null) to {@code next} in global order until it answers false. Call
     * inside a transaction.
     */
    public void seals(String streamId, long afterPosition, long upToPosition, Predicate<Seal> next) {
        String sql = "select " + SEAL_COLUMNS + " where global_index > ? and global_index <= ?"
                + (streamId == null ? "" : " and aggregate_identifier = ?") + " order by global_index";
        Object[] arguments = streamId == null ? new Object[]{afterPosition, upToPosition}
                : new Object[]{afterPosition, upToPosition, streamId};
        feed(jdbc.queryForStream(sql, SEAL, arguments), next);
    }

    private static <T> void feed(Stream<T> rows, Predicate<T> next) {
        try (rows) {
            Iterator<T> iterator = rows.iterator();
            boolean more = true;
            while (more && iterator.hasNext()) {
                more = next.test(iterator.next());
            }
        }
    }

    /** Whether a seal of this stream exists. */
    public boolean hasSeals(String streamId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select case when exists (select 1 from event_seal where aggregate_identifier = ?) then true else false end",
                Boolean.class, streamId));
    }

    /** Whether the store holds anything (an event or a seal) of this stream. */
    public boolean hasStream(String streamId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select case when exists (select 1 from domain_event_entry where aggregate_identifier = ?)
                              or exists (select 1 from event_seal where aggregate_identifier = ?) then true else false end""",
                Boolean.class, streamId, streamId));
    }

    /** The stored row of an event that this transaction (or an earlier one) appended. */
    Optional<StoredEvent> event(String eventIdentifier) {
        return jdbc.query("select " + EVENT_COLUMNS.formatted(BODIES) + " from domain_event_entry e where e.event_identifier = ?",
                        (rows, n) -> new StoredEvent(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                                rows.getString(5), rows.getString(6), rows.getString(7), rows.getBytes(8), rows.getBytes(9),
                                rows.getString(10)), eventIdentifier)
                .stream().findFirst();
    }

    /** The hash sealed for one link of a stream. */
    private Optional<Hash> sealedHash(String streamId, long sequenceNumber) {
        return jdbc.query("select hash from event_seal where aggregate_identifier = ? and sequence_number = ?",
                (rows, n) -> Hash.of(rows.getBytes(1)), streamId, sequenceNumber).stream().findFirst();
    }

    /** Seals a stored event onto its stream's chain; empty when the previous link is not sealed yet. */
    Optional<Seal> seal(StoredEvent event) {
        Optional<Hash> previous = event.sequenceNumber() == 0 ? Optional.of(Hash.GENESIS)
                : sealedHash(event.aggregateIdentifier(), event.sequenceNumber() - 1);
        return previous.map(hash -> {
            Seal seal = new Seal(event.globalIndex(), event.aggregateIdentifier(), event.sequenceNumber(),
                    event.eventIdentifier(), hash, Chain.link(hash, event));
            insert(seal);
            return seal;
        });
    }

    private void insert(Seal seal) {
        jdbc.update("insert into event_seal (global_index, aggregate_identifier, sequence_number, event_identifier, "
                        + "previous_hash, hash) values (?, ?, ?, ?, ?, ?)", seal.position(), seal.streamId(),
                seal.sequenceNumber(), seal.eventIdentifier(), seal.previous().bytes(), seal.hash().bytes());
    }

    /** Every checkpoint, oldest first. */
    public List<Checkpoint> checkpoints() {
        return jdbc.query("select " + CHECKPOINT_COLUMNS + " order by checkpoint_number", CHECKPOINT);
    }

    public Optional<Checkpoint> lastCheckpoint() {
        return jdbc.query("select " + CHECKPOINT_COLUMNS + " where checkpoint_number = "
                + "(select max(checkpoint_number) from integrity_checkpoint)", CHECKPOINT).stream().findFirst();
    }

    void insert(Checkpoint checkpoint) {
        jdbc.update("insert into integrity_checkpoint (checkpoint_number, position, event_count, previous_hash, hash, "
                        + "created_at) values (?, ?, ?, ?, ?, ?)", checkpoint.number(), checkpoint.position(),
                checkpoint.eventCount(), checkpoint.previous().bytes(), checkpoint.hash().bytes(),
                Timestamp.from(checkpoint.createdAt()));
    }
}
