package ties.app.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import ties.audit.integrity.Link;
import ties.audit.integrity.StoredEvent;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The links of an event store that is not a table of this database (Axon Server), read through
 * Axon's {@link EventStore} API and merged in global order with the seals kept in the database.
 *
 * <p>An event's stored form is what the store gives back: its global index, identifier, stream,
 * sequence number, aggregate type, payload type and revision, the payload bytes as serialized, the
 * metadata as JSON with its keys in order, and the timestamp. The event store handed in must not
 * upcast: an upcaster added later would change how old events read, and so their hashes.
 */
public class EventStoreLinks implements EventLinks {

    /** How long the store may take to send the next event of a read that has not reached its head yet. */
    static final Duration PATIENCE = Duration.ofSeconds(10);

    private static final ObjectMapper METADATA = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private final EventStore events;
    private final Serializer serializer;
    private final IntegrityStore seals;

    /** {@code serializer} is the one the events were stored with, so that their bytes are taken as stored. */
    public EventStoreLinks(EventStore events, Serializer serializer, IntegrityStore seals) {
        this.events = events;
        this.serializer = serializer;
        this.seals = seals;
    }

    @Override
    public void links(String streamId, long afterPosition, Predicate<Link> next) {
        // Up to the head as it is now: events appended meanwhile are left to the next reading.
        TrackingToken headToken = events.createHeadToken();
        long head = headToken == null ? START : headToken.position().orElse(START);
        if (head <= afterPosition) {
            return;
        }
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(afterPosition <= START ? null
                : new GlobalSequenceTrackingToken(afterPosition))) {
            Events pending = new Events(stream, streamId, head);
            boolean[] more = {true};
            seals.seals(streamId, afterPosition, head, seal -> {
                while (more[0] && pending.peek() != null && pending.peek().globalIndex() < seal.position()) {
                    more[0] = next.test(new Link(pending.peek().globalIndex(), pending.take(), null));
                }
                if (more[0]) {
                    // An event of another stream at a sealed position counts as gone, as in the JPA store.
                    StoredEvent sealed = pending.peek() != null && pending.peek().globalIndex() == seal.position()
                            ? pending.take() : null;
                    more[0] = next.test(new Link(seal.position(), sealed, seal));
                }
                return more[0];
            });
            while (more[0] && pending.peek() != null) {
                more[0] = next.test(new Link(pending.peek().globalIndex(), pending.take(), null));
            }
        }
    }

    @Override
    public boolean hasStream(String streamId) {
        return events.lastSequenceNumberFor(streamId).isPresent() || seals.hasSeals(streamId);
    }

    /** The event in its stored form at {@code position}. */
    StoredEvent stored(TrackedEventMessage<?> message, long position) {
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> inStream ? inStream : null;
        SerializedObject<byte[]> payload = message.serializePayload(serializer, byte[].class);
        return new StoredEvent(position, message.getIdentifier(), streamOf(message),
                domain == null ? 0 : domain.getSequenceNumber(), domain == null ? null : domain.getType(),
                payload.getType().getName(), payload.getType().getRevision(), payload.getData(),
                metaData(message.getMetaData()), message.getTimestamp().toString());
    }

    /** An event without aggregate is a stream of its own, as the JPA store keeps it. */
    private static String streamOf(TrackedEventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : message.getIdentifier();
    }

    private static byte[] metaData(MetaData metaData) {
        try {
            return METADATA.writeValueAsBytes(metaData);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event's metadata cannot be written as JSON to hash it", e);
        }
    }

    /** The store's events of one stream (or all) up to the head, one ahead. */
    private final class Events {
        private final BlockingStream<TrackedEventMessage<?>> stream;
        private final String streamId;
        private final long head;
        private long reached;
        private StoredEvent next;

        Events(BlockingStream<TrackedEventMessage<?>> stream, String streamId, long head) {
            this.stream = stream;
            this.streamId = streamId;
            this.head = head;
            this.reached = START;
        }

        StoredEvent peek() {
            while (next == null && reached < head) {
                TrackedEventMessage<?> message = nextMessage();
                reached = message.trackingToken().position().orElseThrow(() -> new IllegalStateException(
                        "event " + message.getIdentifier() + " came without a global position"));
                if (reached <= head && (streamId == null || streamId.equals(streamOf(message)))) {
                    next = stored(message, reached);
                }
            }
            return next;
        }

        StoredEvent take() {
            StoredEvent taken = peek();
            next = null;
            return taken;
        }

        private TrackedEventMessage<?> nextMessage() {
            try {
                if (!stream.hasNextAvailable((int) PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the event store sent nothing after position " + reached + " for "
                            + PATIENCE.toSeconds() + " s although its head is at " + head);
                }
                return stream.nextAvailable();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the event store", e);
            }
        }
    }
}
