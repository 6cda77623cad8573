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
import ties.fact.Language;
import ties.query.statement.StatementProjection;
import ties.query.web.Ask;
import ties.query.web.QueryParameters;
import ties.statement.CorrectStatement;
import ties.statement.FindStatement;
import ties.statement.RecordStatement;
import ties.statement.StatementView;
import ties.statement.Speaker;
import ties.statement.StatementFacts;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Records a statement: who said it (a registered actor, or a speaker as the report describes them), what, when. */
@Controller
@Hidden
// The correction shows the statement as it stands: a node that runs both sides.
@ConditionalOnExpression("${ties.command-side.enabled:true} and ${ties.query-side.enabled:true}")
public class StatementForm {

    static final List<String> FIELDS = Forms.withSource("id", "speaker.actorId", "speaker.description", "form", "text",
            "language", "occurred", "occasionVisitId", "topics", "initiativeIds", "reason");

    private final Editor editor;
    private final Ask ask;

    public StatementForm(Editor editor, Ask ask) {
        this.editor = editor;
        this.ask = ask;
    }

    @GetMapping("/record/statement")
    String form(HttpSession session, Model model) {
        Editor.show(model, editor.fresh(session), null);
        return page(model);
    }

    @PostMapping("/record/statement")
    String record(@RequestParam MultiValueMap<String, String> form, Principal who, HttpSession session, Model model,
                  RedirectAttributes redirect) {
        Editor.Entry entry = editor.entry(form, who, session, model, redirect);
        FormInput input = entry.input();
        String id = Optional.ofNullable(input.text("id")).orElseGet(() -> Slugs.from(
                Optional.ofNullable(input.text("speaker.actorId")).orElse("statement") + " "
                        + Optional.ofNullable(input.text("text")).orElse("")));
        return entry.send(new RecordStatement(id, facts(input)), FIELDS, () -> page(model),
                "Statement recorded as " + id + ".", "/record");
    }

    @GetMapping("/record/statements/{id}/correction")
    String correctionForm(@PathVariable String id, HttpSession session, Model model) {
        StatementView current = QueryParameters.found(ask.ask(StatementProjection.GROUP, null, new FindStatement(id),
                StatementView.class), "statement", id);
        Map<String, String> values = editor.fresh(session);
        Forms.put(values, "speaker.actorId", current.speaker().actorId());
        Forms.put(values, "speaker.description", current.speaker().description());
        values.put("form", current.form().name());
        values.put("text", current.text());
        Forms.put(values, "language", current.language() == null ? null : current.language().code());
        values.put("occurred", current.occurred().text());
        Forms.put(values, "occasionVisitId", current.occasionVisitId());
        values.put("topics", String.join(", ", current.topics()));
        values.put("initiativeIds", String.join(", ", current.initiativeIds()));
        editor.open(model, values, id);
        model.addAttribute("correcting", id);
        return page(model);
    }

    @PostMapping("/record/statements/{id}/correction")
    String correct(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Principal who,
                   HttpSession session, Model model, RedirectAttributes redirect) {
        Editor.Entry entry = editor.entry(form, who, session, model, redirect);
        FormInput input = entry.input();
        CorrectStatement command = new CorrectStatement(id, input.text("reason"), facts(input), input.expectedVersion());
        return entry.send(command, FIELDS, () -> {
            model.addAttribute("correcting", id);
            return page(model);
        }, "Correction of statement " + id + " recorded.", "/record");
    }

    private static StatementFacts facts(FormInput input) {
        Language language = null;
        if (input.text("language") != null) {
            try {
                language = Language.of(input.text("language"));
            } catch (IllegalArgumentException e) {
                input.errors().put("language", e.getMessage());
            }
        }
        return new StatementFacts(new Speaker(input.text("speaker.actorId"), input.text("speaker.description")),
                input.choice("form", ties.statement.StatementForm.class), input.text("text"), language,
                input.date("occurred"), input.text("occasionVisitId"), input.list("topics"), input.list("initiativeIds"),
                input.provenance());
    }

    private static String page(Model model) {
        model.addAttribute("forms", ties.statement.StatementForm.values());
        return "record/statement";
    }
}
