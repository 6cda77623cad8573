package ties.ui.record;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ties.actor.ActorFacts;
import ties.actor.ActorKind;
import ties.actor.RegisterActor;
import ties.command.web.Slugs;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

/** Registers an actor; the name field lists actors already registered under a like name or alias. */
@Controller
@Hidden
// Forms lead to pages that show what was recorded: a node that runs both sides.
@ConditionalOnExpression("${ties.command-side.enabled:true} and ${ties.query-side.enabled:true}")
public class ActorForm {

    static final List<String> FIELDS = Forms.withSource("id", "kind", "name", "aliases", "country");

    private final Editor editor;

    public ActorForm(Editor editor) {
        this.editor = editor;
    }

    @GetMapping("/record/actor")
    String form(HttpSession session, Model model) {
        Editor.show(model, editor.fresh(session), null);
        return page(model);
    }

    @PostMapping("/record/actor")
    String record(@RequestParam MultiValueMap<String, String> form, Principal who, HttpSession session, Model model,
                  RedirectAttributes redirect) {
        Editor.Entry entry = editor.entry(form, who, session, model, redirect);
        FormInput input = entry.input();
        String id = Optional.ofNullable(input.text("id")).orElseGet(() -> Slugs.from(input.text("name")));
        RegisterActor command = new RegisterActor(id, new ActorFacts(input.choice("kind", ActorKind.class), input.text("name"),
                input.list("aliases"), input.country("country"), input.provenance()));
        return entry.send(command, FIELDS, () -> page(model), "Actor '" + input.text("name") + "' registered as " + id + ".",
                "/actors/" + id);
    }

    private static String page(Model model) {
        model.addAttribute("kinds", ActorKind.values());
        return "record/actor";
    }
}
