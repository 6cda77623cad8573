package ties.record;

/** A command that starts a new record under a client-chosen or generated id. */
public interface CreatesRecord {
    String recordId();

    RecordType recordType();
}
