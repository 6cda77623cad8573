package ties.ui.actor;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ties.actor.ActorMatches;
import ties.actor.ActorView;
import ties.actor.FindActor;
import ties.actor.SearchActors;
import ties.query.actor.ActorProjection;
import ties.query.web.Ask;
import ties.ui.AsOf;
import ties.ui.AsOfPages;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actors: an index searched by name or alias (the search the editor's pickers use), and each actor's
 * page with roles over time, visits made and hosted, meetings, statements, agreements, engagements.
 */
@Controller
@Hidden
@ConditionalOnProperty(name = "ties.query-side.enabled", havingValue = "true", matchIfMissing = true)
public class ActorPage {

    static final int LISTED = 100;

    private final AsOfPages pages;
    private final Ask ask;

    public ActorPage(AsOfPages pages, Ask ask) {
        this.pages = pages;
        this.ask = ask;
    }

    @GetMapping("/actors")
    String index(@RequestParam(name = "name", required = false) String name, Model model) {
        String typed = name == null ? "" : name.strip();
        model.addAttribute("name", typed);
        model.addAttribute("listed", LISTED);
        model.addAttribute("actors", ask.ask(ActorProjection.GROUP, null, new SearchActors(typed, LISTED), ActorMatches.class)
                .actors());
        return "actor/index";
    }

    @GetMapping("/actors/{id}")
    String actor(@PathVariable String id, @RequestParam(name = "asOf", required = false) String asOf,
                 @RequestParam(name = "at", required = false) Long at, HttpServletRequest request, Model model) {
        ActorView actor = pages.record("actor", id, asOf, at, ActorProjection.GROUP, moment -> new FindActor(id, moment),
                ActorView.class, request, model);
        model.addAttribute("people", new People(actor.actorId(), names(others(actor), AsOf.parse(asOf))));
        return "actor/actor";
    }

    /** Who else the actor's visits and meetings name: shown by name, not by id. */
    static Set<String> others(ActorView actor) {
        Set<String> ids = new LinkedHashSet<>();
        actor.visitsMade().forEach(visit -> ids.addAll(visit.hostIds()));
        actor.visitsHosted().forEach(visit -> ids.addAll(visit.visitorIds()));
        actor.meetings().forEach(meeting -> ids.addAll(meeting.participantIds()));
        ids.remove(actor.actorId());
        return ids;
    }

    /** The others a line of the page names, by name ({@code ${people.others(m.participantIds())}}). */
    public record People(String self, Map<String, String> names) {

        public List<String> others(List<String> ids) {
            // The template renders the fragment's own definition too, without ids.
            return ids == null ? List.of() : ids.stream().filter(other -> !other.equals(self)).toList();
        }

        public String name(String id) {
            return names.getOrDefault(id, id);
        }
    }

    /** Each actor's name as it stood at the moment the page shows; an id no longer known stays an id. */
    private Map<String, String> names(Set<String> ids, Instant moment) {
        Map<String, String> names = new HashMap<>();
        for (String other : ids) {
            ActorView found = ask.ask(ActorProjection.GROUP, null, new FindActor(other, moment), ActorView.class);
            names.put(other, found == null ? other : found.name());
        }
        return names;
    }
}
