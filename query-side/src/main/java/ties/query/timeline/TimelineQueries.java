package ties.query.timeline;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ties.query.store.Cursors;
import ties.query.store.ReadModels;
import ties.query.store.RowQuery;
import ties.timeline.Development;
import ties.timeline.FindTimeline;
import ties.timeline.TimelinePage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

@Component
class TimelineQueries {

    private static final Pattern SORT_KEY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\|\\d{15}\\|.+");

    private final ReadModels store;

    TimelineQueries(ReadModels store) {
        this.store = store;
    }

    @QueryHandler
    TimelinePage handle(FindTimeline query) {
        List<String> tags = new ArrayList<>();
        if (query.actorId() != null) {
            tags.add("actor:" + query.actorId());
        }
        if (query.initiativeId() != null) {
            tags.add("initiative:" + query.initiativeId());
        }
        List<String> categories = new ArrayList<>();
        query.countries().forEach(country -> categories.add("country:" + country.code()));
        if (query.kind() != null) {
            categories.add("kind:" + query.kind());
        }
        RowQuery rows = new RowQuery(TimelineProjection.MODEL, tags, categories, List.of(), query.from(), query.to(),
                Cursors.decode(query.after(), SORT_KEY), false, query.limit() + 1, query.asOf());
        List<ReadModels.Found<Development>> found = store.find(rows, Development.class);
        boolean more = found.size() > query.limit();
        List<ReadModels.Found<Development>> page = more ? found.subList(0, query.limit()) : found;
        String next = more ? Cursors.encode(page.get(page.size() - 1).sortKey()) : null;
        return new TimelinePage(page.stream().map(ReadModels.Found::document).toList(), next);
    }
}
