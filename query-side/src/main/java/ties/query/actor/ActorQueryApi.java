package ties.query.actor;

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
import ties.actor.ActorMatches;
import ties.actor.ActorView;
import ties.actor.FindActor;
import ties.actor.SearchActors;
import ties.fact.Rejection;
import ties.query.web.Ask;
import ties.query.web.QueryParameters;

import java.time.Instant;

@RestController
@RequestMapping("/api/actors")
@Tag(name = "Actors")
public class ActorQueryApi {

    private final Ask ask;

    public ActorQueryApi(Ask ask) {
        this.ask = ask;
    }

    @GetMapping
    @Operation(operationId = "searchActors", summary = "Actors whose name or alias contains the given words, ignoring case, accents, ranks and "
            + "titles (\"Gen Munir\"); given names may be initials (\"M H Bagheri\", \"MH Bagheri\")")
    public ActorMatches search(@RequestParam String name, @RequestParam(required = false) @Min(1) @Max(QueryParameters.MAX_LIMIT) Integer limit,
                               @RequestParam(required = false) @PositiveOrZero Long minPosition) {
        String words = QueryParameters.text("name", name, 200);
        if (words == null) {
            throw Rejection.invalid("name", "give part of a name to search for");
        }
        return ask.ask(ActorProjection.GROUP, minPosition, new SearchActors(words, QueryParameters.limit(limit)),
                ActorMatches.class);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One actor: roles over time, visits made and hosted (with ordinals), meetings, statements, "
            + "and agreements signed or a party to")
    public ActorView actor(@PathVariable String id,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                           @RequestParam(required = false) @PositiveOrZero Long minPosition) {
        return QueryParameters.found(ask.ask(ActorProjection.GROUP, minPosition, new FindActor(id, asOf), ActorView.class),
                "actor", id);
    }
}
