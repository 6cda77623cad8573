package ties.ui.relations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ties.fact.CountryCode;
import ties.query.timeline.TimelineProjection;
import ties.query.web.Ask;
import ties.relation.FindRelations;
import ties.relation.Granularity;
import ties.relation.RelationView;
import ties.timeline.DevelopmentKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Relations between two countries: developments by kind per month, quarter or year (the relations
 * read model) as a stacked bar chart and as a table; a bar, like a cell, leads to the timeline of those
 * developments.
 */
@Controller
@Hidden
@ConditionalOnProperty(name = "ties.query-side.enabled", havingValue = "true", matchIfMissing = true)
public class RelationsPage {

    /** Bar colours per kind, each dark enough against white for its legend text. */
    private static final List<String> COLOURS = List.of("#0b5cad", "#a4161a", "#1f7a3a", "#7a3e00", "#5b2a86",
            "#00606b", "#8a1c5c", "#4a5360", "#6b5b00", "#003f7f");

    private final Ask ask;
    private final ObjectMapper json;

    public RelationsPage(Ask ask, ObjectMapper json) {
        this.ask = ask;
        this.json = json;
    }

    @GetMapping("/relations")
    String relations(@RequestParam(required = false) CountryCode first, @RequestParam(required = false) CountryCode second,
                     @RequestParam(defaultValue = "YEAR") Granularity granularity, Model model) throws JsonProcessingException {
        model.addAttribute("granularities", Granularity.values());
        model.addAttribute("granularity", granularity);
        if (first == null || second == null) {
            // No pair of the reader's own choosing is shown as if it were: the page asks for two countries.
            model.addAttribute("first", first);
            model.addAttribute("second", second);
            return "relations/relations";
        }
        RelationView view = ask.ask(TimelineProjection.GROUP, null, new FindRelations(first, second, granularity),
                RelationView.class);
        List<DevelopmentKind> kinds = view.totals().keySet().stream().sorted().toList();
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            DevelopmentKind kind = kinds.get(k);
            Map<String, Object> dataset = new LinkedHashMap<>();
            dataset.put("label", kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            dataset.put("kind", kind.name());
            dataset.put("backgroundColor", COLOURS.get(k % COLOURS.size()));
            dataset.put("data", view.periods().stream().map(p -> p.counts().getOrDefault(kind, 0L)).toList());
            datasets.add(dataset);
        }
        model.addAttribute("view", view);
        model.addAttribute("kinds", kinds);
        model.addAttribute("first", first);
        model.addAttribute("second", second);
        model.addAttribute("chart", json.writeValueAsString(Map.of(
                "labels", view.periods().stream().map(RelationView.Period::period).toList(), "datasets", datasets)));
        Map<String, LocalDate[]> ranges = new LinkedHashMap<>();
        view.periods().forEach(p -> ranges.put(p.period(), range(p.period())));
        model.addAttribute("ranges", ranges);
        return "relations/relations";
    }

    /** The days of a period as the relations read model names it: "2025", "2025-Q1", "2025-01". */
    static LocalDate[] range(String period) {
        if (period.matches("\\d{4}")) {
            int year = Integer.parseInt(period);
            return new LocalDate[]{LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        }
        if (period.matches("\\d{4}-Q[1-4]")) {
            int year = Integer.parseInt(period.substring(0, 4));
            int quarter = period.charAt(6) - '0';
            YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
            return new LocalDate[]{first.atDay(1), first.plusMonths(2).atEndOfMonth()};
        }
        YearMonth month = YearMonth.parse(period);
        return new LocalDate[]{month.atDay(1), month.atEndOfMonth()};
    }
}
