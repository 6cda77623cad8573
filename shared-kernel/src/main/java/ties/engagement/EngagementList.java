package ties.engagement;

import java.time.Instant;
import java.util.List;

/** Engagements in the order they take place, latest first, as of a moment (null: now). */
public record EngagementList(List<EngagementView> engagements, Instant asOf) {
}
