package ties.ui.audit;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import ties.audit.AuditPage;
import ties.audit.FindAuditLog;
import ties.audit.FindRecordHistory;
import ties.audit.RecordHistory;
import ties.query.audit.AuditLogProjection;
import ties.query.web.Ask;
import ties.query.web.QueryParameters;
import ties.ui.AsOf;

import java.time.Instant;

/**
 * The auditor's pages: a record's whole history (who, when, why, from which sources, under which
 * request), and the log of everything recorded between two moments, filtered by editor, event type and
 * record.
 */
@Controller
@Hidden
@ConditionalOnProperty(name = "ties.query-side.enabled", havingValue = "true", matchIfMissing = true)
public class AuditPages {

    private static final int PAGE = 100;

    private final Ask ask;

    public AuditPages(Ask ask) {
        this.ask = ask;
    }

    @GetMapping("/audit/records/{id}")
    String history(@PathVariable String id, Model model) {
        RecordHistory history = ask.ask(AuditLogProjection.GROUP, null, new FindRecordHistory(id), RecordHistory.class);
        QueryParameters.found(history.events().isEmpty() ? null : history, "record", id);
        model.addAttribute("history", history);
        return "audit/history";
    }

    @GetMapping("/audit")
    String log(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
               @RequestParam(required = false) String editor, @RequestParam(required = false) String type,
               @RequestParam(required = false) String record, @RequestParam(required = false) String after, Model model) {
        Instant start = AsOf.parse(from);
        Instant end = AsOf.parse(to);
        if (start != null && end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("the end of the period must come after its start");
        }
        AuditPage page = ask.ask(AuditLogProjection.GROUP, null, new FindAuditLog(blank(editor), blank(type), blank(record),
                start, end, blank(after), PAGE), AuditPage.class);
        model.addAttribute("page", page);
        model.addAttribute("from", AsOf.field(start));
        model.addAttribute("to", AsOf.field(end));
        model.addAttribute("editor", blank(editor));
        model.addAttribute("type", blank(type));
        model.addAttribute("record", blank(record));
        model.addAttribute("next", page.next() == null ? null : UriComponentsBuilder.fromPath("/audit")
                .queryParam("from", AsOf.field(start)).queryParam("to", AsOf.field(end))
                .queryParam("editor", orEmpty(editor)).queryParam("type", orEmpty(type)).queryParam("record", orEmpty(record))
                .queryParam("after", page.next()).encode().build().toUriString());
        return "audit/log";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
