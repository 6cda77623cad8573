package ties.audit.integrity;

/**
 * The outcome of verifying the whole store, one stream, or an export.
 *
 * @param status              OK: every event sealed and every link whole; UNSEALED: no break, but some
 *                            events newer than the last checkpoint are not sealed yet; BROKEN: see firstBreak
 * @param events              events checked (up to the first break)
 * @param streams             distinct streams among them
 * @param unsealedEvents      events found without a seal, newer than the last checkpoint
 * @param lastCheckpoint      the newest checkpoint verified, null when none was
 * @param checkpointsVerified how many checkpoints were verified
 * @param head                for one stream, the hash of its newest event (compare it with an earlier
 *                            export or a published value); null for the whole store
 */
public record Verdict(Status status, long events, long streams, long unsealedEvents, Checkpoint lastCheckpoint,
                      long checkpointsVerified, Hash head, Finding firstBreak, Finding firstUnsealed) {

    public enum Status { OK, UNSEALED, BROKEN }

    public boolean ok() {
        return status == Status.OK;
    }
}
