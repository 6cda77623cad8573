package ties.engagement;

import ties.fact.CountryCode;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Engagements filtered by a country taking part (through its actors or as the place), an actor taking
 * part, kind, series, state and a range of dates (an engagement counts when its span overlaps
 * [from, to]); each filter optional. Latest first; now, or as recorded at {@code asOf}.
 */
public record FindEngagements(CountryCode party, String participant, EngagementKind kind, String seriesId,
                              EngagementState state, LocalDate from, LocalDate to, int limit, Instant asOf) {

    /** Whether a changed engagement belongs on the list this query describes (for live updates). */
    public boolean matches(EngagementView view) {
        return (party == null || view.countries().contains(party))
                && (participant == null || view.participants().stream().anyMatch(p -> p.actorId().equals(participant)))
                && (kind == null || view.kind() == kind)
                && (seriesId == null || view.series() != null && view.series().seriesId().equals(seriesId))
                && (state == null || view.state() == state)
                && (from == null || view.latest() == null || !view.latest().isBefore(from))
                && (to == null || !view.start().earliest().isAfter(to));
    }
}
