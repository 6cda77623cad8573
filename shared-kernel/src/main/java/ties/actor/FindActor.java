package ties.actor;

import java.time.Instant;

/** One actor with their roles, visits, meetings and statements; now, or as recorded at {@code asOf}. */
public record FindActor(String actorId, Instant asOf) {
}
