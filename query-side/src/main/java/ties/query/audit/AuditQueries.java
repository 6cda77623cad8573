package ties.query.audit;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ties.audit.AuditEntry;
import ties.audit.AuditPage;
import ties.audit.ChangesAround;
import ties.audit.FindChangesAround;
import ties.audit.FindAuditLog;
import ties.audit.FindRecordHistory;
import ties.audit.RecordHistory;
import ties.query.store.Cursors;
import ties.query.store.ReadModels;
import ties.query.store.RowQuery;
import ties.query.store.SortKeys;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

@Component
class AuditQueries {

    /** More events than any one record plausibly has; a bound so one query cannot exhaust memory. */
    static final int MAX_HISTORY = 100_000;
    /** Changes recorded within one millisecond, past which the nearest change on the other side is looked for. */
    static final int SAME_MILLISECOND = 1_000;
    /** Enough to step past the changes of one command, which share their recorded time. */
    private static final int FEW = 8;
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
        List<String> categories = new ArrayList<>();
        if (query.editor() != null) {
            categories.add("editor:" + query.editor());
        }
        if (query.eventType() != null) {
            categories.add("type:" + query.eventType());
        }
        List<String> tags = query.recordId() == null ? List.of() : List.of("record:" + query.recordId());
        String after = Cursors.decode(query.after(), SORT_KEY);
        if (query.from() != null) {
            // Sort keys start with the recorded millisecond; '~' sorts after every digit.
            String fromKey = SortKeys.millis(query.from().minusMillis(1)) + "|~";
            after = after == null || after.compareTo(fromKey) < 0 ? fromKey : after;
        }
        List<ReadModels.Found<AuditEntry>> found = new ArrayList<>(store.find(new RowQuery(AuditLogProjection.MODEL, tags,
                categories, List.of(), null, null, after, false, query.limit() + 1, null), AuditEntry.class));
        if (query.to() != null) {
            found.removeIf(f -> !f.document().recordedAt().isBefore(query.to()));
        }
        boolean more = found.size() > query.limit();
        List<ReadModels.Found<AuditEntry>> page = more ? found.subList(0, query.limit()) : found;
        String next = more ? Cursors.encode(page.get(page.size() - 1).sortKey()) : null;
        return new AuditPage(page.stream().map(ReadModels.Found::document).toList(), next);
    }

    @QueryHandler
    ChangesAround handle(FindChangesAround query) {
        if (query.recordId() != null) {
            return around(handle(new FindRecordHistory(query.recordId())).events().stream()
                    .map(AuditEntry::recordedAt).sorted().toList(), query.asOf());
        }
        // A view as of T shows the last change recorded by T; the previous step is the change before that one.
        Instant shown = latest(query.asOf());
        Instant previous = shown == null ? null : latest(shown.minusNanos(1));
        Instant next = query.asOf() == null ? null : first(query.asOf());
        return new ChangesAround(viewable(previous), viewable(next));
    }

    /**
     * One record's steps, from its whole history: read through the record's tag it is a few rows, where
     * walking the log in time order from T until the record's entries turn up read the whole log (1 s
     * per initiative page at 100,000 events).
     */
    static ChangesAround around(List<Instant> recorded, Instant asOf) {
        int shown = asOf == null ? recorded.size() - 1 : -1;
        for (int i = 0; asOf != null && i < recorded.size() && !recorded.get(i).isAfter(asOf); i++) {
            shown = i;
        }
        // Before the time shown, not merely the entry before: one command's events share their time.
        Instant previous = null;
        for (int i = shown - 1; i >= 0 && previous == null; i--) {
            previous = recorded.get(i).isBefore(recorded.get(shown)) ? recorded.get(i) : null;
        }
        Instant next = asOf != null && shown + 1 < recorded.size() ? recorded.get(shown + 1) : null;
        return new ChangesAround(viewable(previous), viewable(next));
    }

    /** The recorded time of the last change recorded at or before the moment (of all, for null). */
    private Instant latest(Instant moment) {
        // Sort keys start with the recorded millisecond; '~' sorts after every digit.
        return nearest(moment == null ? null : SortKeys.millis(moment) + "|~", true,
                at -> moment == null || !at.isAfter(moment));
    }

    /** The recorded time of the first change recorded after the moment. */
    private Instant first(Instant moment) {
        return nearest(SortKeys.millis(moment) + "|", false, at -> at.isAfter(moment));
    }

    /**
     * Walks the log from the sort key on, either way, to the first change recorded at a time that fits:
     * a few entries first, as many as one millisecond can hold only when those all missed.
     */
    private Instant nearest(String from, boolean backwards, Predicate<Instant> fits) {
        for (int limit : new int[] {FEW, SAME_MILLISECOND}) {
            List<ReadModels.Found<AuditEntry>> entries = store.find(new RowQuery(AuditLogProjection.MODEL, List.of(),
                    List.of(), List.of(), null, null, from, backwards, limit, null), AuditEntry.class);
            Instant found = entries.stream().map(entry -> entry.document().recordedAt()).filter(fits).findFirst()
                    .orElse(null);
            if (found != null || entries.size() < limit) {
                return found;
            }
        }
        return null;
    }

    /** Rounded up to the microsecond: read models keep microseconds, and may round a version's time up. */
    private static Instant viewable(Instant recorded) {
        if (recorded == null) {
            return null;
        }
        Instant micros = recorded.truncatedTo(ChronoUnit.MICROS);
        return micros.equals(recorded) ? micros : micros.plus(1, ChronoUnit.MICROS);
    }
}
