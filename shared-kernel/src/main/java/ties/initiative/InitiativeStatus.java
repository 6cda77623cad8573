package ties.initiative;

import java.util.Optional;

/**
 * Where an initiative stands. The main line runs {@code PROPOSED → UNDER_DISCUSSION → AGREED →
 * IMPLEMENTING → IMPLEMENTED}; {@code STALLED}, {@code SUSPENDED} and {@code ABANDONED} are side
 * states. The rules of movement live here so that every side of the system agrees on them.
 */
public enum InitiativeStatus {
    PROPOSED(0), UNDER_DISCUSSION(1), AGREED(2), IMPLEMENTING(3), IMPLEMENTED(4),
    STALLED(-1), SUSPENDED(-1), ABANDONED(-1);

    private final int step;

    InitiativeStatus(int step) {
        this.step = step;
    }

    public boolean onMainLine() {
        return step >= 0;
    }

    /**
     * Why an initiative at this status cannot move to {@code target}, or empty when it can.
     *
     * <ul>
     *   <li>Forward along the main line, skipping steps (first reports often arrive mid-way).</li>
     *   <li>Never backward along the main line: a mistaken status is corrected, not reversed.</li>
     *   <li>Any unfinished main-line status may stall, be suspended or be abandoned.</li>
     *   <li>Stalled and suspended initiatives resume where they were or further on, pass between stalled
     *       and suspended, or are abandoned.</li>
     *   <li>An abandoned initiative can only be revived onto the main line, at any step.</li>
     *   <li>{@code IMPLEMENTED} is final, except that a partial implementation may become full.</li>
     * </ul>
     *
     * @param lastMainLine the last main-line status reached (equals this one while on the main line)
     * @param completion   the completion recorded so far (only for {@code IMPLEMENTED})
     * @param targetCompletion the completion requested (only when {@code target} is {@code IMPLEMENTED})
     */
    public Optional<String> refusalToMove(InitiativeStatus target, InitiativeStatus lastMainLine,
                                          Completion completion, Completion targetCompletion) {
        if (this == IMPLEMENTED) {
            if (target == IMPLEMENTED && completion == Completion.PARTIAL && targetCompletion == Completion.FULL) {
                return Optional.empty();
            }
            return Optional.of("an implemented initiative is final (a partial implementation may only become full); "
                    + "correct the record if the status was wrong");
        }
        if (this == target) {
            return Optional.of("the initiative is already " + label());
        }
        if (this == ABANDONED) {
            return target.onMainLine() ? Optional.empty()
                    : Optional.of("an abandoned initiative can only be revived onto the main line, not " + target.label());
        }
        if (!onMainLine()) {
            if (!target.onMainLine() || target.step >= lastMainLine.step) {
                return Optional.empty();
            }
            return Optional.of("a " + label() + " initiative resumes at " + lastMainLine.label()
                    + " or further on, not at " + target.label());
        }
        if (!target.onMainLine() || target.step > step) {
            return Optional.empty();
        }
        return Optional.of("cannot go back from " + label() + " to " + target.label()
                + "; correct the record if the earlier status was wrong");
    }

    /**
     * Why an initiative at this status cannot be reopened at {@code target} ("talks resumed"), or empty
     * when it can: only from a side state (stalled, suspended, abandoned), and only at a main-line step
     * before the last one reached; resuming there or further on is an ordinary move. Going back directly
     * along the main line stays refused.
     */
    public Optional<String> refusalToReopen(InitiativeStatus target, InitiativeStatus lastMainLine) {
        if (onMainLine()) {
            return Optional.of("only a stalled, suspended or abandoned initiative can be reopened; a " + label()
                    + " initiative cannot go back to " + target.label() + " (correct the record if the earlier status was wrong)");
        }
        if (!target.onMainLine()) {
            return Optional.of("an initiative is reopened at a main-line status, not " + target.label());
        }
        if (target.step >= lastMainLine.step) {
            return Optional.of("the initiative had reached " + lastMainLine.label() + "; moving to " + target.label()
                    + " resumes it without reopening (send reopen false)");
        }
        return Optional.empty();
    }

    /** The status as users read it ("under discussion"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
