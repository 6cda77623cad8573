package ties.query.audit;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ties.audit.AuditEntry;
import ties.audit.AuditPage;
import ties.audit.FindAuditLog;
import ties.audit.FindRecordHistory;
import ties.audit.RecordHistory;
import ties.query.store.Cursors;
import ties.query.store.ReadModels;
import ties.query.store.RowQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

@Component
class AuditQueries {

    /** More events than any one record plausibly has; a bound so one query cannot exhaust memory. */
    static final int MAX_HISTORY = 100_000;
    private static final Pattern SORT_KEY = Pattern.compile("\\d{15}\\|\\d{19}");

    private final ReadModels store;

    AuditQueries(ReadModels store) {
        this.store = store;
    }

    @QueryHandler
    RecordHistory handle(FindRecordHistory query) {
        List<AuditEntry> events = store.find(RowQuery.all(AuditLogProjection.MODEL, MAX_HISTORY)
                .withTags(List.of("record:" + query.recordId())), AuditEntry.class).stream()
                .map(ReadModels.Found::document).toList();
        return new RecordHistory(query.recordId(), events);
    }

    @QueryHandler
    AuditPage handle(FindAuditLog query) {
        List<String> tags = new ArrayList<>();
        if (query.editor() != null) {
            tags.add("editor:" + query.editor());
        }
        if (query.eventType() != null) {
            tags.add("type:" + query.eventType());
        }
        if (query.recordId() != null) {
            tags.add("record:" + query.recordId());
        }
        String after = Cursors.decode(query.after(), SORT_KEY);
        if (query.from() != null) {
            // Sort keys start with the recorded millisecond; '~' sorts after every digit.
            String fromKey = String.format("%015d|~", query.from().toEpochMilli() - 1);
            after = after == null || after.compareTo(fromKey) < 0 ? fromKey : after;
        }
        List<ReadModels.Found<AuditEntry>> found = new ArrayList<>(store.find(new RowQuery(AuditLogProjection.MODEL, tags,
                List.of(), null, null, after, false, query.limit() + 1, null), AuditEntry.class));
        if (query.to() != null) {
            found.removeIf(f -> !f.document().recordedAt().isBefore(query.to()));
        }
        boolean more = found.size() > query.limit();
        List<ReadModels.Found<AuditEntry>> page = more ? found.subList(0, query.limit()) : found;
        String next = more ? Cursors.encode(page.get(page.size() - 1).sortKey()) : null;
        return new AuditPage(page.stream().map(ReadModels.Found::document).toList(), next);
    }
}
