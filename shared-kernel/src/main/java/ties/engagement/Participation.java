package ties.engagement;

import java.time.LocalDate;

/**
 * A party's part in one edition of a series, as the rule of first participation compares them: the
 * party took part for the first time when no earlier edition in which it was present took place.
 * Editions are ordered by number where both have one, else by start; cancelled ones did not take
 * place, and an invitation alone is no presence.
 */
public record Participation(String engagementId, Integer edition, LocalDate start, EngagementState state,
                            ParticipationRole role) {

    /** Whether this counts as an earlier participation than one in {@code later}. */
    public boolean precedes(Participation later) {
        if (engagementId.equals(later.engagementId) || state == EngagementState.CANCELLED || !role.present()) {
            return false;
        }
        return edition != null && later.edition != null ? edition < later.edition : start.isBefore(later.start);
    }
}
