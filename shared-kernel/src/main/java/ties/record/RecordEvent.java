package ties.record;

/** Every event belongs to one record's stream; lets generic handlers (directory, audit) treat all alike. */
public interface RecordEvent {
    String recordId();

    RecordType recordType();
}
