package ties.app.integrity;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;

/**
 * Tamper evidence for the JPA event store (docs/integrity.md). With Axon Server the events live in
 * Axon Server, not in {@code domain_event_entry}, so none of this applies there.
 */
@Configuration
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
class IntegrityConfiguration {

    @Bean
    IntegrityStore integrityStore(DataSource dataSource, PlatformTransactionManager transactions) {
        return new IntegrityStore(dataSource, transactions);
    }

    /** Sealing and checkpoints happen where events are appended: on the command side. */
    @Configuration
    @ConditionalOnProperty(name = "ties.command-side.enabled", havingValue = "true", matchIfMissing = true)
    static class Sealing {

        @Bean
        Sealer sealer(IntegrityStore store) {
            return new Sealer(store);
        }

        @Bean
        Checkpointer checkpointer(IntegrityStore store, Sealer sealer, PlatformTransactionManager transactions,
                                  @Value("${ties.integrity.settle:30s}") Duration settle) {
            return new Checkpointer(store, sealer, transactions, settle, Clock.systemUTC());
        }

        /** A seal that cannot be written fails the append instead of being logged and skipped (Axon's default). */
        @Bean
        ConfigurerModule sealFailuresFailTheCommand() {
            return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(Sealer.GROUP,
                    configuration -> PropagatingErrorHandler.instance());
        }
    }
}
