package ties.visit;

import java.time.Instant;

/** One visit, now or as recorded at {@code asOf}. */
public record FindVisit(String visitId, Instant asOf) {
}
