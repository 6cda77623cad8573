package ties.app.operations;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import ties.fact.Rejection;
import ties.query.store.Recorded;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * No event is skipped in silence. Axon's default for a failing event handler logs the error and goes on
 * with the next event; here every processing group propagates it instead:
 * <ul>
 *     <li>read models with a dead-letter queue (audit log, actors, statements) park the event there;</li>
 *     <li>the other tracking processors (board, timeline) stop at it: Axon marks the segment in
 *     error, releases it and retries the same event with growing pauses (up to a minute), so the read
 *     model resumes by itself once the cause is fixed. This class remembers which event each stopped at
 *     and with what error, for health, metrics and {@code /api/admin/stopped-read-models}; an admin may
 *     skip that one event for good (logged with who and why);</li>
 *     <li>subscribing processors (record directory, integrity seal) fail the command that raised the event,
 *     so nothing is stored that they did not handle.</li>
 * </ul>
 * The processors' own error handler (for failures outside handlers, such as a lost connection) is
 * Axon's propagating one, set explicitly: the processor stops and retries.
 */
@Component
public class StoppedReadModels implements ConfigurerModule {

    private static final Logger log = LoggerFactory.getLogger(StoppedReadModels.class);
    private static final int SKIPS_KEPT = 20;

    /** The event a read model's processor stopped at, and the error of its latest attempt. */
    public record Stop(String readModel, String eventId, String eventType, String recordId, Long position,
                       String errorType, String error, Instant since, Instant lastAttempt, int attempts,
                       SkipRequest skipRequested) {
    }

    /** An admin's decision to skip the event a read model stopped at. */
    public record SkipRequest(String eventId, String by, String reason, Instant at) {
    }

    /** An event an admin had skipped, once the read model went past it. */
    public record Skipped(String readModel, String eventId, String eventType, String recordId, Long position,
                          String error, String by, String reason, Instant at) {
    }

    private final Clock clock = Clock.systemUTC();
    private final Map<String, Stop> stops = new ConcurrentHashMap<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private volatile EventProcessingConfiguration processing;

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing()
                .registerDefaultErrorHandler(configuration -> PropagatingErrorHandler.instance())
                .registerDefaultListenerInvocationErrorHandler(configuration -> {
                    processing = configuration.eventProcessingConfiguration();
                    return recordingErrorHandler();
                })
                .registerDefaultHandlerInterceptor((configuration, processorName) -> stopInterceptor(processorName));
    }

    /** The read models stopped on this node. */
    public List<Stop> stops() {
        return stops.values().stream().sorted((a, b) -> a.readModel().compareTo(b.readModel())).toList();
    }

    public Optional<Stop> stop(String readModel) {
        return Optional.ofNullable(stops.get(readModel));
    }

    /** The latest events admins skipped on this node, newest first. */
    public synchronized List<Skipped> skipped() {
        List<Skipped> newestFirst = new ArrayList<>(skipped);
        Collections.reverse(newestFirst);
        return List.copyOf(newestFirst);
    }

    /**
     * Asks the read model to skip the event it is stopped at; it does so at its next attempt, which
     * this starts at once. Only the event it is stopped at can be skipped, named by id, so that an admin
     * skips exactly what the health showed.
     */
    public Stop skip(String readModel, String eventId, String by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw Rejection.invalid("reason", "say why the event may be skipped: it is logged with your name");
        }
        if (reason.length() > 500) {
            throw Rejection.invalid("reason", "a reason is at most 500 characters");
        }
        StreamingEventProcessor processor = processing == null ? null
                : processing.eventProcessor(readModel, StreamingEventProcessor.class).orElse(null);
        if (processor == null) {
            throw Rejection.unknownRecord(null, "no read model '" + readModel + "' runs here");
        }
        SkipRequest request = new SkipRequest(eventId, by, reason.strip(), clock.instant());
        Stop stop = stops.computeIfPresent(readModel, (name, current) -> current.eventId().equals(eventId)
                ? new Stop(name, current.eventId(), current.eventType(), current.recordId(), current.position(),
                current.errorType(), current.error(), current.since(), current.lastAttempt(), current.attempts(), request)
                : current);
        if (stop == null) {
            throw Rejection.conflict("read model '" + readModel + "' is not stopped on this node");
        }
        if (stop.skipRequested() != request) {
            throw Rejection.conflict("read model '" + readModel + "' is stopped at event " + stop.eventId() + ", not " + eventId);
        }
        log.warn("Admin {} asked read model {} to skip event {} ({} of record {}, position {}) it is stopped at: {}",
                by, readModel, eventId, stop.eventType(), stop.recordId(), stop.position(), request.reason());
        // Retry now rather than after the processor's pause, which may be up to a minute.
        processor.shutDown();
        processor.start();
        return stop;
    }

    private ListenerInvocationErrorHandler recordingErrorHandler() {
        return (exception, event, handler) -> {
            String readModel = processingGroup(handler);
            if (readModel != null && stops(readModel)) {
                stopped(readModel, event, exception);
            }
            throw exception;
        };
    }

    /** Tracking processors without a dead-letter queue stop; the others park or fail the command. */
    private boolean stops(String readModel) {
        EventProcessingConfiguration configuration = processing;
        return configuration != null && configuration.deadLetterQueue(readModel).isEmpty()
                && configuration.eventProcessor(readModel, StreamingEventProcessor.class).isPresent();
    }

    private void stopped(String readModel, EventMessage<?> event, Exception exception) {
        Instant now = clock.instant();
        Stop stop = stops.compute(readModel, (name, current) -> {
            boolean again = current != null && current.eventId().equals(event.getIdentifier());
            long position = Recorded.positionOf(event);
            return new Stop(name, event.getIdentifier(), event.getPayloadType().getSimpleName(),
                    event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null,
                    position < 0 ? null : position, exception.getClass().getName(), String.valueOf(exception.getMessage()),
                    again ? current.since() : now, now, again ? current.attempts() + 1 : 1,
                    again ? current.skipRequested() : null);
        });
        if (stop.attempts() == 1) {
            log.error("Read model {} stopped at event {} ({} of record {}, position {}); it retries this event until "
                            + "the cause is fixed or an admin skips it (POST /api/admin/stopped-read-models/{}/skip)",
                    readModel, stop.eventId(), stop.eventType(), stop.recordId(), stop.position(), readModel, exception);
        } else {
            log.warn("Read model {} is still stopped at event {} (attempt {}): {}", readModel, stop.eventId(),
                    stop.attempts(), exception.toString());
        }
    }

    /**
     * Watches the event a read model stopped at: skipped when an admin asked for it, otherwise
     * handled again; either way the stop ends once the batch holding it has committed.
     */
    private MessageHandlerInterceptor<EventMessage<?>> stopInterceptor(String readModel) {
        return (unitOfWork, chain) -> {
            EventMessage<?> event = unitOfWork.getMessage();
            Stop stop = stops.get(readModel);
            if (stop == null || !stop.eventId().equals(event.getIdentifier())) {
                return chain.proceed();
            }
            if (stop.skipRequested() != null) {
                unitOfWork.afterCommit(u -> skippedPast(stop));
                return null;
            }
            Object result = chain.proceed();
            unitOfWork.afterCommit(u -> {
                stops.computeIfPresent(readModel, (name, current) -> current.eventId().equals(stop.eventId()) ? null : current);
                log.info("Read model {} applied event {} it had stopped at (after {} failed attempts) and goes on",
                        readModel, stop.eventId(), stop.attempts());
            });
            return result;
        };
    }

    private void skippedPast(Stop stop) {
        stops.remove(stop.readModel());
        SkipRequest request = stop.skipRequested();
        synchronized (this) {
            skipped.add(new Skipped(stop.readModel(), stop.eventId(), stop.eventType(), stop.recordId(), stop.position(),
                    stop.error(), request.by(), request.reason(), request.at()));
            if (skipped.size() > SKIPS_KEPT) {
                skipped.remove(0);
            }
        }
        log.warn("Read model {} skipped event {} ({} of record {}, position {}) at the request of {}: {}. It will never "
                        + "apply it; a rebuild would meet it again", stop.readModel(), stop.eventId(), stop.eventType(),
                stop.recordId(), stop.position(), request.by(), request.reason());
    }

    private static String processingGroup(EventMessageHandler handler) {
        ProcessingGroup group = handler.getTargetType().getAnnotation(ProcessingGroup.class);
        return group == null ? null : group.value();
    }
}
