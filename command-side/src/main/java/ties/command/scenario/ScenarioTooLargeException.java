package ties.command.scenario;

/** A scenario with more steps than {@code ties.limits.max-import-steps} allows; answered with 413. */
public class ScenarioTooLargeException extends RuntimeException {

    private final int limit;
    private final int steps;

    public ScenarioTooLargeException(int limit, int steps) {
        super("the scenario has " + steps + " steps, more than the limit of " + limit
                + " (ties.limits.max-import-steps); split it into several scenarios");
        this.limit = limit;
        this.steps = steps;
    }

    public int limit() {
        return limit;
    }

    public int steps() {
        return steps;
    }
}
