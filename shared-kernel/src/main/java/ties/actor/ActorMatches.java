package ties.actor;

import java.util.List;

public record ActorMatches(List<ActorSummary> actors) {
}
