package ties.record;

/** The first event of a record's stream. */
public interface RecordCreated extends RecordEvent {
}
