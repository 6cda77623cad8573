package ties.ui.record;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ties.actor.ActorMatches;
import ties.actor.SearchActors;
import ties.statement.SearchStatements;
import ties.statement.StatementMatches;
import ties.query.actor.ActorProjection;
import ties.query.statement.StatementProjection;
import ties.query.web.Ask;

import java.util.List;
import java.util.Map;

/**
 * Pickers for records that exist, as the editor types: actors by name or alias (the API's name
 * search), statements by their words. The field may hold a list ("bagheri, mun"): the last entry is
 * what is being typed. On the actor form the same search warns of an actor already registered under
 * that name or alias.
 */
@Controller
@Hidden
@ConditionalOnProperty(name = "ties.query-side.enabled", havingValue = "true", matchIfMissing = true)
public class Pickers {

    private static final int SHOWN = 8;

    private final Ask ask;

    public Pickers(Ask ask) {
        this.ask = ask;
    }

    @GetMapping("/record/pick/actors")
    String actors(@RequestParam String target, @RequestParam Map<String, String> form, Model model) {
        String typed = typed(form.get(target));
        model.addAttribute("target", target);
        model.addAttribute("actors", typed.length() < 2 ? List.of()
                : ask.ask(ActorProjection.GROUP, null, new SearchActors(typed, SHOWN), ActorMatches.class).actors());
        return target.equals("name") ? "record/fields :: similar" : "record/fields :: actorChoices";
    }

    @GetMapping("/record/pick/statements")
    String statements(@RequestParam String target, @RequestParam Map<String, String> form, Model model) {
        String typed = typed(form.get(target));
        model.addAttribute("target", target);
        model.addAttribute("statements", typed.length() < 2 ? List.of()
                : ask.ask(StatementProjection.GROUP, null, new SearchStatements(typed, null, null, null, SHOWN),
                StatementMatches.class).statements());
        return "record/fields :: statementChoices";
    }

    /** The entry being typed: the last of a list. */
    private static String typed(String value) {
        if (value == null) {
            return "";
        }
        String[] parts = value.split(",");
        return parts.length == 0 ? "" : parts[parts.length - 1].strip();
    }
}
