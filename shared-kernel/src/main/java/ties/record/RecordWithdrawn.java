package ties.record;

/** A record taken out of current views; its history stays. */
public interface RecordWithdrawn extends RecordEvent {
    String reason();
}
