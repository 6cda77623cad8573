package ties.query.engagement;

import ties.engagement.EngagementView;
import ties.engagement.EngagementView.ParticipantView;
import ties.engagement.Participation;
import ties.query.store.ReadModels;
import ties.query.store.RowQuery;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each party's first participation in a series ({@link Participation}), derived from the editions
 * recorded when a view is read, so that an edition recorded late (an older one found in the
 * archives) changes the answer for the later ones at once. Keeps the editions of each series it has
 * looked up, for the views of one answer.
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
        return view.withParticipants(view.participants().stream().map(party -> party.withFirstInSeries(series.stream()
                .flatMap(edition -> participation(edition, party.actorId()).stream())
                .noneMatch(earlier -> earlier.precedes(participation(view, party))))).toList());
    }

    private static List<Participation> participation(EngagementView edition, String actorId) {
        return edition.participants().stream().filter(p -> p.actorId().equals(actorId))
                .map(p -> participation(edition, p)).toList();
    }

    private static Participation participation(EngagementView edition, ParticipantView party) {
        return new Participation(edition.engagementId(), edition.edition(), edition.start().earliest(), edition.state(),
                party.role());
    }
}
