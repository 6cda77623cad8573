package ties.query.store;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.WrappedToken;

import java.time.Instant;

/**
 * When, by whom and in which stream an event was recorded, as projections need it. Declare a
 * parameter of this type on an {@code @EventHandler} and Axon fills it in ({@link RecordedResolverFactory}).
 *
 * @param sequence the event's position in its record's stream: the record's version after it
 * @param position the event's own global position in the event store, or -1 where it is not known
 */
public record Recorded(String eventId, Instant at, String by, String recordId, long sequence, long position) {

    public static final String RECORDED_BY = "recordedBy";
    /** Metadata the JPA event storage adds to each tracked event it reads: the event's own global position. */
    public static final String GLOBAL_POSITION = "globalPosition";

    public Recorded(String eventId, Instant at, String by, String recordId, long sequence) {
        this(eventId, at, by, recordId, sequence, -1);
    }

    public static Recorded of(EventMessage<?> event) {
        Object by = event.getMetaData().get(RECORDED_BY);
        long position = positionOf(event);
        if (event instanceof DomainEventMessage<?> domain) {
            return new Recorded(event.getIdentifier(), event.getTimestamp(), by == null ? null : by.toString(),
                    domain.getAggregateIdentifier(), domain.getSequenceNumber(), position);
        }
        return new Recorded(event.getIdentifier(), event.getTimestamp(), by == null ? null : by.toString(), null, -1, position);
    }

    /**
     * The event's own global position: from the JPA storage's metadata, or from Axon Server's token,
     * which is the event's own (it has no gaps). A gap-aware token on a tracked event is the processor's
     * position after it, a later event's for an event committed out of order, so it is never taken.
     */
    public static long positionOf(EventMessage<?> event) {
        Object stored = event.getMetaData().get(GLOBAL_POSITION);
        if (stored instanceof Number number) {
            return number.longValue();
        }
        if (event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            return WrappedToken.unwrap(tracked.trackingToken(), GlobalSequenceTrackingToken.class)
                    .map(GlobalSequenceTrackingToken::getGlobalIndex).orElse(-1L);
        }
        return -1;
    }
}
