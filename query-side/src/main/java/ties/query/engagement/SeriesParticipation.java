package ties.query.engagement;

import ties.engagement.EngagementState;
import ties.engagement.EngagementView;
import ties.engagement.EngagementView.ParticipantView;
import ties.query.store.ReadModels;
import ties.query.store.RowQuery;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A party's first participation in a series, derived from the editions recorded: it is the first when
 * no earlier edition (by edition number where both have one, else by start) has it present. Cancelled
 * editions did not take place and do not count. Derived when read, so that an edition recorded late
 * (an older one found in the archives) changes the answer for the later ones at once.
 */
final class SeriesParticipation {

    /** More editions than any series has; a bound so that one query cannot exhaust memory. */
    private static final int MAX_EDITIONS = 10_000;

    private final ReadModels store;
    private final Map<String, List<EngagementView>> editions = new HashMap<>();

    SeriesParticipation(ReadModels store) {
        this.store = store;
    }

    /** The view with each party's first participation derived from the series as recorded (at {@code asOf}). */
    EngagementView derive(EngagementView view, Instant asOf) {
        if (view.series() == null) {
            return view;
        }
        List<EngagementView> series = editions.computeIfAbsent(view.series().seriesId(), id -> store.find(
                RowQuery.all(EngagementProjection.MODEL, MAX_EDITIONS).withTags(List.of("series:" + id)).asOf(asOf),
                EngagementView.class).stream().map(ReadModels.Found::document).toList());
        List<EngagementView> earlier = series.stream()
                .filter(other -> other.state() != EngagementState.CANCELLED && before(other, view)).toList();
        return view.withParticipants(view.participants().stream().map(party -> party.withFirstInSeries(
                earlier.stream().noneMatch(edition -> present(edition, party.actorId())))).toList());
    }

    private static boolean before(EngagementView one, EngagementView other) {
        if (one.engagementId().equals(other.engagementId())) {
            return false;
        }
        if (one.edition() != null && other.edition() != null) {
            return one.edition() < other.edition();
        }
        return one.start().earliest().isBefore(other.start().earliest());
    }

    private static boolean present(EngagementView edition, String actorId) {
        return edition.participants().stream().anyMatch(p -> p.actorId().equals(actorId) && p.role().present());
    }
}
