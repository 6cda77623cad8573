package ties.query.deadletter;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's default policy parks every failing event; this one also counts, in the letter's diagnostics,
 * how often a retry failed again, so that admins can tell a fresh letter from a stubborn one.
 */
@Configuration
class RetryCounting {

    static final String RETRIES = "retries";

    static final EnqueuePolicy<EventMessage<?>> POLICY = (letter, cause) -> Decisions.enqueue(cause,
            failed -> failed.diagnostics().and(RETRIES, failed.diagnostics().containsKey(RETRIES) ? retries(failed) + 1 : 0));

    @Bean
    ConfigurerModule retryCountingDeadLetterPolicy() {
        return configurer -> configurer.eventProcessing().registerDefaultDeadLetterPolicy(config -> POLICY);
    }

    /** Failed retries so far: absent on a letter just parked (its first failure is no retry). */
    static int retries(DeadLetter<?> letter) {
        Object retries = letter.diagnostics().get(RETRIES);
        return retries == null ? 0 : Integer.parseInt(retries.toString());
    }
}
