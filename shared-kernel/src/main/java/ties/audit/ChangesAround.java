package ties.audit;

import java.time.Instant;

/**
 * The moments to view to see the change before the one a view as of T shows, and the change after T;
 * null where there is none. Each is a change's recorded time rounded up to the microsecond, the
 * precision at which read models keep their versions, so that a view as of it includes that change.
 */
public record ChangesAround(Instant previous, Instant next) {
}
