package ties.audit;

import java.time.Instant;

/**
 * The recorded changes either side of a moment, to step an "as of" view through them: of one record, or
 * of the whole store when {@code recordId} is null; {@code asOf} null is now.
 */
public record FindChangesAround(String recordId, Instant asOf) {
}
