package ties.record;

/** The kinds of record an editor creates; each is one aggregate with its own event stream. */
public enum RecordType {
    ACTOR, VISIT, STATEMENT, INITIATIVE, AGREEMENT, ENGAGEMENT;

    /** How the record is named in messages to users ("initiative"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
