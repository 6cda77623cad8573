package ties.initiative;

import ties.fact.CountryCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The initiative board: initiatives filtered by status, parties (all of them), kind, a linked engagement
 * series, and a range of days their life overlaps (from the proposal to the latest move); each filter
 * optional; the most recently changed first; now, or as recorded at {@code asOf}.
 */
public record FindInitiatives(InitiativeStatus status, List<CountryCode> parties, InitiativeKind kind, String series,
                              LocalDate from, LocalDate to, int limit, Instant asOf) {

    public FindInitiatives {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    public boolean matches(InitiativeView view) {
        return (status == null || view.status() == status)
                && view.parties().containsAll(parties)
                && (kind == null || view.kind() == kind)
                && (series == null || view.series().contains(series))
                && (from == null || view.history().stream().anyMatch(step -> !step.occurred().latest().isBefore(from)))
                && (to == null || !view.proposed().earliest().isAfter(to));
    }
}
