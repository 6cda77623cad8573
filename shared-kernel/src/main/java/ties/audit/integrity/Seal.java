package ties.audit.integrity;

/**
 * What the chain recorded for the event at {@code position} when it was appended: which event it was
 * (stream, sequence number, identifier), the hash of the stream's previous event, and this event's hash.
 */
public record Seal(long position, String streamId, long sequenceNumber, String eventIdentifier, Hash previous, Hash hash) {
}
