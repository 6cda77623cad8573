package ties.record;

/** The kinds of record an editor creates; each is one aggregate with its own event stream. */
public enum RecordType {
    ACTOR, VISIT, STATEMENT, INITIATIVE, AGREEMENT, ENGAGEMENT,
    OBSTACLE;

    /** How the record is named in messages to users ("initiative"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether the record is something that took place between parties (a visit, an engagement), which
     * status changes, agreements and statements can cite as the occasion that produced them. Listed by
     * exclusion on purpose: every kind of record added later is an occasion unless it is named here.
     */
    public boolean isOccasion() {
        return switch (this) {
            case ACTOR, STATEMENT, INITIATIVE, AGREEMENT, OBSTACLE -> false;
            default -> true;
        };
    }
}
