package ties.ui.actor;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ties.actor.ActorView;
import ties.actor.FindActor;
import ties.query.actor.ActorProjection;
import ties.ui.AsOfPages;

/** An actor: roles over time, visits made and hosted, meetings, statements, agreements, engagements. */
@Controller
@Hidden
@ConditionalOnProperty(name = "ties.query-side.enabled", havingValue = "true", matchIfMissing = true)
public class ActorPage {

    private final AsOfPages pages;

    public ActorPage(AsOfPages pages) {
        this.pages = pages;
    }

    @GetMapping("/actors/{id}")
    String actor(@PathVariable String id, @RequestParam(name = "asOf", required = false) String asOf,
                 @RequestParam(name = "at", required = false) Long at, HttpServletRequest request, Model model) {
        pages.record("actor", id, asOf, at, ActorProjection.GROUP, moment -> new FindActor(id, moment), ActorView.class,
                request, model);
        return "actor/actor";
    }
}
