package ties.timeline;

import ties.fact.CountryCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A page of the timeline in the order things happened. Filters are optional and combine: an actor,
 * any number of countries (developments involving all of them), a kind, an initiative, and a range of
 * occurred dates (a development counts when its date range overlaps). {@code after} is the cursor of
 * the previous page's last entry.
 */
public record FindTimeline(String actorId, List<CountryCode> countries, DevelopmentKind kind, String initiativeId,
                           LocalDate from, LocalDate to, String after, int limit, Instant asOf) {

    public FindTimeline {
        countries = countries == null ? List.of() : List.copyOf(countries);
    }

    /** Whether a new development belongs on the page this query describes (for live updates). */
    public boolean matches(Development d) {
        return (actorId == null || d.actorIds().contains(actorId))
                && d.countries().containsAll(countries)
                && (kind == null || d.kind() == kind)
                && (initiativeId == null || d.initiativeIds().contains(initiativeId))
                && d.occurred().overlaps(from, to);
    }
}
