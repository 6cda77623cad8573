package ties.app.storage;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

import java.util.ArrayList;
import java.util.List;

/**
 * Axon's JPA event storage, with tracked events read through the primary key on every database.
 * While events are being appended concurrently a processor's token holds gaps, and Axon then reads
 * "index &gt; token OR index IN gaps": H2 answers that by walking the whole table (99,098 rows and
 * 1.4 s for a batch at 100,000 events, against 101 rows and 15 ms without the gaps), for every
 * processor, every batch. Two indexed queries give the same rows.
 */
public class IndexedEventStorage extends JpaEventStorageEngine {

    private static final String COLUMNS = "SELECT e.globalIndex, e.type, e.aggregateIdentifier, e.sequenceNumber, "
            + "e.eventIdentifier, e.timeStamp, e.payloadType, e.payloadRevision, e.payload, e.metaData FROM ";

    private IndexedEventStorage(Builder builder) {
        super(builder);
    }

    @Override
    protected List<Object[]> fetchEvents(GapAwareTrackingToken token) {
        if (token == null || token.getGaps().isEmpty()) {
            return super.fetchEvents(token);
        }
        // Every gap lies below the token's index, so gaps first, then what follows the index, is global order.
        List<Object[]> rows = new ArrayList<>(inOrder("e.globalIndex IN :gaps", "gaps", token.getGaps()));
        rows.addAll(inOrder("e.globalIndex > :token", "token", token.getIndex()));
        return rows.size() > batchSize() ? rows.subList(0, batchSize()) : rows;
    }

    /** A batch of stored events meeting {@code condition}, in global order. */
    private List<Object[]> inOrder(String condition, String parameter, Object value) {
        return entityManager()
                .createQuery(COLUMNS + domainEventEntryEntityName() + " e WHERE " + condition
                        + " ORDER BY e.globalIndex ASC", Object[].class)
                .setParameter(parameter, value).setMaxResults(batchSize()).getResultList();
    }

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
                                              TransactionManager transactions) {
            return new IndexedEventStorage(JpaEventStorageEngine.builder()
                    .snapshotSerializer(defaultSerializer)
                    .upcasterChain(configuration.upcasterChain())
                    .persistenceExceptionResolver(exceptions)
                    .eventSerializer(eventSerializer)
                    .snapshotFilter(configuration.snapshotFilter())
                    .entityManagerProvider(entityManagers)
                    .transactionManager(transactions));
        }
    }
}
