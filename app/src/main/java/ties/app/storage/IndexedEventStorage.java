package ties.app.storage;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import ties.app.integrity.AppendedEvents;
import ties.audit.integrity.StoredEvent;
import ties.command.web.AppendedPositions;
import ties.query.store.Recorded;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Axon's JPA event storage (its tables and rules), with tracked events read through the primary key
 * on every database, each tracked event carrying its own global position, and each append reporting
 * the position it took to the command's sender.
 *
 * <p>The token on a tracked event is the processor's position after it, not the event's own: an event
 * committed after a later one fills a gap below the token's index. Read models that show positions
 * need the event's, so every tracked event read here carries it in its metadata
 * ({@link Recorded#GLOBAL_POSITION}), taken from the row it was read from.
 *
 * <p>Reading:
 * While events are being appended concurrently a processor's token holds gaps, and Axon then reads
 * "index &gt; token OR index IN gaps": H2 answers that by walking the whole table (99,098 rows and
 * 1.4 s for a batch at 100,000 events, against 101 rows and 15 ms without the gaps), for every
 * processor, every batch. Two indexed queries give the same rows.
 *
 * <p>Events are read with plain SQL on the transaction's connection, for processors and to load an
 * aggregate: Hibernate interpreted the queries anew on each call (a limit and a list of gaps) and cost
 * more than the database did (JFR, docs/benchmarks.md). Appends write the row Axon's entity maps, with
 * plain SQL too: nothing else on the command path is a JPA entity, so the transaction flushes nothing.
 */
public class IndexedEventStorage extends JpaEventStorageEngine {

    private static final String INSERT = "insert into domain_event_entry (global_index, aggregate_identifier, "
            + "sequence_number, type, event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String COLUMNS = "select global_index, type, aggregate_identifier, sequence_number, "
            + "event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data from domain_event_entry ";

    /** Far more than a stream holds between fetching a batch and handing its last event on. */
    private static final int MAX_REMEMBERED = 10_000;

    /**
     * The global positions of the events this thread fetched and has not handed on yet, by event id. A
     * stream fetches its batches in the thread that consumes it, just before handing their events on.
     */
    private final ThreadLocal<Map<String, Long>> fetched = ThreadLocal.withInitial(HashMap::new);

    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;
    /** The next global position, from the sequence the schema gives the event table. */
    private final String nextPosition;

    private IndexedEventStorage(Builder builder, TransactionManager transactions, JdbcTemplate jdbc, boolean onH2) {
        super(builder);
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.nextPosition = onH2 ? "select next value for domain_event_entry_seq" : "select nextval('domain_event_entry_seq')";
    }

    /**
     * Appends each event as Axon's JPA engine would store it (the same row, its position from the same
     * sequence), then tells the command's sender the position the last event took, for its receipt
     * ({@link AppendedPositions}), and the integrity seal the row as written ({@link AppendedEvents}).
     * A duplicate (another command created the same record, or appended at the same sequence first) is
     * Axon's to interpret, as for its own append.
     */
    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactions.executeInTransaction(() -> {
            try {
                for (EventMessage<?> event : events) {
                    long position = jdbc.queryForObject(nextPosition, Long.class);
                    StoredEvent row = row(position, asDomainEventMessage(event), serializer);
                    jdbc.update(INSERT, statement -> {
                        statement.setLong(1, row.globalIndex());
                        statement.setString(2, row.aggregateIdentifier());
                        statement.setLong(3, row.sequenceNumber());
                        statement.setString(4, row.type());
                        statement.setString(5, row.eventIdentifier());
                        statement.setString(6, row.timeStamp());
                        statement.setString(7, row.payloadType());
                        statement.setString(8, row.payloadRevision());
                        statement.setBytes(9, row.payload());
                        statement.setBytes(10, row.metaData());
                    });
                    AppendedPositions.appended(position);
                    AppendedEvents.appended(row);
                }
            } catch (Exception e) {
                handlePersistenceException(e, events.get(0));
            }
        });
    }

    /**
     * The row as written: the columns Axon's {@code DomainEventEntry} fills, serialized as it serializes them
     * (building the entry formatted the time once more, for a field nothing read).
     */
    private static StoredEvent row(long globalIndex, DomainEventMessage<?> event, Serializer serializer) {
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        SerializedObject<byte[]> metaData = event.serializeMetaData(serializer, byte[].class);
        return new StoredEvent(globalIndex, event.getIdentifier(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), event.getType(), payload.getType().getName(), payload.getType().getRevision(),
                payload.getData(), metaData.getData(), DateTimeUtils.formatInstant(event.getTimestamp()));
    }

    /**
     * None: Ties takes no snapshots (no aggregate has a snapshot trigger; {@code NoSnapshotsTest}), so the
     * snapshot table stays empty, and Axon's lookup of one before loading each aggregate was a query per
     * command that found nothing.
     */
    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return Optional.empty();
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return super.readEvents(trackingToken, mayBlock).map(event -> {
            Long position = fetched.get().remove(event.getIdentifier());
            // Axon's tracked messages keep their token and type when metadata is added.
            return position != null && event.andMetaData(Map.of(Recorded.GLOBAL_POSITION, position))
                    instanceof TrackedEventMessage<?> positioned ? positioned : event;
        });
    }

    @Override
    protected List<Object[]> fetchEvents(GapAwareTrackingToken token) {
        List<Object[]> rows;
        if (token == null || token.getGaps().isEmpty()) {
            rows = after(token == null ? -1 : token.getIndex());
        } else {
            // Every gap lies below the token's index, so gaps first, then what follows the index, is global order.
            List<Long> gaps = List.copyOf(token.getGaps());
            rows = new ArrayList<>(jdbc.query(COLUMNS + "where global_index in (" + String.join(", ",
                    Collections.nCopies(gaps.size(), "?")) + ") order by global_index", TRACKED, gaps.toArray()));
            rows.addAll(after(token.getIndex()));
            rows = rows.size() > batchSize() ? rows.subList(0, batchSize()) : rows;
        }
        Map<String, Long> positions = fetched.get();
        if (positions.size() > MAX_REMEMBERED) {
            positions.clear(); // events an upcaster dropped are never handed on
        }
        rows.forEach(row -> positions.put((String) row[4], ((Number) row[0]).longValue()));
        return rows;
    }

    /** A batch of the stored events after a global position, in global order. */
    private List<Object[]> after(long index) {
        return jdbc.query(COLUMNS + "where global_index > ? order by global_index limit ?", TRACKED,
                index, batchSize());
    }

    /**
     * One aggregate's events from a sequence number on, as Axon reads them to load it (and, for a creation, to
     * learn that there are none).
     */
    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber,
                                                                   int batchSize) {
        return transactions.fetchInTransaction(() -> jdbc.query(COLUMNS + "where aggregate_identifier = ? "
                        + "and sequence_number >= ? order by sequence_number limit ?",
                (row, n) -> new GenericDomainEventEntry<>(row.getString(2), row.getString(3), row.getLong(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getBytes(9),
                        row.getBytes(10)),
                aggregateIdentifier, firstSequenceNumber, batchSize));
    }

    /** A stored event as Axon's JPA engine reads it for processors: the entity's fields in its query's order. */
    private static final RowMapper<Object[]> TRACKED = (row, n) -> new Object[] {row.getLong(1), row.getString(2),
            row.getString(3), row.getLong(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8),
            row.getBytes(9), row.getBytes(10)};

    /** Replaces the engine Axon's auto-configuration would build, with the same collaborators. */
    @org.springframework.context.annotation.Configuration
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    // Axon's own event-store configuration, which this one replaces, is what registers the event entities.
    @RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
    static class Wiring {

        @Bean
        EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver exceptions,
                                              @Qualifier("eventSerializer") Serializer eventSerializer,
                                              Configuration configuration, EntityManagerProvider entityManagers,
                                              TransactionManager transactions, JdbcTemplate jdbc,
                                              @Value("${spring.datasource.url:}") String databaseUrl) {
            return new IndexedEventStorage(JpaEventStorageEngine.builder()
                    .snapshotSerializer(defaultSerializer)
                    .upcasterChain(configuration.upcasterChain())
                    .persistenceExceptionResolver(exceptions)
                    .eventSerializer(eventSerializer)
                    .snapshotFilter(configuration.snapshotFilter())
                    .entityManagerProvider(entityManagers)
                    .transactionManager(transactions), transactions, jdbc, databaseUrl.startsWith("jdbc:h2:"));
        }
    }
}
