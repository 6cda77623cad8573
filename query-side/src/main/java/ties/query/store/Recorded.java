package ties.query.store;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

import java.time.Instant;

/**
 * When, by whom and in which stream an event was recorded, as projections need it. Declare a
 * parameter of this type on an {@code @EventHandler} and Axon fills it in ({@link RecordedResolverFactory}).
 *
 * @param sequence the event's position in its record's stream: the record's version after it
 */
public record Recorded(String eventId, Instant at, String by, String recordId, long sequence) {

    public static final String RECORDED_BY = "recordedBy";

    public static Recorded of(EventMessage<?> event) {
        Object by = event.getMetaData().get(RECORDED_BY);
        if (event instanceof DomainEventMessage<?> domain) {
            return new Recorded(event.getIdentifier(), event.getTimestamp(), by == null ? null : by.toString(),
                    domain.getAggregateIdentifier(), domain.getSequenceNumber());
        }
        return new Recorded(event.getIdentifier(), event.getTimestamp(), by == null ? null : by.toString(), null, -1);
    }
}
