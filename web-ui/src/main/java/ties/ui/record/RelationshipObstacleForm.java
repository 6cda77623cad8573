package ties.ui.record;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpSession;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ties.command.web.Slugs;
import ties.fact.CountryCode;
import ties.initiative.ObstacleKind;
import ties.obstacle.CorrectRelationshipObstacle;
import ties.obstacle.RecordRelationshipObstacle;
import ties.obstacle.RelationshipObstacleEvent.RelationshipObstacleCorrected;
import ties.obstacle.RelationshipObstacleEvent.RelationshipObstacleRecorded;
import ties.obstacle.RelationshipObstacleFacts;
import ties.query.web.QueryParameters;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records an obstacle to a whole relationship (sanctions on Iran, pressure on Pakistan) against the
 * countries concerned and the initiatives it holds back, and corrects one (linking or unlinking an
 * initiative is a correction).
 */
@Controller
@Hidden
// Forms lead to pages that show what was recorded: a node that runs both sides.
@ConditionalOnExpression("${ties.command-side.enabled:true} and ${ties.query-side.enabled:true}")
public class RelationshipObstacleForm {

    static final List<String> FIELDS = Forms.withSource("id", "kind", "description", "countries", "initiativeIds",
            "occurred", "reason");

    private final Editor editor;
    private final EventStore events;

    public RelationshipObstacleForm(Editor editor, EventStore events) {
        this.editor = editor;
        this.events = events;
    }

    @GetMapping("/record/obstacle")
    String form(HttpSession session, Model model) {
        Editor.show(model, editor.fresh(session), null);
        return page(model, null);
    }

    @PostMapping("/record/obstacle")
    String record(@RequestParam MultiValueMap<String, String> form, Principal who, HttpSession session, Model model,
                  RedirectAttributes redirect) {
        Editor.Entry entry = editor.entry(form, who, session, model, redirect);
        FormInput input = entry.input();
        String id = Optional.ofNullable(input.text("id")).orElseGet(() -> Slugs.from(input.text("kind") + " "
                + String.join(" ", input.list("countries"))));
        return entry.send(new RecordRelationshipObstacle(id, facts(input)), FIELDS, () -> page(model, null),
                "Obstacle recorded as " + id + ".", "/record");
    }

    @GetMapping("/record/obstacles/{id}/correction")
    String correctionForm(@PathVariable String id, HttpSession session, Model model) {
        RelationshipObstacleFacts current = current(id);
        Map<String, String> values = editor.fresh(session);
        values.put("kind", current.kind().name());
        values.put("description", current.description());
        values.put("countries", String.join(", ", current.countries().stream().map(CountryCode::code).toList()));
        values.put("initiativeIds", String.join(", ", current.initiativeIds()));
        values.put("occurred", current.occurred().text());
        editor.open(model, values, id);
        return page(model, id);
    }

    @PostMapping("/record/obstacles/{id}/correction")
    String correct(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Principal who,
                   HttpSession session, Model model, RedirectAttributes redirect) {
        Editor.Entry entry = editor.entry(form, who, session, model, redirect);
        FormInput input = entry.input();
        CorrectRelationshipObstacle command = new CorrectRelationshipObstacle(id, input.text("reason"), facts(input),
                input.expectedVersion());
        return entry.send(command, FIELDS, () -> page(model, id), "Correction of obstacle " + id + " recorded.", "/record");
    }

    private static RelationshipObstacleFacts facts(FormInput input) {
        return new RelationshipObstacleFacts(input.choice("kind", ObstacleKind.class), input.text("description"),
                input.countries("countries"), input.list("initiativeIds"), input.date("occurred"), input.provenance());
    }

    /** Its facts as last recorded, from its own events: no read model keeps an obstacle whole (with its initiatives). */
    private RelationshipObstacleFacts current(String id) {
        RelationshipObstacleFacts[] facts = {null};
        events.readEvents(id).asStream().map(event -> event.getPayload()).forEach(payload -> {
            if (payload instanceof RelationshipObstacleRecorded recorded) {
                facts[0] = recorded.obstacle();
            } else if (payload instanceof RelationshipObstacleCorrected corrected) {
                facts[0] = corrected.corrected();
            }
        });
        return QueryParameters.found(facts[0], "obstacle", id);
    }

    private static String page(Model model, String correcting) {
        model.addAttribute("kinds", ObstacleKind.values());
        model.addAttribute("correcting", correcting);
        return "record/relationship-obstacle";
    }
}
