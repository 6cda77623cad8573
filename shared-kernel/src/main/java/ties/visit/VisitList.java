package ties.visit;

import java.util.List;

/** Visits matching a {@link FindVisits}, newest first. */
public record VisitList(List<VisitView> visits) {
}
