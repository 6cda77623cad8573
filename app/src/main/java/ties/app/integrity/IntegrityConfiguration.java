package ties.app.integrity;

import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;

/**
 * Tamper evidence (docs/integrity.md) on every topology: seals and checkpoints live in the relational
 * database next to the read models; the events are read from wherever they are stored. Each nested
 * class carries its whole condition, because component scanning registers nested configurations on
 * their own, unguarded by this class.
 */
@Configuration
class IntegrityConfiguration {

    @Bean
    IntegrityStore integrityStore(DataSource dataSource, PlatformTransactionManager transactions) {
        return new IntegrityStore(dataSource, transactions);
    }

    /** The JPA event store: the events are rows of the same database, read with their seals in one query. */
    @Configuration
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    static class RowEvents {

        @Bean
        EventLinks eventLinks(IntegrityStore store) {
            return new RowLinks(store);
        }
    }

    /** Axon Server holds the events: they are read back through Axon's event store API. */
    @Configuration
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
    static class AxonServerEvents {

        /**
         * A reader of its own, without the application's upcasters: a seal covers the event as stored,
         * and an upcaster added later must not change what it hashes to.
         */
        @Bean
        EventLinks eventLinks(IntegrityStore store, AxonServerConfiguration configuration,
                              AxonServerConnectionManager connections, @Qualifier("eventSerializer") Serializer events,
                              Serializer serializer) {
            AxonServerEventStore asStored = AxonServerEventStore.builder().configuration(configuration)
                    .platformConnectionManager(connections).eventSerializer(events).snapshotSerializer(serializer)
                    .snapshotFilter(SnapshotFilter.allowAll()).build();
            return new EventStoreLinks(asStored, events, store);
        }
    }

    /** Checkpoints (and late seals) are taken where events are appended: on the command side. */
    @Configuration
    @ConditionalOnProperty(name = "ties.command-side.enabled", havingValue = "true", matchIfMissing = true)
    static class Checkpoints {

        @Bean
        Checkpointer checkpointer(IntegrityStore store, EventLinks links, PlatformTransactionManager transactions,
                                  @Value("${ties.integrity.settle:30s}") Duration settle) {
            return new Checkpointer(store, links, transactions, settle, Clock.systemUTC());
        }
    }

    /**
     * The JPA event store seals each event in the transaction that appends it. Axon Server appends
     * outside this database's transactions: there the checkpointer seals every event, shortly after.
     */
    @Configuration
    @ConditionalOnExpression("${ties.command-side.enabled:true} and !${axon.axonserver.enabled:false}")
    static class SealingOnAppend {

        @Bean
        Sealer sealer(IntegrityStore store) {
            return new Sealer(store);
        }

        /** A seal that cannot be written fails the append instead of being logged and skipped (Axon's default). */
        @Bean
        ConfigurerModule sealFailuresFailTheCommand() {
            return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(Sealer.GROUP,
                    configuration -> PropagatingErrorHandler.instance());
        }
    }
}
