package ties.agreement;

import java.time.Instant;

/** One agreement, now or as recorded at {@code asOf}. */
public record FindAgreement(String agreementId, Instant asOf) {
}
