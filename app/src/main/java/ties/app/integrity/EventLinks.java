package ties.app.integrity;

import ties.audit.integrity.Link;

import java.util.function.Predicate;

/**
 * The events of the store, each with its seal, as the chain sees them: from the JPA store's rows
 * ({@link RowLinks}) or from any Axon event store, Axon Server included ({@link EventStoreLinks}).
 */
public interface EventLinks {

    /** Positions start here: before the first event of either store (JPA counts from 1, Axon Server from 0). */
    long START = -1;

    /**
     * Feeds the links after {@code afterPosition} (of one stream, or of all when {@code streamId} is
     * null) to {@code next} in global order until it answers false. Call inside
     * {@link IntegrityStore#reading} or another transaction.
     */
    void links(String streamId, long afterPosition, Predicate<Link> next);

    /**
     * As {@link #links} over all streams, for taking checkpoints: they trust seals, so a store may leave
     * a sealed event's payload and metadata out (null) rather than read them.
     */
    default void linksToCheckpoint(long afterPosition, Predicate<Link> next) {
        links(null, afterPosition, next);
    }

    /** Whether the store holds anything (an event or a seal) of this stream. */
    boolean hasStream(String streamId);
}
