package ties.audit;

/** A record's complete event history, oldest first. */
public record FindRecordHistory(String recordId) {
}
