package ties.query.web;

import jakarta.persistence.EntityManager;
import org.axonframework.eventhandling.TrackingToken;
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
import java.util.function.LongBinaryOperator;

/**
 * Read your writes: a command's receipt carries the event store position after it; a query that
 * passes it as {@code minPosition} waits (bounded) until the read model's processor has passed that
 * position on every segment. Positions are read from the shared token store, so this holds whichever
 * query node processes which segment.
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

    /** Returns once {@code processingGroup} has processed {@code minPosition}, or throws {@link NotCaughtUp}. */
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
        while (true) {
            OptionalLong reached = position(processingGroup);
            if (reached.isPresent() && reached.getAsLong() >= minPosition) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new NotCaughtUp("the " + processingGroup + " read model has reached position "
                        + (reached.isPresent() ? reached.getAsLong() : "none") + ", not yet " + minPosition, 1);
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

    /** The position every segment of the group has passed, if every segment has one. */
    public OptionalLong position(String processingGroup) {
        return positions(processingGroup, Math::min);
    }

    /** The furthest position any segment of the group has reached, if every segment has one. */
    public OptionalLong furthest(String processingGroup) {
        return positions(processingGroup, Math::max);
    }

    private OptionalLong positions(String processingGroup, LongBinaryOperator combined) {
        List<TokenEntry> entries = transactions.execute(status -> entityManager
                .createQuery("select t from TokenEntry t where t.processorName = :name", TokenEntry.class)
                .setParameter("name", processingGroup).getResultList());
        if (entries == null || entries.isEmpty()) {
            return OptionalLong.empty();
        }
        OptionalLong result = OptionalLong.empty();
        for (TokenEntry entry : entries) {
            TrackingToken token = entry.getToken(serializer);
            OptionalLong position = token == null ? OptionalLong.empty() : token.position();
            if (position.isEmpty()) {
                return OptionalLong.empty();
            }
            result = OptionalLong.of(result.isEmpty() ? position.getAsLong()
                    : combined.applyAsLong(result.getAsLong(), position.getAsLong()));
        }
        return result;
    }
}
