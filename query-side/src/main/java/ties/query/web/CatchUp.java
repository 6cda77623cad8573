package ties.query.web;

import jakarta.persistence.EntityManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.jpa.TokenEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ties.fact.Rejection;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongBinaryOperator;

/**
 * Read your writes: a command's receipt carries the event store position after it; a query that
 * passes it as {@code minPosition} waits (bounded) until the read model's processor has applied every
 * stored event at or below that position, on every segment. Positions are read from the shared token
 * store, so this holds whichever query node processes which segment.
 *
 * <p>A token's highest position is not enough: on the JPA store a transaction that took a lower
 * position may commit after one that took a higher one, and the token then holds the lower one as a
 * gap until the processor has applied it. A gap at or below the position asked for that holds a stored
 * event means the read model is not there yet; a gap that holds none is a transaction that rolled back
 * (or one still open, whose event no receipt has announced), which the reader cannot have written.
 * Axon Server's tokens have no gaps: it hands out positions as it commits.
 */
@Component
public class CatchUp {

    private final EntityManager entityManager;
    private final Serializer serializer;
    private final TransactionTemplate transactions;
    private final Duration maxWait;
    private final EventStore eventStore;

    public CatchUp(EntityManager entityManager, @Qualifier("serializer") Serializer serializer,
                   TransactionTemplate transactions, @Value("${ties.read-your-writes.max-wait:5s}") Duration maxWait,
                   EventStore eventStore) {
        this.eventStore = eventStore;
        this.entityManager = entityManager;
        this.serializer = serializer;
        this.transactions = transactions;
        this.maxWait = maxWait;
    }

    /** Returns once {@code processingGroup} has applied every event up to {@code minPosition}, or throws {@link NotCaughtUp}. */
    public void await(String processingGroup, Long minPosition) {
        if (minPosition == null) {
            return;
        }
        // A receipt's position is the head right after its write: a position beyond the head was never handed
        // out, and waiting for it would only delay the refusal.
        TrackingToken head = eventStore.createHeadToken();
        long last = head == null ? -1 : head.position().orElse(-1L);
        if (minPosition > last) {
            throw Rejection.invalid("minPosition", "position " + minPosition + " is beyond the last stored event ("
                    + last + "): pass the position a command's receipt gave");
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        long pause = 5;
        while (!reached(processingGroup, minPosition)) {
            if (System.nanoTime() > deadline) {
                OptionalLong position = position(processingGroup);
                throw new NotCaughtUp("the " + processingGroup + " read model has not applied every event up to position "
                        + minPosition + " yet (its position: " + (position.isPresent() ? position.getAsLong() : "none")
                        + ")", 1);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NotCaughtUp("interrupted while waiting for " + processingGroup, 1);
            }
            pause = Math.min(pause * 2, 100);
        }
    }

    /**
     * Whether every segment of the group has applied every stored event at or below {@code position}:
     * each token is at or past it, and none of its gaps at or below it holds a stored event.
     */
    public boolean reached(String processingGroup, long position) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            List<TrackingToken> tokens = tokens(processingGroup);
            if (tokens.isEmpty()) {
                return false;
            }
            Set<Long> gaps = new TreeSet<>();
            for (TrackingToken token : tokens) {
                OptionalLong reached = token == null ? OptionalLong.empty() : token.position();
                if (reached.isEmpty() || reached.getAsLong() < position) {
                    return false;
                }
                GapAwareTrackingToken gapAware = WrappedToken.unwrap(token, GapAwareTrackingToken.class).orElse(null);
                if (gapAware != null) {
                    gaps.addAll(gapAware.getGaps().headSet(position + 1));
                }
            }
            return gaps.isEmpty() || entityManager.createQuery(
                            "select count(e) from DomainEventEntry e where e.globalIndex in :gaps", Long.class)
                    .setParameter("gaps", gaps).getSingleResult() == 0;
        }));
    }

    /** The position every segment of the group has passed, if every segment has one. */
    public OptionalLong position(String processingGroup) {
        return positions(processingGroup, Math::min);
    }

    /** The furthest position any segment of the group has reached, if every segment has one. */
    public OptionalLong furthest(String processingGroup) {
        return positions(processingGroup, Math::max);
    }

    private OptionalLong positions(String processingGroup, LongBinaryOperator combined) {
        List<TrackingToken> tokens = transactions.execute(status -> tokens(processingGroup));
        if (tokens == null || tokens.isEmpty()) {
            return OptionalLong.empty();
        }
        OptionalLong result = OptionalLong.empty();
        for (TrackingToken token : tokens) {
            OptionalLong position = token == null ? OptionalLong.empty() : token.position();
            if (position.isEmpty()) {
                return OptionalLong.empty();
            }
            result = OptionalLong.of(result.isEmpty() ? position.getAsLong()
                    : combined.applyAsLong(result.getAsLong(), position.getAsLong()));
        }
        return result;
    }

    /** Each segment's token; a segment that has none yet is a null. */
    private List<TrackingToken> tokens(String processingGroup) {
        return entityManager.createQuery("select t from TokenEntry t where t.processorName = :name", TokenEntry.class)
                .setParameter("name", processingGroup).getResultList().stream()
                .map(entry -> entry.getToken(serializer)).toList();
    }
}
