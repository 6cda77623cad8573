package ties.query.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ties.fact.Rejection;
import ties.query.store.Generations;
import ties.query.store.Projection;
import ties.query.web.CatchUp;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds a read model without downtime (blue/green). A rebuild claims the processing group's next
 * generation and replays the event store into it with a processor of its own, while the live
 * processor keeps the serving generation up to date and queries keep reading it. Once the rebuild has
 * caught up with the live processor, the live one pauses, the rebuild takes its last few events, and
 * one transaction makes the new generation the serving one and hands the rebuild's position to the
 * live processor, which then carries on writing the new generation; the same transaction empties the
 * group's dead-letter queue, whose events the rebuild has applied. The old generation is dropped a
 * little later, when no query can still be reading it. A rebuild whose handlers fail is abandoned and
 * its generation dropped: the serving generation is never touched.
 */
@Component
public class ReadModelRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuilds.class);
    private static final Duration CLAIM_STALE_AFTER = Duration.ofSeconds(30);
    /** Longer than {@link Generations} caches the serving generation on any node. */
    private static final Duration OLD_GENERATION_KEPT = Duration.ofSeconds(10);
    private static final Duration SWITCH_WAIT = Duration.ofSeconds(30);

    /** Where a rebuild stands. */
    public enum State { BUILDING, SWITCHED, FAILED }

    /** A rebuild's progress: position reached out of the head, events per second, time left. */
    public record Rebuild(int generation, State state, long position, long head, Double eventsPerSecond,
                          Duration remaining, Instant startedAt, Instant finishedAt, String failure) {
    }

    /** A read model's processor, the generation queries see, and its latest rebuild on this node. */
    public record Progress(String readModel, boolean running, long position, long head, int servingGeneration,
                           Rebuild rebuild) {
    }

    private final class Build {
        final String group;
        final int generation;
        final TrackingEventProcessor processor;
        final Instant startedAt = clock.instant();
        final long headAtStart;
        volatile State state = State.BUILDING;
        volatile Instant finishedAt;
        volatile String failure;
        volatile Instant lastLogged = startedAt;

        Build(String group, int generation, TrackingEventProcessor processor, long headAtStart) {
            this.group = group;
            this.generation = generation;
            this.processor = processor;
            this.headAtStart = headAtStart;
        }

        String tokens() {
            return processor.getName();
        }

        Rebuild report() {
            long head = replays.head();
            long position = positions.position(tokens()).orElse(0);
            if (state == State.SWITCHED) {
                position = Math.max(position, positions.position(group).orElse(0));
            }
            Instant until = finishedAt == null ? clock.instant() : finishedAt;
            double seconds = Math.max(Duration.between(startedAt, until).toMillis(), 1) / 1000.0;
            double rate = position / seconds;
            Duration remaining = state != State.BUILDING ? Duration.ZERO
                    : rate > 0 ? Duration.ofSeconds((long) Math.ceil(Math.max(head - position, 0) / rate)) : null;
            return new Rebuild(generation, state, position, head, rate, remaining, startedAt, finishedAt, failure);
        }
    }

    private final EventProcessingConfiguration processing;
    private final Replays replays;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Generations generations;
    private final CatchUp positions;
    private final TaskScheduler scheduler;
    private final Clock clock = Clock.systemUTC();
    private final String node = nodeName();
    private final Map<String, Build> builds = new ConcurrentHashMap<>();

    public ReadModelRebuilds(EventProcessingConfiguration processing, Replays replays, TransactionTemplate transactions,
                             JdbcTemplate jdbc, Generations generations, CatchUp positions,
                             TaskScheduler scheduler) {
        this.processing = processing;
        this.replays = replays;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.generations = generations;
        this.positions = positions;
        this.scheduler = scheduler;
    }

    /** Starts rebuilding a read model beside the serving one; 409 while a rebuild of it runs. */
    public synchronized Progress rebuild(String readModel) {
        processor(readModel);
        List<Projection> projections = generations.projectionsOf(readModel);
        if (projections.isEmpty()) {
            throw Rejection.conflict("read model '" + readModel + "' has no projections to rebuild here");
        }
        Build running = builds.get(readModel);
        if (running != null && running.state == State.BUILDING) {
            throw Rejection.conflict("read model '" + readModel + "' is being rebuilt (generation "
                    + running.generation + ")");
        }
        int generation = generations.claim(readModel, node, clock.instant().minus(CLAIM_STALE_AFTER))
                .orElseThrow(() -> Rejection.conflict("read model '" + readModel + "' is being rebuilt on another node"));
        // Leftovers of rebuilds that never finished (their node died) go before this one writes: they
        // hold the generations claimed between the serving one and this one.
        int serving = generations.serving(readModel);
        transactions.executeWithoutResult(tx -> {
            generations.drop(generations.storedGenerations(readModel, serving + 1, generation));
            replays.forgetTokens(tokensOf(readModel));
        });
        // A failing handler stops the rebuild, which is then abandoned: a read model that cannot be
        // rebuilt must not replace the one serving.
        TrackingEventProcessor processor = replays.processor(tokensOf(readModel), projections);
        processor.registerHandlerInterceptor((unitOfWork, chain) -> Generations.building(generation, chain::proceed));
        long head = replays.head();
        Build build = new Build(readModel, generation, processor, head);
        builds.put(readModel, build);
        processor.start();
        log.info("Rebuilding read model {} as generation {} beside generation {}, up to position {} and on",
                readModel, generation, serving, head);
        return progress(readModel);
    }

    public List<Progress> progress() {
        return processing.eventProcessors().keySet().stream().sorted()
                .filter(name -> processing.eventProcessor(name, StreamingEventProcessor.class).isPresent())
                .map(this::progress).toList();
    }

    public Progress progress(String readModel) {
        StreamingEventProcessor processor = processor(readModel);
        Build build = builds.get(readModel);
        // The rebuild's report first: a switch it reports has been made, so the serving generation read
        // after it is the new one.
        Rebuild rebuild = build == null ? null : build.report();
        return new Progress(readModel, processor.isRunning(), positions.position(readModel).orElse(0), replays.head(),
                generations.serving(readModel), rebuild);
    }

    /** Switches every rebuild that has caught up, abandons those that failed, and logs progress. */
    @Scheduled(fixedDelay = 500)
    void watch() {
        builds.values().stream().filter(build -> build.state == State.BUILDING).forEach(build -> {
            try {
                generations.renew(build.group, build.generation);
                String error = Replays.failure(build.processor);
                if (error != null) {
                    abandon(build, error);
                } else if (caughtUp(build)) {
                    switchOver(build);
                } else if (Duration.between(build.lastLogged, clock.instant()).toSeconds() >= 5) {
                    build.lastLogged = clock.instant();
                    Rebuild report = build.report();
                    log.info("Rebuilding {} (generation {}): position {} of {}, {} events/s, about {} left", build.group,
                            build.generation, report.position(), report.head(), Math.round(report.eventsPerSecond()),
                            report.remaining());
                }
            } catch (RuntimeException e) {
                abandon(build, e.toString());
            }
        });
    }

    /**
     * Whether the rebuild has reached the furthest live segment: the live segments may be processed on
     * other query nodes, and the new generation must not answer with less than the old one did. Gaps
     * count: an event committed out of order that the rebuild has not applied yet keeps it building.
     */
    private boolean caughtUp(Build build) {
        return positions.reached(build.tokens(), Math.max(build.headAtStart, positions.furthest(build.group).orElse(0)));
    }

    private void switchOver(Build build) {
        StreamingEventProcessor live = processor(build.group);
        live.shutDown();
        try {
            long livePosition = positions.furthest(build.group).orElse(0);
            awaitRebuilt(build, livePosition);
            build.processor.shutDown();
            boolean switched = Boolean.TRUE.equals(transactions.execute(tx -> {
                // Taken under lock, so that no other node's live processor moves on meanwhile, and no batch
                // of the rebuild is still committing: shutDown() gives up waiting for a worker after a few
                // seconds, and a batch that committed after its token was handed over would be applied a
                // second time by the live processor. Such a batch now waits for this transaction, then
                // finds the rebuild's token gone and rolls back.
                jdbc.queryForList("select segment from token_entry where processor_name in (?, ?) for update",
                        build.group, build.tokens());
                if (!positions.reached(build.tokens(), positions.furthest(build.group).orElse(0))) {
                    tx.setRollbackOnly();
                    return false;
                }
                if (!generations.serve(build.group, build.generation)) {
                    throw new IllegalStateException("the claim on generation " + build.generation + " was taken over");
                }
                // Every live segment resumes from where the rebuild stopped; owners are cleared so that a
                // node that claimed a segment meanwhile cannot store a position of the old generation.
                jdbc.update("update token_entry set token = (select r.token from token_entry r where r.processor_name = ?), "
                        + "token_type = (select r.token_type from token_entry r where r.processor_name = ?), owner = null "
                        + "where processor_name = ?", build.tokens(), build.tokens(), build.group);
                replays.forgetTokens(build.tokens());
                // Every parked event lies before the rebuild's position, and the rebuild applied it (one it
                // failed on would have failed the rebuild): left parked, its letters would hold back the
                // record's later events in the new generation.
                int parked = jdbc.update("delete from dead_letter_entry where processing_group = ?", build.group);
                if (parked > 0) {
                    log.info("Rebuild of {} applied every event its dead-letter queue held ({}); the queue is emptied",
                            build.group, parked);
                }
                return true;
            }));
            if (!switched) {
                log.info("Rebuild of {} fell behind the live processor while switching; it goes on", build.group);
                build.processor.start();
                return;
            }
            generations.refresh();
            build.finishedAt = clock.instant();
            build.state = State.SWITCHED;
            log.info("Read model {} now serves generation {} (rebuilt {} events in {} s)", build.group, build.generation,
                    positions.position(build.group).orElse(0), Duration.between(build.startedAt, build.finishedAt).toSeconds());
            dropLater(build.group, build.generation);
        } catch (RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            abandon(build, e.toString());
        } finally {
            live.start();
        }
    }

    private void awaitRebuilt(Build build, long livePosition) throws InterruptedException {
        long deadline = System.nanoTime() + SWITCH_WAIT.toNanos();
        while (!positions.reached(build.tokens(), livePosition)) {
            if (System.nanoTime() > deadline || Replays.failure(build.processor) != null) {
                throw new IllegalStateException("the rebuild did not reach the live position " + livePosition
                        + " within " + SWITCH_WAIT.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
    }

    private void abandon(Build build, String error) {
        build.processor.shutDown();
        build.failure = error;
        build.finishedAt = clock.instant();
        build.state = State.FAILED;
        log.error("Rebuild of read model {} (generation {}) failed, generation {} keeps serving: {}", build.group,
                build.generation, generations.serving(build.group), error);
        transactions.executeWithoutResult(tx -> {
            replays.forgetTokens(build.tokens());
            generations.drop(generations.storedGenerations(build.group, build.generation, build.generation + 1));
        });
        generations.release(build.group, build.generation);
    }

    /**
     * Drops the generations older than the one now serving, once no query on any node can still read
     * them. Newer ones are left alone: a rebuild started meanwhile writes one.
     */
    private void dropLater(String group, int serving) {
        scheduler.schedule(() -> {
            try {
                transactions.executeWithoutResult(tx -> generations.drop(generations.storedGenerations(group, 0, serving)));
            } catch (RuntimeException e) {
                log.warn("Could not drop the old generations of {} (the next switch will): {}", group, e.toString());
            }
        }, clock.instant().plus(OLD_GENERATION_KEPT));
    }

    private static String tokensOf(String group) {
        return group + "~rebuild";
    }

    private StreamingEventProcessor processor(String readModel) {
        return processing.eventProcessor(readModel, StreamingEventProcessor.class)
                .orElseThrow(() -> Rejection.unknownRecord(null, "no read model '" + readModel + "' runs here"));
    }

    private static String nodeName() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + UUID.randomUUID();
        } catch (UnknownHostException e) {
            return "node/" + UUID.randomUUID();
        }
    }
}
