package ties.app.integrity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ties.audit.integrity.Chain;
import ties.audit.integrity.Checkpoint;
import ties.audit.integrity.Hash;
import ties.audit.integrity.Seal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Takes checkpoints over all streams: the sealed events after the previous checkpoint, in global
 * order, hashed together and chained to it ({@link Chain#checkpoint}). Runs on every command node;
 * the checkpoint number is the primary key, so when two nodes race, one insert fails, its transaction
 * rolls back and the other node's checkpoint stands.
 *
 * <p>Events are checkpointed only once they are {@code settle} old: the JPA store hands out the global
 * index before commit, so a younger gap may still fill with another node's event, which a checkpoint
 * taken now would leave out for good (Axon Server numbers events as it appends them: no settling
 * needed). Unsealed events on the way are sealed first (stores written before sealing existed, nodes
 * that do not seal, and every event on Axon Server): a seal is trust on first sight, so only events
 * after the last checkpoint are ever sealed late.
 */
public class Checkpointer {

    /** At most this many events per checkpoint, so that a first run over a large store commits in steps. */
    static final int MAX_EVENTS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);

    private final IntegrityStore store;
    private final EventLinks links;
    private final TransactionTemplate transaction;
    private final Duration settle;
    private final Clock clock;

    Checkpointer(IntegrityStore store, EventLinks links, PlatformTransactionManager transactions, Duration settle, Clock clock) {
        this.store = store;
        this.links = links;
        this.transaction = new TransactionTemplate(transactions);
        this.settle = settle;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ties.integrity.checkpoint-interval:1m}",
            initialDelayString = "${ties.integrity.checkpoint-interval:1m}")
    void scheduled() {
        try {
            Optional<Checkpoint> taken;
            do {
                taken = checkpoint(clock.instant().minus(settle));
            } while (taken.isPresent() && taken.get().eventCount() == MAX_EVENTS);
        } catch (DataAccessException e) {
            log.debug("No checkpoint this time (another node may have taken it): {}", e.getMessage());
        }
    }

    /**
     * Seals what is unsealed and takes the next checkpoint over the events recorded before
     * {@code settledBefore}; empty when there is nothing new to cover.
     */
    public Optional<Checkpoint> checkpoint(Instant settledBefore) {
        return transaction.execute(status -> {
            Optional<Checkpoint> last = store.lastCheckpoint();
            Chain.CheckpointDigest digest = Chain.checkpoint(last.map(Checkpoint::hash).orElse(Hash.GENESIS));
            links.linksToCheckpoint(last.map(Checkpoint::position).orElse(EventLinks.START), link -> {
                // A removed event stops the checkpoints there: verification reports it.
                if (link.event() == null || recordedAfter(link.event().timeStamp(), settledBefore)) {
                    return false;
                }
                Optional<Seal> seal = link.seal() != null ? Optional.of(link.seal()) : store.seal(link.event());
                seal.ifPresent(sealed -> digest.add(link.position(), sealed.hash()));
                return seal.isPresent() && digest.count() < MAX_EVENTS;
            });
            if (digest.count() == 0) {
                return Optional.empty();
            }
            long position = digest.lastPosition();
            Checkpoint checkpoint = new Checkpoint(last.map(Checkpoint::number).orElse(0L) + 1, position, digest.count(),
                    digest.previous(), digest.finish(position), clock.instant());
            store.insert(checkpoint);
            return Optional.of(checkpoint);
        });
    }

    private static boolean recordedAfter(String timeStamp, Instant cutoff) {
        try {
            return Instant.parse(timeStamp).isAfter(cutoff);
        } catch (DateTimeException e) {
            return false;
        }
    }
}
