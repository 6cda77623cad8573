package ties.query.engagement;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import ties.engagement.EngagementKind;
import ties.engagement.EngagementList;
import ties.engagement.EngagementState;
import ties.engagement.EngagementView;
import ties.engagement.FindEngagement;
import ties.engagement.FindEngagements;
import ties.fact.CountryCode;
import ties.query.web.Ask;
import ties.query.web.Live;
import ties.query.web.QueryParameters;

import java.time.Instant;
import java.time.LocalDate;

@RestController
@RequestMapping("/api/engagements")
@Tag(name = "Engagements")
public class EngagementQueryApi {

    private final Ask ask;
    private final Live live;

    public EngagementQueryApi(Ask ask, Live live) {
        this.ask = ask;
        this.live = live;
    }

    @GetMapping
    @Operation(summary = "Engagements, latest first, filtered by country, party, kind, series, state and dates")
    public EngagementList engagements(
            @Parameter(description = "ISO 3166-1 alpha-2 code of a country involved (through a party or as the place)",
                    example = "TR") @RequestParam(required = false) CountryCode party,
            @Parameter(description = "id of an actor taking part in any role", example = "pakistan-navy")
            @RequestParam(required = false) String participant,
            @Parameter(description = "kind of engagement") @RequestParam(required = false) EngagementKind kind,
            @Parameter(description = "id of a series: its editions", example = "pk-ir-naval-exercise")
            @RequestParam(required = false) String series,
            @Parameter(description = "where it stands") @RequestParam(required = false) EngagementState state,
            @Parameter(description = "first day (ISO date) of the range its span must overlap", example = "2025-01-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day (ISO date) of the range its span must overlap", example = "2025-12-31")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "at most this many (1 to 500, default 50)") @RequestParam(required = false) @Min(1) @Max(QueryParameters.MAX_LIMIT) Integer limit,
            @Parameter(description = "recorded time to see the list as it stood then (auditors)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
            @Parameter(description = "a command receipt's position to wait for (read your writes)")
            @RequestParam(required = false) @PositiveOrZero Long minPosition) {
        return ask.ask(EngagementProjection.GROUP, minPosition,
                query(party, participant, kind, series, state, from, to, limit, asOf), EngagementList.class);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One engagement: its parties with roles and first participations, state history, corrections")
    public EngagementView engagement(@PathVariable String id,
                                     @Parameter(description = "recorded time to see it as it stood then (auditors)")
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                                     @Parameter(description = "a command receipt's position to wait for (read your writes)")
                                     @RequestParam(required = false) @PositiveOrZero Long minPosition) {
        return QueryParameters.found(ask.ask(EngagementProjection.GROUP, minPosition, new FindEngagement(id, asOf),
                EngagementView.class), "engagement", id);
    }

    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Engagements live: the list, then each changed engagement (withdrawn ones flagged; one that "
            + "no longer matches the filters has left the list)")
    public Flux<ServerSentEvent<Object>> liveList(@RequestParam(required = false) CountryCode party,
                                                  @RequestParam(required = false) String participant,
                                                  @RequestParam(required = false) EngagementKind kind,
                                                  @RequestParam(required = false) String series,
                                                  @RequestParam(required = false) EngagementState state,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                  @RequestParam(required = false) @Min(1) @Max(QueryParameters.MAX_LIMIT) Integer limit) {
        return live.feed(query(party, participant, kind, series, state, from, to, limit, null), EngagementList.class,
                EngagementView.class);
    }

    @GetMapping(path = "/{id}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "One engagement live: its current state, then each change")
    public Flux<ServerSentEvent<Object>> liveEngagement(@PathVariable String id) {
        return live.feed(new FindEngagement(id, null), EngagementView.class, EngagementView.class);
    }

    private static FindEngagements query(CountryCode party, String participant, EngagementKind kind, String series,
                                         EngagementState state, LocalDate from, LocalDate to, Integer limit, Instant asOf) {
        QueryParameters.range(from, to);
        return new FindEngagements(party, QueryParameters.text("participant", participant, 100), kind,
                QueryParameters.text("series", series, 100), state, from, to, QueryParameters.limit(limit), asOf);
    }
}
