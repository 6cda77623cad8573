package ties.query.timeline;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ties.fact.Rejection;
import ties.query.store.ReadModels;
import ties.query.store.RowQuery;
import ties.timeline.Development;
import ties.timeline.FindTimeline;
import ties.timeline.TimelinePage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

@Component
class TimelineQueries {

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
        query.countries().forEach(country -> tags.add("country:" + country.code()));
        if (query.kind() != null) {
            tags.add("kind:" + query.kind());
        }
        if (query.initiativeId() != null) {
            tags.add("initiative:" + query.initiativeId());
        }
        RowQuery rows = new RowQuery(TimelineProjection.MODEL, tags, List.of(), query.from(), query.to(),
                decode(query.after()), false, query.limit() + 1, query.asOf());
        List<ReadModels.Found<Development>> found = store.find(rows, Development.class);
        boolean more = found.size() > query.limit();
        List<ReadModels.Found<Development>> page = more ? found.subList(0, query.limit()) : found;
        String next = more ? encode(page.get(page.size() - 1).sortKey()) : null;
        return new TimelinePage(page.stream().map(ReadModels.Found::document).toList(), next);
    }

    static String encode(String sortKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String sortKey = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!sortKey.matches("\\d{4}-\\d{2}-\\d{2}\\|\\d{15}\\|.+")) {
                throw new IllegalArgumentException("not a timeline position");
            }
            return sortKey;
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("after", "'" + cursor + "' is not a cursor from a previous timeline page");
        }
    }
}
