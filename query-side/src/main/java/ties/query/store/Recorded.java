package ties.query.store;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.time.Instant;

/**
 * When, by whom and in which stream an event was recorded, as projections need it. Declare a
 * parameter of this type on an {@code @EventHandler} and Axon fills it in ({@link RecordedResolverFactory}).
 *
 * @param sequence the event's position in its record's stream: the record's version after it
 * @param position the event's global position in the event store, or -1 where it is not known
 */
public record Recorded(String eventId, Instant at, String by, String recordId, long sequence, long position) {

    public static final String RECORDED_BY = "recordedBy";

    public Recorded(String eventId, Instant at, String by, String recordId, long sequence) {
        this(eventId, at, by, recordId, sequence, -1);
    }

    public static Recorded of(EventMessage<?> event) {
        Object by = event.getMetaData().get(RECORDED_BY);
        long position = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().orElse(-1) : -1;
        if (event instanceof DomainEventMessage<?> domain) {
            return new Recorded(event.getIdentifier(), event.getTimestamp(), by == null ? null : by.toString(),
                    domain.getAggregateIdentifier(), domain.getSequenceNumber(), position);
        }
        return new Recorded(event.getIdentifier(), event.getTimestamp(), by == null ? null : by.toString(), null, -1, position);
    }
}
