package ties.ui.actor;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ties.actor.ActorView;
import ties.actor.FindActor;
import ties.query.actor.ActorProjection;
import ties.query.web.Ask;
import ties.query.web.QueryParameters;
import ties.ui.AsOf;

import java.time.Instant;

/** An actor: roles over time, visits made and hosted, meetings, statements, agreements, engagements. */
@Controller
@Hidden
@ConditionalOnProperty(name = "ties.query-side.enabled", havingValue = "true", matchIfMissing = true)
public class ActorPage {

    private final Ask ask;

    public ActorPage(Ask ask) {
        this.ask = ask;
    }

    @GetMapping("/actors/{id}")
    String actor(@PathVariable String id, @RequestParam(name = "asOf", required = false) String asOf,
                 @RequestParam(name = "at", required = false) Long at, Model model) {
        Instant moment = AsOf.parse(asOf);
        ActorView actor = QueryParameters.found(ask.ask(ActorProjection.GROUP, at, new FindActor(id, moment), ActorView.class),
                "actor", id);
        model.addAttribute("actor", actor);
        model.addAttribute("asOf", moment);
        model.addAttribute("asOfField", AsOf.field(moment));
        return "actor/actor";
    }
}
