package ties.fact;

/**
 * A command refused by a domain rule. Carries what the API needs to answer with a precise problem:
 * the kind of refusal and, for invalid input, the offending field.
 */
public class Rejection extends RuntimeException {

    public enum Kind {
        /** The input breaks a rule of its own (400). */
        INVALID,
        /** The input refers to a record that does not exist (404). */
        UNKNOWN_RECORD,
        /** The input contradicts what is already recorded (409). */
        CONFLICT,
        /** The initiative or engagement cannot move to the requested status or state from where it is (409). */
        ILLEGAL_TRANSITION
    }

    private final Kind kind;
    private final String field;

    public Rejection(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static Rejection invalid(String field, String message) {
        return new Rejection(Kind.INVALID, field, message);
    }

    public static Rejection unknownRecord(String field, String message) {
        return new Rejection(Kind.UNKNOWN_RECORD, field, message);
    }

    public static Rejection conflict(String message) {
        return new Rejection(Kind.CONFLICT, null, message);
    }

    public static Rejection illegalTransition(String message) {
        return new Rejection(Kind.ILLEGAL_TRANSITION, "status", message);
    }

    public Kind kind() {
        return kind;
    }

    /** The offending input field as a dotted path, or null when the refusal is not about one field. */
    public String field() {
        return field;
    }
}
