package ties.query.rebuild;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Replays of the whole event store by processors of their own, outside the live ones: a read model's
 * rebuild and the no-op reference a rebuild's speed is judged by. Both get the same processor, so
 * that the two rates differ only by what their handlers do.
 */
@Component
class Replays {

    private final Configuration axon;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager axonTransactions;
    private final JdbcTemplate jdbc;

    Replays(Configuration axon, EventStore eventStore, TokenStore tokenStore, TransactionManager axonTransactions,
            JdbcTemplate jdbc) {
        this.axon = axon;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.axonTransactions = axonTransactions;
        this.jdbc = jdbc;
    }

    /**
     * A processor replaying the store from its start into {@code handlers} in batches of 100 events; a
     * failing handler puts it in error (see {@link #failure}) instead of skipping the event.
     */
    TrackingEventProcessor processor(String name, List<?> handlers) {
        return TrackingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                        .eventHandlers(handlers)
                        .parameterResolverFactory(axon.parameterResolverFactory())
                        .handlerDefinition(axon.handlerDefinition(handlers.get(0).getClass()))
                        .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                        .build())
                .messageSource(eventStore)
                .tokenStore(tokenStore)
                .transactionManager(axonTransactions)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(100))
                .build();
    }

    /** The error a replay stopped on, or null while it runs well. */
    static String failure(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream().filter(EventTrackerStatus::isErrorState)
                .map(status -> String.valueOf(status.getError())).findFirst().orElse(null);
    }

    void forgetTokens(String processorName) {
        jdbc.update("delete from token_entry where processor_name = ?", processorName);
    }

    long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }
}
