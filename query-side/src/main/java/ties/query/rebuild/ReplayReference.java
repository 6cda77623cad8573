package ties.query.rebuild;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ties.fact.Rejection;
import ties.query.web.CatchUp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The yardstick of a rebuild's speed (issue 15: rebuild events/s at least half of it): Axon's own
 * replay of this store, from its first event to the head when asked, into a handler that takes each
 * event and does nothing with it, by the same kind of processor a rebuild uses. It writes nothing but
 * its token, forgotten when it ends; run it on a quiet node, right before or after a rebuild.
 */
@Component
public class ReplayReference {

    private static final Logger log = LoggerFactory.getLogger(ReplayReference.class);
    static final String PROCESSOR = "replay-reference";
    private static final int KEPT = 10;

    /** Where a reference replay stands. */
    public enum State { RUNNING, FINISHED, FAILED }

    /** The replay's position out of the head it started at, and its rate from start to finish. */
    public record Replay(State state, long position, long head, Double eventsPerSecond, Instant startedAt,
                         Instant finishedAt, String failure) {
    }

    /** Takes every event, payload read as any handler's would be, and keeps nothing. */
    static final class Discard {
        @EventHandler
        void on(Object payload) {
            // the point: no work beyond Axon's own
        }
    }

    private final Replays replays;
    private final CatchUp positions;
    private final Clock clock = Clock.systemUTC();
    /** This node's replays, the latest first; a few are enough to compare with the rebuilds around them. */
    private final Deque<Run> runs = new ArrayDeque<>();
    private Run run;

    private final class Run {
        final TrackingEventProcessor processor;
        final long head;
        final Instant startedAt = clock.instant();
        volatile State state = State.RUNNING;
        volatile long position;
        volatile Instant finishedAt;
        volatile String failure;

        Run(TrackingEventProcessor processor, long head) {
            this.processor = processor;
            this.head = head;
        }

        Replay report() {
            long reached = state == State.RUNNING ? positions.position(PROCESSOR).orElse(0) : position;
            Instant until = finishedAt == null ? clock.instant() : finishedAt;
            double seconds = Math.max(Duration.between(startedAt, until).toMillis(), 1) / 1000.0;
            return new Replay(state, reached, head, reached / seconds, startedAt, finishedAt, failure);
        }
    }

    public ReplayReference(Replays replays, CatchUp positions) {
        this.replays = replays;
        this.positions = positions;
    }

    /** Starts a reference replay; 409 while one runs on this node. */
    public synchronized Replay start() {
        if (run != null && run.state == State.RUNNING) {
            throw Rejection.conflict("a reference replay is running (position " + run.report().position()
                    + " of " + run.head + ")");
        }
        replays.forgetTokens(PROCESSOR);
        run = new Run(replays.processor(PROCESSOR, List.of(new Discard())), replays.head());
        runs.addFirst(run);
        if (runs.size() > KEPT) {
            runs.removeLast();
        }
        run.processor.start();
        log.info("Reference replay of the event store into a handler that does nothing, up to position {}", run.head);
        return run.report();
    }

    /** The reference replays on this node since it started, the latest first. */
    public synchronized List<Replay> replays() {
        return runs.stream().map(Run::report).toList();
    }

    /** Ends the replay once it has reached the head it started at, or failed. */
    @Scheduled(fixedDelay = 100)
    synchronized void watch() {
        if (run == null || run.state != State.RUNNING) {
            return;
        }
        String failure = Replays.failure(run.processor);
        boolean done = failure == null && positions.reached(PROCESSOR, run.head);
        if (failure == null && !done) {
            return;
        }
        run.finishedAt = clock.instant();
        run.position = positions.position(PROCESSOR).orElse(0);
        run.failure = failure;
        run.state = failure == null ? State.FINISHED : State.FAILED;
        run.processor.shutDown();
        replays.forgetTokens(PROCESSOR);
        Replay replay = run.report();
        log.info("Reference replay {}: {} events in {} ms, {} events/s", replay.state(), replay.position(),
                Duration.between(replay.startedAt(), replay.finishedAt()).toMillis(), Math.round(replay.eventsPerSecond()));
    }
}
