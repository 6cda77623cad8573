package ties.initiative;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An initiative's status on a past day {@code on}, given what is known now, or what was known at
 * recorded time {@code asOf} ("what was believed last Monday about its status in March 2018").
 */
public record FindStatusOn(String initiativeId, LocalDate on, Instant asOf) {
}
