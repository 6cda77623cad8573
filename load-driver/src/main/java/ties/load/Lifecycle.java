package ties.load;

/**
 * The statuses the driver moves an initiative through: up the main line to implementing, then for as
 * long as needed stalled, implementing, suspended, implementing (every step allowed by
 * {@code ties.initiative.InitiativeStatus}), so an initiative never runs out of legal moves.
 */
final class Lifecycle {

    private static final String[] MAIN_LINE = {"UNDER_DISCUSSION", "AGREED", "IMPLEMENTING"};
    private static final String[] LOOP = {"STALLED", "IMPLEMENTING", "SUSPENDED", "IMPLEMENTING"};

    private Lifecycle() {
    }

    /** The status of the {@code n}-th change (0-based) after the proposal. */
    static String nth(int n) {
        return n < MAIN_LINE.length ? MAIN_LINE[n] : LOOP[(n - MAIN_LINE.length) % LOOP.length];
    }
}
