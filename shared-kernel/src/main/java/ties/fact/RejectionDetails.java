package ties.fact;

/**
 * A rejection as it travels back to the caller inside Axon's {@code CommandExecutionException}, so
 * that the API can answer precisely even when the command ran on another node.
 */
public record RejectionDetails(Rejection.Kind kind, String field, String message) {

    public static RejectionDetails of(Rejection rejection) {
        return new RejectionDetails(rejection.kind(), rejection.field(), rejection.getMessage());
    }

    public Rejection toRejection() {
        return new Rejection(kind, field, message);
    }
}
