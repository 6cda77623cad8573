package ties.query.board;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import ties.fact.CountryCode;
import ties.initiative.FindInitiative;
import ties.initiative.FindInitiatives;
import ties.initiative.InitiativeBoard;
import ties.initiative.InitiativeKind;
import ties.initiative.InitiativeStatus;
import ties.initiative.InitiativeView;
import ties.query.web.Ask;
import ties.query.web.Live;
import ties.query.web.QueryParameters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/initiatives")
@Tag(name = "Initiatives")
public class InitiativeQueryApi {

    private static final String PARTY = "a country that is a party (ISO 3166 code, e.g. PK); repeat for initiatives "
            + "between all of them (party=IR&party=PK)";
    private static final String SERIES = "an engagement series linked to the initiative (its id, e.g. "
            + "aman-naval-exercise): initiatives whose implementation that series' editions show";
    private static final String FROM = "first day (ISO date, e.g. 2018-01-01) of a range that the initiative's life, "
            + "from its proposal to its latest move, must overlap";
    private static final String TO = "last day (ISO date, e.g. 2025-12-31) of that range";

    private final Ask ask;
    private final Live live;

    public InitiativeQueryApi(Ask ask, Live live) {
        this.ask = ask;
        this.live = live;
    }

    @GetMapping
    @Operation(summary = "The initiative board, most recently changed first")
    public InitiativeBoard board(@RequestParam(required = false) InitiativeStatus status,
                                 @Parameter(description = PARTY) @RequestParam(required = false) List<CountryCode> party,
                                 @RequestParam(required = false) InitiativeKind kind,
                                 @Parameter(description = SERIES) @RequestParam(required = false) String series,
                                 @Parameter(description = FROM) @RequestParam(required = false)
                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @Parameter(description = TO) @RequestParam(required = false)
                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) @Min(1) @Max(QueryParameters.MAX_LIMIT) Integer limit,
                                 @Parameter(description = "recorded time to see the board as it stood then")
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                                 @Parameter(description = "a command receipt's position to wait for (read your writes)")
                                 @RequestParam(required = false) @PositiveOrZero Long minPosition) {
        return ask.ask(InitiativeBoardProjection.GROUP, minPosition,
                query(status, party, kind, series, from, to, limit, asOf), InitiativeBoard.class);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One initiative with its full status history and links")
    public InitiativeView initiative(@PathVariable String id,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                                     @RequestParam(required = false) @PositiveOrZero Long minPosition) {
        return QueryParameters.found(ask.ask(InitiativeBoardProjection.GROUP, minPosition, new FindInitiative(id, asOf),
                InitiativeView.class), "initiative", id);
    }

    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The board live: a snapshot, then each changed initiative (withdrawn ones flagged; one that no "
            + "longer matches the filters has left the board)")
    public Flux<ServerSentEvent<Object>> liveBoard(@RequestParam(required = false) InitiativeStatus status,
                                                   @Parameter(description = PARTY)
                                                   @RequestParam(required = false) List<CountryCode> party,
                                                   @RequestParam(required = false) InitiativeKind kind,
                                                   @Parameter(description = SERIES) @RequestParam(required = false) String series,
                                                   @Parameter(description = FROM) @RequestParam(required = false)
                                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                   @Parameter(description = TO) @RequestParam(required = false)
                                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                   @RequestParam(required = false) @Min(1) @Max(QueryParameters.MAX_LIMIT) Integer limit) {
        return live.feed(query(status, party, kind, series, from, to, limit, null), InitiativeBoard.class,
                InitiativeView.class);
    }

    private static FindInitiatives query(InitiativeStatus status, List<CountryCode> party, InitiativeKind kind, String series,
                                         LocalDate from, LocalDate to, Integer limit, Instant asOf) {
        QueryParameters.range(from, to);
        return new FindInitiatives(status, party, kind, QueryParameters.text("series", series, 100), from, to,
                QueryParameters.limit(limit), asOf);
    }

    @GetMapping(path = "/{id}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "One initiative live: its current state, then each change")
    public Flux<ServerSentEvent<Object>> liveInitiative(@PathVariable String id) {
        // An unknown initiative is a 404 now, not a stream that stays silent until it perhaps appears.
        initiative(id, null, null);
        return live.feed(new FindInitiative(id, null), InitiativeView.class, InitiativeView.class);
    }
}
