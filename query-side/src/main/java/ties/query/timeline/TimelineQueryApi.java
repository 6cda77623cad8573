package ties.query.timeline;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import ties.fact.CountryCode;
import ties.fact.Rejection;
import ties.query.web.Ask;
import ties.query.web.Live;
import ties.query.web.QueryParameters;
import ties.timeline.Development;
import ties.timeline.DevelopmentKind;
import ties.timeline.FindTimeline;
import ties.timeline.TimelinePage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/timeline")
@Tag(name = "Timeline", description = "Every development in the order it happened")
public class TimelineQueryApi {

    /** As many countries as an initiative may have parties. */
    private static final int MAX_COUNTRIES = 50;

    private final Ask ask;
    private final Live live;

    public TimelineQueryApi(Ask ask, Live live) {
        this.ask = ask;
        this.live = live;
    }

    @GetMapping
    @Operation(summary = "A page of the timeline; pass the answer's 'next' as 'after' for the following page")
    public TimelinePage timeline(@RequestParam(required = false) String actor,
                                 @Parameter(description = "a country (ISO 3166 code, e.g. PK); repeat it for the developments involving "
                                         + "all of them (country=IR&country=PK: between Iran and Pakistan, each answer saying "
                                         + "whether it is bilateral or involves more countries)")
                                 @RequestParam(required = false) List<CountryCode> country,
                                 @RequestParam(required = false) DevelopmentKind kind,
                                 @RequestParam(required = false) String initiative,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(required = false) String after,
                                 @RequestParam(required = false) @Min(1) @Max(QueryParameters.MAX_LIMIT) Integer limit,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                                 @RequestParam(required = false) @PositiveOrZero Long minPosition) {
        return ask.ask(TimelineProjection.GROUP, minPosition,
                query(actor, country, kind, initiative, from, to, after, limit, asOf), TimelinePage.class);
    }

    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(operationId = "liveTimeline", summary = "The timeline live: the first page, then each new or changed development matching the filters "
            + "(withdrawn ones flagged; one that no longer matches the filters has left them)")
    public Flux<ServerSentEvent<Object>> live(@RequestParam(required = false) String actor,
                                              @RequestParam(required = false) List<CountryCode> country,
                                              @RequestParam(required = false) DevelopmentKind kind,
                                              @RequestParam(required = false) String initiative,
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                              @RequestParam(required = false) @Min(1) @Max(QueryParameters.MAX_LIMIT) Integer limit) {
        return live.feed(query(actor, country, kind, initiative, from, to, null, limit, null), TimelinePage.class,
                Development.class);
    }

    private static FindTimeline query(String actor, List<CountryCode> country, DevelopmentKind kind, String initiative,
                                      LocalDate from, LocalDate to, String after, Integer limit, Instant asOf) {
        if (country != null && country.size() > MAX_COUNTRIES) {
            throw Rejection.invalid("country", "give at most " + MAX_COUNTRIES + " countries (the developments involving all of them)");
        }
        QueryParameters.range(from, to);
        return new FindTimeline(QueryParameters.text("actor", actor, 100), country, kind,
                QueryParameters.text("initiative", initiative, 100), from, to, QueryParameters.text("after", after, 600),
                QueryParameters.limit(limit), asOf);
    }
}
