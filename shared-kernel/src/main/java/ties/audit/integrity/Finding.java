package ties.audit.integrity;

/**
 * What verification found at one position: the first broken link, or the first event not sealed yet.
 *
 * @param expected what the chain recorded (the seal's hash, the stream's previous hash, the checkpoint)
 * @param found    what the stored data hashes to now; null when there is nothing to hash
 */
public record Finding(Kind kind, long position, String streamId, Long sequenceNumber, String eventIdentifier,
                      Hash expected, Hash found, String detail) {

    public enum Kind {
        /** The event's stored form (or its seal's link to the previous event) differs from what was sealed. */
        ALTERED,
        /** A sealed event is gone, or a stream skips sequence numbers. */
        MISSING,
        /** An event sits at a position or sequence number other than the one it was sealed at. */
        REORDERED,
        /** An event a checkpoint already covers has no seal: the seal was removed. */
        SEAL_MISSING,
        /** A checkpoint's hash, count or link to the previous checkpoint does not match the events. */
        CHECKPOINT,
        /** An export file ends early (no trailer, or fewer lines than the trailer counts). */
        TRUNCATED,
        /** An export file has a line that is not what the format says. */
        MALFORMED,
        /** Not a break: the event is newer than the last checkpoint and not sealed yet. */
        UNSEALED
    }

    /** The break at a checkpoint, which belongs to no single stream. */
    static Finding atCheckpoint(Checkpoint checkpoint, Hash found, String detail) {
        return new Finding(Kind.CHECKPOINT, checkpoint.position(), null, null, null, checkpoint.hash(), found, detail);
    }
}
