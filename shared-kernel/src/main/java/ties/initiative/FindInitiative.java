package ties.initiative;

import java.time.Instant;

/**
 * One initiative, as it stands now, or as it stood at recorded time {@code asOf} ("what did the
 * board show last Monday at 09:00").
 */
public record FindInitiative(String initiativeId, Instant asOf) {
}
