package ties.engagement;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where an engagement stands: {@code PLANNED → UNDER_WAY → HELD}, with {@code POSTPONED} and
 * {@code CANCELLED} beside them. The rules of movement live here so that the aggregate and a
 * scenario's dry run agree on them.
 */
public enum EngagementState {
    PLANNED, UNDER_WAY, HELD, POSTPONED, CANCELLED;

    /**
     * Why an engagement in this state cannot move to {@code target}, or empty when it can.
     * <ul>
     *   <li>A planned engagement may begin, be held (first reports often come afterwards), be postponed or cancelled.</li>
     *   <li>A postponed one is planned again (with new dates), begins, is held or cancelled.</li>
     *   <li>One under way is held or cancelled (called off part way).</li>
     *   <li>A cancelled one may only be planned again.</li>
     *   <li>{@code HELD} is final: a wrong report is corrected, not reversed.</li>
     * </ul>
     */
    public Optional<String> refusalToMove(EngagementState target) {
        if (this == target) {
            return Optional.of("the engagement is already " + label());
        }
        Set<EngagementState> allowed = switch (this) {
            case PLANNED -> Set.of(UNDER_WAY, HELD, POSTPONED, CANCELLED);
            case POSTPONED -> Set.of(PLANNED, UNDER_WAY, HELD, CANCELLED);
            case UNDER_WAY -> Set.of(HELD, CANCELLED);
            case CANCELLED -> Set.of(PLANNED);
            case HELD -> Set.of();
        };
        if (allowed.contains(target)) {
            return Optional.empty();
        }
        return Optional.of(this == HELD
                ? "a held engagement is final; correct the record if it was not held"
                : "a " + label() + " engagement cannot become " + target.label());
    }

    /** Whether its dates are those of a plan, which may lie after the report (until it begins). */
    public boolean planned() {
        return this == PLANNED || this == POSTPONED || this == CANCELLED;
    }

    /** The state as users read it ("under way"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
