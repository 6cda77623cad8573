package ties.app.integrity;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ties.audit.integrity.StoredEvent;

/**
 * Seals each event as it is appended to the JPA event store. A subscribing processor ({@value #GROUP}) runs in the
 * transaction that appends the events, after Axon has flushed their rows: the seal hashes the row as
 * stored (as the storage wrote it, {@link AppendedEvents}) and commits or rolls back with it, and a
 * seal that cannot be written fails the command (see {@link IntegrityConfiguration}) rather than
 * leave a silent hole in the chain.
 *
 * <p>Several command nodes may append concurrently: a stream's events are already serialized by
 * Axon's unique (aggregate, sequence number), and {@code event_seal} has the same key, so each link
 * is written once, after the link before it committed. Events that arrive without a seal (from before
 * this table existed, or from a node that does not seal) are sealed later, in order, by the
 * {@link Checkpointer}.
 */
@ProcessingGroup(Sealer.GROUP)
class Sealer {

    static final String GROUP = "integrity-seal";

    private static final Logger log = LoggerFactory.getLogger(Sealer.class);

    private final IntegrityStore store;

    Sealer(IntegrityStore store) {
        this.store = store;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        StoredEvent event = AppendedEvents.take(message.getIdentifier())
                .or(() -> store.event(message.getIdentifier())).orElseThrow(() -> new IllegalStateException(
                "event " + message.getIdentifier() + " is not in domain_event_entry: cannot seal it"));
        if (store.seal(event).isEmpty()) {
            log.info("Event {} ({} #{}) left for the checkpointer to seal: the stream's previous event is not sealed",
                    event.eventIdentifier(), event.aggregateIdentifier(), event.sequenceNumber());
        }
    }
}
