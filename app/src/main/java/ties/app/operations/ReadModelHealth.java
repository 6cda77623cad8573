package ties.app.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ties.query.web.CatchUp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Health and lag of every read model's event processor: whether it runs, whether it is in error,
 * and how many events it is behind the head of the event store (also published as the gauge
 * {@code ties.read_model.lag} per processor). Lag is read from the shared token store, so it is the
 * same whichever node holds which segment.
 *
 * <p>Where a processor parks dead letters, their number is a detail and the gauge
 * {@code ties.dead_letters}, not a reason for DOWN: the node still serves every read model (only the
 * parked records are stale there), and a DOWN would take it out of load balancing, which helps no
 * one. Alert on the gauge instead; {@code /api/admin/dead-letters} says what failed.
 *
 * <p>A read model without a dead-letter queue that stopped at an event ({@link StoppedReadModels}) is
 * DOWN, with the event and the error in {@code stoppedAt}, and the gauge {@code ties.read_model.stopped}
 * is 1: it serves stale answers until the cause is fixed or an admin skips the event.
 */
@Component("readModels")
class ReadModelHealth implements HealthIndicator {

    /** A processor further behind than this is reported as DOWN: dashboards would be stale. */
    private static final long MAX_HEALTHY_LAG = 10_000;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final ObjectProvider<CatchUp> catchUp;
    private final MeterRegistry meters;
    private final StoppedReadModels stopped;

    ReadModelHealth(EventProcessingConfiguration processing, EventStore eventStore, ObjectProvider<CatchUp> catchUp,
                    MeterRegistry meters, StoppedReadModels stopped) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.catchUp = catchUp;
        this.meters = meters;
        this.stopped = stopped;
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerLagGauges() {
        streaming().forEach((name, processor) -> Gauge.builder("ties.read_model.lag", () -> lag(name).orElse(-1))
                .description("events the read model's processor is behind the head of the event store")
                .tag("processor", name).register(meters));
        streaming().keySet().forEach(name -> Gauge.builder("ties.read_model.stopped",
                        () -> stopped.stop(name).isPresent() ? 1 : 0)
                .description("1 while the read model's processor is stopped at an event it cannot apply")
                .tag("processor", name).register(meters));
        streaming().keySet().forEach(name -> processing.deadLetterQueue(name).ifPresent(queue ->
                Gauge.builder("ties.dead_letters", queue, SequencedDeadLetterQueue::size)
                        .description("events the read model could not apply, parked for an admin to retry")
                        .tag("processor", name).register(meters)));
    }

    @Override
    public Health health() {
        try {
            return readModels();
        } catch (RuntimeException e) {
            // The token store and the event store live in the database: unreachable, nothing is known.
            return Health.down().withDetail("error", "the store cannot be read: " + e).build();
        }
    }

    private Health readModels() {
        Map<String, StreamingEventProcessor> processors = streaming();
        if (processors.isEmpty()) {
            return Health.up().withDetail("readModels", "the query side does not run in this process").build();
        }
        Health.Builder health = Health.up();
        Map<String, Object> details = new LinkedHashMap<>();
        processors.forEach((name, processor) -> {
            OptionalLong lag = lag(name);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("running", processor.isRunning());
            detail.put("error", processor.isError());
            detail.put("lag", lag.isPresent() ? lag.getAsLong() : "unknown");
            detail.put("replaying", processor.isReplaying());
            processing.deadLetterQueue(name).ifPresent(queue -> detail.put("deadLetters", queue.size()));
            stopped.stop(name).ifPresent(stop -> detail.put("stoppedAt", stop));
            details.put(name, detail);
            if (!processor.isRunning() || processor.isError() || stopped.stop(name).isPresent()
                    || lag.orElse(0) > MAX_HEALTHY_LAG) {
                health.down();
            }
        });
        return health.withDetails(details).build();
    }

    private OptionalLong lag(String processor) {
        CatchUp positions = catchUp.getIfAvailable();
        if (positions == null) {
            return OptionalLong.empty();
        }
        TrackingToken headToken = eventStore.createHeadToken();
        OptionalLong head = headToken == null ? OptionalLong.empty() : headToken.position();
        OptionalLong reached = positions.position(processor);
        if (head.isEmpty()) {
            return OptionalLong.of(0); // an empty store: nothing to lag behind
        }
        return reached.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Math.max(0, head.getAsLong() - reached.getAsLong()));
    }

    private Map<String, StreamingEventProcessor> streaming() {
        Map<String, StreamingEventProcessor> result = new LinkedHashMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                result.put(name, streaming);
            }
        });
        return result;
    }
}
