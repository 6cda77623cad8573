package ties.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Agreements filtered by parties (each an actor id or an ISO country code; all must be involved), kind,
 * and a range of days the signing date overlaps; newest signing first; now or as recorded at {@code asOf}.
 */
public record FindAgreements(List<String> parties, AgreementKind kind, LocalDate from, LocalDate to, int limit,
                             Instant asOf) {

    public FindAgreements {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
