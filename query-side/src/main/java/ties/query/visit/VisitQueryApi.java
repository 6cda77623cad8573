package ties.query.visit;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ties.query.actor.ActorProjection;
import ties.query.web.Ask;
import ties.query.web.QueryParameters;
import ties.visit.FindVisit;
import ties.visit.FindVisits;
import ties.visit.VisitList;
import ties.visit.VisitView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/visits")
@Tag(name = "Visits")
public class VisitQueryApi {

    private final Ask ask;

    public VisitQueryApi(Ask ask) {
        this.ask = ask;
    }

    @GetMapping
    @Operation(summary = "Visits by party (visitor, host or country involved) and date; newest first")
    public VisitList visits(
            @Parameter(description = QueryParameters.PARTY) @RequestParam(required = false) List<String> party,
            @Parameter(description = "first day (ISO date, e.g. 2018-01-01) of a range the visit's date must overlap")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day (ISO date) of that range")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Min(1) @Max(QueryParameters.MAX_LIMIT) Integer limit,
            @Parameter(description = "recorded time to see the list as it stood then (auditors)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
            @Parameter(description = "a command receipt's position to wait for (read your writes)")
            @RequestParam(required = false) @PositiveOrZero Long minPosition) {
        QueryParameters.range(from, to);
        return ask.ask(ActorProjection.GROUP, minPosition, new FindVisits(QueryParameters.parties(party), from, to,
                QueryParameters.limit(limit), asOf), VisitList.class);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One visit: visitors, hosts, place, date, purpose, and the countries involved")
    public VisitView visit(@PathVariable String id,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                           @RequestParam(required = false) @PositiveOrZero Long minPosition) {
        return QueryParameters.found(ask.ask(ActorProjection.GROUP, minPosition, new FindVisit(id, asOf), VisitView.class),
                "visit", id);
    }
}
