package ties.engagement;

import java.time.Instant;

/** One engagement as it stands now, or as recorded at {@code asOf}. */
public record FindEngagement(String engagementId, Instant asOf) {
}
