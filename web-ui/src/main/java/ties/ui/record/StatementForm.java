package ties.ui.record;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ties.command.web.Slugs;
import ties.fact.Language;
import ties.statement.RecordStatement;
import ties.statement.Speaker;
import ties.statement.StatementFacts;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

/** Records a statement: who said it (a registered actor, or a speaker as the report describes them), what, when. */
@Controller
@Hidden
@ConditionalOnProperty(name = "ties.command-side.enabled", havingValue = "true", matchIfMissing = true)
public class StatementForm {

    static final List<String> FIELDS = Forms.withSource("id", "speaker.actorId", "speaker.description", "form", "text",
            "language", "occurred", "occasionVisitId", "topics", "initiativeIds");

    private final Editor editor;

    public StatementForm(Editor editor) {
        this.editor = editor;
    }

    @GetMapping("/record/statement")
    String form(HttpSession session, Model model) {
        Editor.show(model, editor.fresh(session), null);
        return page(model);
    }

    @PostMapping("/record/statement")
    String record(@RequestParam MultiValueMap<String, String> form, Principal who, HttpSession session, Model model,
                  RedirectAttributes redirect) {
        FormInput input = new FormInput(form);
        String id = Optional.ofNullable(input.text("id")).orElseGet(() -> Slugs.from(
                Optional.ofNullable(input.text("speaker.actorId")).orElse("statement") + " "
                        + Optional.ofNullable(input.text("text")).orElse("")));
        Language language = null;
        if (input.text("language") != null) {
            try {
                language = Language.of(input.text("language"));
            } catch (IllegalArgumentException e) {
                input.errors().put("language", e.getMessage());
            }
        }
        RecordStatement command = new RecordStatement(id, new StatementFacts(
                new Speaker(input.text("speaker.actorId"), input.text("speaker.description")),
                input.choice("form", ties.statement.StatementForm.class), input.text("text"), language,
                input.date("occurred"), input.text("occasionVisitId"), input.list("topics"), input.list("initiativeIds"),
                input.provenance()));
        Optional<Refusal> refusal = input.errors().isEmpty() ? editor.send(command, who, FIELDS, false, "")
                : Optional.of(Refusal.ofInput(input.errors()));
        if (refusal.isPresent()) {
            Editor.show(model, input.values(), refusal.get());
            return page(model);
        }
        editor.remember(session, input);
        redirect.addFlashAttribute("recorded", "Statement recorded as " + id + ".");
        return "redirect:/record?at=" + editor.position();
    }

    private static String page(Model model) {
        model.addAttribute("forms", ties.statement.StatementForm.values());
        return "record/statement";
    }
}
