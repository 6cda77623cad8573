package ties.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Visits filtered by parties (each an actor id — visitor or host — or an ISO country code; all must be
 * involved) and a range of days the visit's date overlaps; newest first; now or as recorded at {@code asOf}.
 */
public record FindVisits(List<String> parties, LocalDate from, LocalDate to, int limit, Instant asOf) {

    public FindVisits {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
