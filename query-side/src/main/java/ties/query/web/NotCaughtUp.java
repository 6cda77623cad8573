package ties.query.web;

/** A read model has not reached the event store position a reader asked for within the wait allowed. */
public class NotCaughtUp extends RuntimeException {

    private final long retryAfterSeconds;

    public NotCaughtUp(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
