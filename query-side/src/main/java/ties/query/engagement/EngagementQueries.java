package ties.query.engagement;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ties.engagement.EngagementList;
import ties.engagement.EngagementView;
import ties.engagement.FindEngagement;
import ties.engagement.FindEngagements;
import ties.query.store.ReadModels;
import ties.query.store.RowQuery;

import java.util.ArrayList;
import java.util.List;

@Component
class EngagementQueries {

    private final ReadModels store;

    EngagementQueries(ReadModels store) {
        this.store = store;
    }

    /** The engagement, or null when there is none (the API answers 404). */
    @QueryHandler
    EngagementView handle(FindEngagement query) {
        return (query.asOf() == null
                ? store.current(EngagementProjection.MODEL, query.engagementId(), EngagementView.class)
                : store.asOf(EngagementProjection.MODEL, query.engagementId(), query.asOf(), EngagementView.class))
                .map(view -> new SeriesParticipation(store).derive(view, query.asOf())).orElse(null);
    }

    @QueryHandler
    EngagementList handle(FindEngagements query) {
        List<String> tags = new ArrayList<>();
        if (query.participant() != null) {
            tags.add("participant:" + query.participant());
        }
        if (query.seriesId() != null) {
            tags.add("series:" + query.seriesId());
        }
        List<String> categories = new ArrayList<>();
        if (query.party() != null) {
            categories.add("country:" + query.party().code());
        }
        if (query.kind() != null) {
            categories.add("kind:" + query.kind());
        }
        if (query.state() != null) {
            categories.add("state:" + query.state());
        }
        RowQuery rows = new RowQuery(EngagementProjection.MODEL, tags, categories, List.of(), query.from(), query.to(), null, true,
                query.limit(), query.asOf());
        SeriesParticipation series = new SeriesParticipation(store);
        return new EngagementList(store.find(rows, EngagementView.class).stream()
                .map(found -> series.derive(found.document(), query.asOf())).toList(), query.asOf());
    }
}
