package ties.query.relation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ties.fact.CountryCode;
import ties.query.timeline.TimelineProjection;
import ties.query.web.Ask;
import ties.relation.FindRelations;
import ties.relation.Granularity;
import ties.relation.RelationView;

@RestController
@RequestMapping("/api/relations")
@Tag(name = "Relations", description = "Developments between two countries over time")
public class RelationQueryApi {

    private final Ask ask;

    public RelationQueryApi(Ask ask) {
        this.ask = ask;
    }

    @GetMapping("/{first}/{second}")
    @Operation(summary = "Developments between two countries counted by kind and by month, quarter or year")
    public RelationView relation(@PathVariable CountryCode first, @PathVariable CountryCode second,
                                 @RequestParam(defaultValue = "MONTH") Granularity granularity,
                                 @RequestParam(required = false) @PositiveOrZero Long minPosition) {
        return ask.ask(TimelineProjection.GROUP, minPosition, new FindRelations(first, second, granularity), RelationView.class);
    }
}
