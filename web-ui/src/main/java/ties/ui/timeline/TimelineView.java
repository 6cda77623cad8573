package ties.ui.timeline;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import ties.fact.CountryCode;
import ties.query.timeline.TimelineProjection;
import ties.query.web.Ask;
import ties.query.web.QueryParameters;
import ties.timeline.DevelopmentKind;
import ties.timeline.FindTimeline;
import ties.timeline.TimelinePage;
import ties.ui.AsOf;
import ties.ui.AsOfPages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Developments in the order they happened, with their dates as reported; filters in the URL; the next
 * page is fetched on the timeline's cursor as the reader reaches the end (and by a link without scripts).
 */
@Controller
@Hidden
@ConditionalOnProperty(name = "ties.query-side.enabled", havingValue = "true", matchIfMissing = true)
public class TimelineView {

    private static final int PAGE = 50;

    private final Ask ask;
    private final AsOfPages pages;

    public TimelineView(Ask ask, AsOfPages pages) {
        this.ask = ask;
        this.pages = pages;
    }

    @GetMapping("/timeline")
    String timeline(@RequestParam(required = false) List<CountryCode> country, @RequestParam(required = false) String actor,
                    @RequestParam(required = false) DevelopmentKind kind,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam(required = false) String after, @RequestParam(required = false) String asOf,
                    HttpServletRequest request, Model model) {
        page(country, actor, kind, from, to, after, asOf, model);
        pages.steps(null, AsOf.parse(asOf), request, model);
        model.addAttribute("kinds", DevelopmentKind.values());
        return "timeline/timeline";
    }

    /** The next rows alone, appended where the list ends. */
    @GetMapping("/timeline/more")
    String more(@RequestParam(required = false) List<CountryCode> country, @RequestParam(required = false) String actor,
                @RequestParam(required = false) DevelopmentKind kind,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam String after, @RequestParam(required = false) String asOf, Model model) {
        page(country, actor, kind, from, to, after, asOf, model);
        return "timeline/timeline :: rows";
    }

    private void page(List<CountryCode> country, String actor, DevelopmentKind kind, LocalDate from, LocalDate to,
                      String after, String asOf, Model model) {
        QueryParameters.range(from, to);
        Instant moment = AsOf.parse(asOf);
        String person = actor == null || actor.isBlank() ? null : actor.strip();
        Filters filters = new Filters(country == null ? List.of() : country, person, kind, from, to, moment);
        TimelinePage page = ask.ask(TimelineProjection.GROUP, null, new FindTimeline(person, filters.country(),
                kind, null, from, to, after, PAGE, moment), TimelinePage.class);
        model.addAttribute("filters", filters);
        model.addAttribute("page", page);
        model.addAttribute("asOf", moment);
        model.addAttribute("asOfField", AsOf.field(moment));
        model.addAttribute("more", page.next() == null ? null : filters.query().queryParam("after", page.next())
                .encode().build().toUriString());
    }

    /** The filters, to show in the form and to carry to the next page. */
    public record Filters(List<CountryCode> country, String actor, DevelopmentKind kind, LocalDate from, LocalDate to,
                          Instant asOf) {

        UriComponentsBuilder query() {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/timeline/more");
            country.forEach(c -> uri.queryParam("country", c.code()));
            if (actor != null) {
                uri.queryParam("actor", actor);
            }
            if (kind != null) {
                uri.queryParam("kind", kind.name());
            }
            if (from != null) {
                uri.queryParam("from", from);
            }
            if (to != null) {
                uri.queryParam("to", to);
            }
            if (asOf != null) {
                uri.queryParam("asOf", asOf.toString());
            }
            return uri;
        }

        public String countryText(int index) {
            return country.size() > index ? country.get(index).code() : "";
        }
    }
}
