package ties.query.board;

import ties.engagement.EngagementFacts;
import ties.initiative.InitiativeView;
import ties.initiative.InitiativeView.LinkedEngagement;
import ties.initiative.InitiativeView.LinkedSeries;
import ties.query.store.ReadModels;
import ties.query.store.RowContent;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The board's copy of engagements that belong to a series, so that an initiative linked to the series
 * shows its editions as its implementation. Kept in a model of the board's own, tagged by series.
 */
final class SeriesEditions {

    static final String MODEL = "initiative-engagement";
    /** The board's tag on an initiative linking a series, before the series id. */
    static final String TAG = "series:";

    private final ReadModels store;

    SeriesEditions(ReadModels store) {
        this.store = store;
    }

    /** Keeps an engagement's facts; answers the series it belonged to before and belongs to now. */
    Set<String> keep(String engagementId, EngagementFacts facts, Instant at) {
        Set<String> series = seriesOf(engagementId);
        if (facts.series() != null) {
            series.add(facts.series().seriesId());
            store.put(MODEL, engagementId, at, RowContent.of(facts,
                    facts.start().earliest() + "|" + engagementId, Set.of(TAG + facts.series().seriesId())));
        } else {
            store.remove(MODEL, engagementId, at);
        }
        return series;
    }

    /** Forgets a withdrawn engagement; answers the series it belonged to. */
    Set<String> drop(String engagementId, Instant at) {
        Set<String> series = seriesOf(engagementId);
        store.remove(MODEL, engagementId, at);
        return series;
    }

    Optional<EngagementFacts> facts(String engagementId) {
        return store.current(MODEL, engagementId, EngagementFacts.class);
    }

    /** The series a view links, each with its editions as kept now, in the order they take place. */
    List<LinkedSeries> relinked(InitiativeView view) {
        return view.engagementSeries().stream().map(series -> new LinkedSeries(series.seriesId(), series.note(),
                series.provenance(), series.recordedAt(), editions(series.seriesId()))).toList();
    }

    List<LinkedEngagement> editions(String seriesId) {
        return store.currentKeysTagged(MODEL, TAG + seriesId).stream()
                .flatMap(id -> facts(id).map(f -> new LinkedEngagement(id, f.title(), f.edition(), f.state(), f.start(), f.end()))
                        .stream())
                .sorted(java.util.Comparator.comparing((LinkedEngagement e) -> e.start().earliest())
                        .thenComparing(LinkedEngagement::engagementId))
                .toList();
    }

    private Set<String> seriesOf(String engagementId) {
        Set<String> series = new LinkedHashSet<>();
        facts(engagementId).filter(f -> f.series() != null).ifPresent(f -> series.add(f.series().seriesId()));
        return series;
    }
}
