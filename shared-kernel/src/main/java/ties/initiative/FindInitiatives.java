package ties.initiative;

import ties.fact.CountryCode;

import java.time.Instant;

/**
 * The initiative board: initiatives filtered by status, party and kind (each optional), the most
 * recently changed first; now, or as recorded at {@code asOf}.
 */
public record FindInitiatives(InitiativeStatus status, CountryCode party, InitiativeKind kind, int limit, Instant asOf) {

    public boolean matches(InitiativeView view) {
        return (status == null || view.status() == status)
                && (party == null || view.parties().contains(party))
                && (kind == null || view.kind() == kind);
    }
}
