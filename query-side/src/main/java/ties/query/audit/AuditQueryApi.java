package ties.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ties.audit.AuditPage;
import ties.audit.FindAuditLog;
import ties.audit.FindRecordHistory;
import ties.audit.RecordHistory;
import ties.fact.Rejection;
import ties.initiative.FindStatusOn;
import ties.initiative.StatusOnDate;
import ties.query.board.InitiativeBoardProjection;
import ties.query.web.Ask;
import ties.query.web.QueryParameters;

import java.time.Instant;
import java.time.LocalDate;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Histories, the global log, and what was known when")
public class AuditQueryApi {

    private final Ask ask;

    public AuditQueryApi(Ask ask) {
        this.ask = ask;
    }

    @GetMapping("/records/{id}/history")
    @Operation(summary = "A record's complete event history, oldest first")
    public RecordHistory history(@PathVariable String id, @RequestParam(required = false) @PositiveOrZero Long minPosition) {
        RecordHistory history = ask.ask(AuditLogProjection.GROUP, minPosition, new FindRecordHistory(id), RecordHistory.class);
        return QueryParameters.found(history.events().isEmpty() ? null : history, "record", id);
    }

    @GetMapping("/log")
    @Operation(summary = "The global log in recorded order: filter by editor, event type, record and recorded time [from, to)")
    public AuditPage log(@RequestParam(required = false) String editor,
                         @RequestParam(required = false) String type,
                         @RequestParam(required = false) String record,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                         @RequestParam(required = false) String after,
                         @RequestParam(required = false) @Min(1) @Max(QueryParameters.MAX_LIMIT) Integer limit,
                         @RequestParam(required = false) @PositiveOrZero Long minPosition) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw Rejection.invalid("to", "'to' (" + to + ") must be after 'from' (" + from + ")");
        }
        return ask.ask(AuditLogProjection.GROUP, minPosition, new FindAuditLog(QueryParameters.text("editor", editor, 100),
                QueryParameters.text("type", type, 100), QueryParameters.text("record", record, 100), from, to,
                QueryParameters.text("after", after, 200), QueryParameters.limit(limit)), AuditPage.class);
    }

    @GetMapping("/initiatives/{id}/status-on")
    @Operation(summary = "An initiative's status on a past day given what is known now, or what was known at 'asOf'")
    public StatusOnDate statusOn(@PathVariable String id,
                                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                                 @RequestParam(required = false) @PositiveOrZero Long minPosition) {
        return QueryParameters.found(ask.ask(InitiativeBoardProjection.GROUP, minPosition, new FindStatusOn(id, date, asOf),
                StatusOnDate.class), "initiative", id);
    }
}
