package ties.query.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ties.fact.Rejection;
import ties.query.web.CatchUp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds a read model from the event store: its processor stops, forgets its position (the
 * projection's reset handler clears the model) and replays from the first event. Progress — position
 * reached out of the head, events per second, time left — is answered by {@link #progress()} and
 * logged every few seconds while a rebuild runs.
 */
@Component
public class ReadModelRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuilds.class);

    /** How far a rebuild has come. */
    public record Progress(String readModel, boolean running, boolean replaying, long position, long head,
                           Double eventsPerSecond, Duration remaining, Instant startedAt) {
    }

    private record Started(Instant at, long head) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final CatchUp positions;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Started> started = new ConcurrentHashMap<>();

    public ReadModelRebuilds(EventProcessingConfiguration processing, EventStore eventStore, CatchUp positions) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.positions = positions;
    }

    public Progress rebuild(String readModel) {
        StreamingEventProcessor processor = processor(readModel);
        if (!processor.supportsReset()) {
            throw Rejection.conflict("read model '" + readModel + "' cannot be rebuilt");
        }
        processor.shutDown();
        processor.resetTokens();
        started.put(readModel, new Started(clock.instant(), head()));
        processor.start();
        log.info("Rebuilding read model {} from the event store up to position {}", readModel, head());
        return progress(readModel);
    }

    public List<Progress> progress() {
        return processing.eventProcessors().keySet().stream().sorted()
                .filter(name -> processing.eventProcessor(name, StreamingEventProcessor.class).isPresent())
                .map(this::progress).toList();
    }

    public Progress progress(String readModel) {
        StreamingEventProcessor processor = processor(readModel);
        long head = head();
        OptionalLong reached = positions.position(readModel);
        long position = reached.orElse(0);
        Started start = started.get(readModel);
        Double rate = null;
        Duration remaining = null;
        if (start != null) {
            double seconds = Math.max(Duration.between(start.at(), clock.instant()).toMillis(), 1) / 1000.0;
            rate = position / seconds;
            remaining = rate > 0 ? Duration.ofSeconds((long) Math.ceil(Math.max(head - position, 0) / rate)) : null;
        }
        return new Progress(readModel, processor.isRunning(), processor.isReplaying(), position, head, rate, remaining,
                start == null ? null : start.at());
    }

    @Scheduled(fixedDelay = 5000)
    void logProgress() {
        started.forEach((readModel, start) -> {
            Progress progress = progress(readModel);
            if (progress.position() >= start.head()) {
                log.info("Rebuilt read model {}: {} events in {} s", readModel, progress.position(),
                        Duration.between(start.at(), clock.instant()).toSeconds());
                started.remove(readModel);
            } else {
                log.info("Rebuilding {}: position {} of {}, {} events/s, about {} left", readModel, progress.position(),
                        progress.head(), progress.eventsPerSecond() == null ? "?" : Math.round(progress.eventsPerSecond()),
                        progress.remaining());
            }
        });
    }

    private StreamingEventProcessor processor(String readModel) {
        return processing.eventProcessor(readModel, StreamingEventProcessor.class)
                .orElseThrow(() -> Rejection.unknownRecord(null, "no read model '" + readModel + "' runs here"));
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }
}
