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
import ties.actor.ActorFacts;
import ties.actor.ActorKind;
import ties.actor.ActorView;
import ties.actor.AddActorAlias;
import ties.actor.CorrectActor;
import ties.actor.FindActor;
import ties.actor.RecordActorRole;
import ties.actor.RegisterActor;
import ties.actor.RoleFacts;
import ties.command.web.Slugs;
import ties.query.actor.ActorProjection;
import ties.query.web.Ask;
import ties.query.web.QueryParameters;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registers an actor (the name field lists actors already registered under a like name or alias),
 * corrects one, adds another spelling of its name, records a role it held. Changes to a registered
 * actor carry its version as the page opened.
 */
@Controller
@Hidden
// Forms lead to pages that show what was recorded: a node that runs both sides.
@ConditionalOnExpression("${ties.command-side.enabled:true} and ${ties.query-side.enabled:true}")
public class ActorForm {

    static final List<String> FIELDS = Forms.withSource("id", "kind", "name", "aliases", "country", "reason");
    static final List<String> ROLE_FIELDS = Forms.withSource("title", "organisationId", "country", "since", "until",
            "heldOn");

    private final Editor editor;
    private final Ask ask;

    public ActorForm(Editor editor, Ask ask) {
        this.editor = editor;
        this.ask = ask;
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
        return entry.send(new RegisterActor(id, facts(input)), FIELDS, () -> page(model),
                "Actor '" + input.text("name") + "' registered as " + id + ".", "/actors/" + id);
    }

    @GetMapping("/record/actors/{id}/correction")
    String correctionForm(@PathVariable String id, HttpSession session, Model model) {
        ActorView current = current(id);
        Map<String, String> values = editor.fresh(session);
        values.put("kind", current.kind().name());
        values.put("name", current.name());
        values.put("aliases", String.join(", ", current.aliases()));
        Forms.put(values, "country", current.country() == null ? null : current.country().code());
        editor.open(model, values, id);
        model.addAttribute("correcting", id);
        return page(model);
    }

    @PostMapping("/record/actors/{id}/correction")
    String correct(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Principal who,
                   HttpSession session, Model model, RedirectAttributes redirect) {
        Editor.Entry entry = editor.entry(form, who, session, model, redirect);
        FormInput input = entry.input();
        CorrectActor command = new CorrectActor(id, input.text("reason"), facts(input), input.expectedVersion());
        return entry.send(command, FIELDS, () -> {
            model.addAttribute("correcting", id);
            return page(model);
        }, "Correction of actor " + id + " recorded.", "/actors/" + id);
    }

    /** Another spelling of the name ("Baqeri"): the name search and the look-alike warning find the actor under it. */
    @GetMapping("/record/actors/{id}/alias")
    String aliasForm(@PathVariable String id, Model model) {
        Map<String, String> values = new HashMap<>();
        editor.open(model, values, id);
        return changePage(model, current(id), "record/alias");
    }

    @PostMapping("/record/actors/{id}/alias")
    String addAlias(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Principal who,
                    HttpSession session, Model model, RedirectAttributes redirect) {
        Editor.Entry entry = editor.entry(form, who, session, model, redirect);
        AddActorAlias command = new AddActorAlias(id, entry.input().text("alias"), entry.input().expectedVersion());
        return entry.send(command, List.of("alias"), () -> changePage(model, current(id), "record/alias"),
                "Alias '" + entry.input().text("alias") + "' added.", "/actors/" + id);
    }

    /** A title the actor held ("Chief of Army Staff"), over what time the report gives. */
    @GetMapping("/record/actors/{id}/role")
    String roleForm(@PathVariable String id, HttpSession session, Model model) {
        Map<String, String> values = editor.fresh(session);
        editor.open(model, values, id);
        return changePage(model, current(id), "record/role");
    }

    @PostMapping("/record/actors/{id}/role")
    String recordRole(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Principal who,
                      HttpSession session, Model model, RedirectAttributes redirect) {
        Editor.Entry entry = editor.entry(form, who, session, model, redirect);
        FormInput input = entry.input();
        RoleFacts role = new RoleFacts(input.text("title"), input.text("organisationId"), input.country("country"),
                input.date("since"), input.date("until"), input.date("heldOn"), input.provenance());
        return entry.send(new RecordActorRole(id, role, input.expectedVersion()), ROLE_FIELDS,
                () -> changePage(model, current(id), "record/role"), "Role '" + role.title() + "' recorded.", "/actors/" + id);
    }

    private static ActorFacts facts(FormInput input) {
        return new ActorFacts(input.choice("kind", ActorKind.class), input.text("name"), input.list("aliases"),
                input.country("country"), input.provenance());
    }

    private ActorView current(String id) {
        return QueryParameters.found(ask.ask(ActorProjection.GROUP, null, new FindActor(id, null), ActorView.class),
                "actor", id);
    }

    private static String changePage(Model model, ActorView actor, String page) {
        model.addAttribute("actor", actor);
        return page;
    }

    private static String page(Model model) {
        model.addAttribute("kinds", ActorKind.values());
        return "record/actor";
    }
}
