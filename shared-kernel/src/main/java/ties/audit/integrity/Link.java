package ties.audit.integrity;

/**
 * One global position as the store (or an export) holds it: the event there and its seal. Either may
 * be missing: an event without a seal is not sealed (yet, or any more); a seal without an event
 * marks an event that was removed.
 */
public record Link(long position, StoredEvent event, Seal seal) {

    public Link {
        if (event == null && seal == null) {
            throw new IllegalArgumentException("a link has an event, a seal or both");
        }
        if (event != null && event.globalIndex() != position) {
            throw new IllegalArgumentException("the event at position " + position + " says it is at " + event.globalIndex());
        }
    }

    public String streamId() {
        return event != null ? event.aggregateIdentifier() : seal.streamId();
    }
}
