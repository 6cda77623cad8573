package ties.ui.record;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpSession;
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
import ties.initiative.ChangeInitiativeStatus;
import ties.initiative.Completion;
import ties.initiative.CorrectInitiative;
import ties.initiative.FindInitiative;
import ties.initiative.InitiativeFacts;
import ties.initiative.InitiativeKind;
import ties.initiative.InitiativeStatus;
import ties.initiative.InitiativeView;
import ties.initiative.LinkEngagementSeries;
import ties.initiative.ObstacleFacts;
import ties.initiative.ObstacleKind;
import ties.initiative.ProposeInitiative;
import ties.initiative.RecordObstacle;
import ties.initiative.SeriesLink;
import ties.initiative.StatusChange;
import ties.query.board.InitiativeBoardProjection;
import ties.query.web.Ask;
import ties.query.web.QueryParameters;
import ties.record.RecordRef;
import ties.record.RecordType;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The initiative's forms: propose one, move its status with the evidence, record an obstacle, link the
 * series of engagements that implements it, correct its facts. Changes to an existing initiative carry the version the page showed, so that a change made
 * from a stale page is refused as such and the editor is offered the current one.
 */
@Controller
@Hidden
// They show the initiative as it stands: a node that runs both sides.
@ConditionalOnExpression("${ties.command-side.enabled:true} and ${ties.query-side.enabled:true}")
public class InitiativeForms {

    static final List<String> FACT_FIELDS = Forms.withSource("id", "title", "kind", "parties", "proposedBy",
            "description", "occurred", "statementIds", "target", "reason");
    static final List<String> STATUS_FIELDS = Forms.withSource("changeId", "status", "completion", "reopen", "occurred",
            "statementIds", "agreementIds", "occasion", "target", "note");
    static final List<String> OBSTACLE_FIELDS = Forms.withSource("obstacleId", "kind", "description", "occurred");
    static final List<String> SERIES_FIELDS = Forms.withSource("seriesId", "note");

    private final Editor editor;
    private final Ask ask;

    public InitiativeForms(Editor editor, Ask ask) {
        this.editor = editor;
        this.ask = ask;
    }

    @GetMapping("/record/initiative")
    String proposeForm(HttpSession session, Model model) {
        Editor.show(model, editor.fresh(session), null);
        return factsPage(model, null);
    }

    @PostMapping("/record/initiative")
    String propose(@RequestParam MultiValueMap<String, String> form, Principal who, HttpSession session, Model model,
                   RedirectAttributes redirect) {
        Editor.Entry entry = editor.entry(form, who, session, model, redirect);
        FormInput input = entry.input();
        String id = Optional.ofNullable(input.text("id")).orElseGet(() -> Slugs.from(input.text("title")));
        return entry.send(new ProposeInitiative(id, facts(input)), FACT_FIELDS, () -> factsPage(model, null),
                "Initiative proposed as " + id + ".", "/initiatives/" + id);
    }

    @GetMapping("/record/initiatives/{id}/correction")
    String correctionForm(@PathVariable String id, HttpSession session, Model model) {
        InitiativeView current = current(id);
        Map<String, String> values = editor.fresh(session);
        values.put("title", current.title());
        values.put("kind", current.kind().name());
        values.put("parties", String.join(", ", current.parties().stream().map(Object::toString).toList()));
        Forms.put(values, "proposedBy", current.proposedBy());
        Forms.put(values, "description", current.description());
        values.put("occurred", current.proposed().text());
        values.put("statementIds", String.join(", ", current.history().get(0).statementIds()));
        if (current.target() != null) {
            values.put("target", current.target().text());
        }
        Editor.open(model, values, current.version());
        return factsPage(model, current);
    }

    @PostMapping("/record/initiatives/{id}/correction")
    String correct(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Principal who,
                   HttpSession session, Model model, RedirectAttributes redirect) {
        Editor.Entry entry = editor.entry(form, who, session, model, redirect);
        FormInput input = entry.input();
        CorrectInitiative command = new CorrectInitiative(id, input.text("reason"), facts(input), input.expectedVersion());
        return entry.send(command, FACT_FIELDS, () -> factsPage(model, current(id)), "Correction recorded.",
                "/initiatives/" + id);
    }

    @GetMapping("/record/initiatives/{id}/status")
    String statusForm(@PathVariable String id, HttpSession session, Model model) {
        InitiativeView current = current(id);
        Map<String, String> values = editor.fresh(session);
        Editor.open(model, values, current.version());
        return statusPage(model, current);
    }

    @PostMapping("/record/initiatives/{id}/status")
    String changeStatus(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Principal who,
                        HttpSession session, Model model, RedirectAttributes redirect) {
        Editor.Entry entry = editor.entry(form, who, session, model, redirect);
        FormInput input = entry.input();
        String occasion = input.text("occasion");
        StatusChange change = new StatusChange(input.text("changeId"), input.choice("status", InitiativeStatus.class),
                input.choice("completion", Completion.class), input.checked("reopen"), input.date("occurred"),
                input.provenance(), input.list("statementIds"), input.list("agreementIds"),
                occasion == null ? null : new RecordRef(RecordType.VISIT, occasion), input.date("target"),
                input.text("note"));
        return entry.send(new ChangeInitiativeStatus(id, change, input.expectedVersion()), STATUS_FIELDS,
                () -> statusPage(model, current(id)), "Status moved.", "/initiatives/" + id);
    }

    @GetMapping("/record/initiatives/{id}/obstacle")
    String obstacleForm(@PathVariable String id, HttpSession session, Model model) {
        Editor.show(model, editor.fresh(session), null);
        return obstaclePage(model, current(id));
    }

    @PostMapping("/record/initiatives/{id}/obstacle")
    String recordObstacle(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Principal who,
                          HttpSession session, Model model, RedirectAttributes redirect) {
        Editor.Entry entry = editor.entry(form, who, session, model, redirect);
        FormInput input = entry.input();
        String obstacleId = Optional.ofNullable(input.text("obstacleId")).orElseGet(() -> Slugs.from(
                String.valueOf(input.text("kind"))));
        RecordObstacle command = new RecordObstacle(id, obstacleId, new ObstacleFacts(input.choice("kind", ObstacleKind.class),
                input.text("description"), input.date("occurred"), input.provenance()));
        return entry.send(command, OBSTACLE_FIELDS, () -> obstaclePage(model, current(id)), "Obstacle recorded.",
                "/initiatives/" + id);
    }

    /** A series of engagements that implements the initiative: its editions then show on the initiative's page. */
    @GetMapping("/record/initiatives/{id}/series")
    String seriesForm(@PathVariable String id, HttpSession session, Model model) {
        Editor.show(model, editor.fresh(session), null);
        return seriesPage(model, current(id));
    }

    @PostMapping("/record/initiatives/{id}/series")
    String linkSeries(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Principal who,
                      HttpSession session, Model model, RedirectAttributes redirect) {
        Editor.Entry entry = editor.entry(form, who, session, model, redirect);
        FormInput input = entry.input();
        LinkEngagementSeries command = new LinkEngagementSeries(id, input.text("seriesId"),
                new SeriesLink(input.text("note"), input.provenance()));
        return entry.send(command, SERIES_FIELDS, () -> seriesPage(model, current(id)), "Series linked.",
                "/initiatives/" + id);
    }

    private static InitiativeFacts facts(FormInput input) {
        return new InitiativeFacts(input.text("title"), input.choice("kind", InitiativeKind.class), input.countries("parties"),
                input.text("proposedBy"), input.text("description"), input.date("occurred"), input.list("statementIds"),
                input.date("target"), input.provenance());
    }

    private InitiativeView current(String id) {
        return QueryParameters.found(ask.ask(InitiativeBoardProjection.GROUP, null, new FindInitiative(id, null),
                InitiativeView.class), "initiative", id);
    }

    private static String factsPage(Model model, InitiativeView correcting) {
        model.addAttribute("kinds", InitiativeKind.values());
        model.addAttribute("initiative", correcting);
        return "record/initiative";
    }

    private static String statusPage(Model model, InitiativeView initiative) {
        model.addAttribute("statuses", InitiativeStatus.values());
        model.addAttribute("completions", Completion.values());
        model.addAttribute("initiative", initiative);
        return "record/status";
    }

    private static String seriesPage(Model model, InitiativeView initiative) {
        model.addAttribute("initiative", initiative);
        return "record/series";
    }

    private static String obstaclePage(Model model, InitiativeView initiative) {
        model.addAttribute("kinds", ObstacleKind.values());
        model.addAttribute("initiative", initiative);
        return "record/obstacle";
    }
}
