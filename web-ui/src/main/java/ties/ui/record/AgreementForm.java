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
import ties.agreement.AgreementFacts;
import ties.agreement.AgreementKind;
import ties.agreement.AgreementView;
import ties.agreement.CorrectAgreement;
import ties.agreement.FindAgreement;
import ties.agreement.RecordAgreement;
import ties.agreement.Signatory;
import ties.command.web.Slugs;
import ties.fact.CountryCode;
import ties.query.actor.ActorProjection;
import ties.query.web.Ask;
import ties.query.web.QueryParameters;
import ties.record.RecordRef;
import ties.record.RecordType;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Records an agreement: its parties, who signed (one per line: actor id; the country signed for; the
 * title at signing), when, what it covers; and corrects a recorded one from the same form.
 */
@Controller
@Hidden
// Forms lead to pages that show what was recorded: a node that runs both sides.
@ConditionalOnExpression("${ties.command-side.enabled:true} and ${ties.query-side.enabled:true}")
public class AgreementForm {

    static final List<String> FIELDS = Forms.withSource("id", "title", "kind", "partyIds", "signatories", "signed",
            "topics", "initiativeIds", "occasion", "summary", "reason");

    private final Editor editor;
    private final Ask ask;

    public AgreementForm(Editor editor, Ask ask) {
        this.editor = editor;
        this.ask = ask;
    }

    @GetMapping("/record/agreement")
    String form(HttpSession session, Model model) {
        Editor.show(model, editor.fresh(session), null);
        return page(model);
    }

    @PostMapping("/record/agreement")
    String record(@RequestParam MultiValueMap<String, String> form, Principal who, HttpSession session, Model model,
                  RedirectAttributes redirect) {
        Editor.Entry entry = editor.entry(form, who, session, model, redirect);
        FormInput input = entry.input();
        String id = Optional.ofNullable(input.text("id")).orElseGet(() -> Slugs.from(input.text("title")));
        return entry.send(new RecordAgreement(id, facts(input)), FIELDS, () -> page(model),
                "Agreement recorded as " + id + ".", "/record");
    }

    @GetMapping("/record/agreements/{id}/correction")
    String correctionForm(@PathVariable String id, HttpSession session, Model model) {
        AgreementFacts current = QueryParameters.found(ask.ask(ActorProjection.GROUP, null, new FindAgreement(id, null),
                AgreementView.class), "agreement", id).agreement();
        Map<String, String> values = editor.fresh(session);
        values.put("title", current.title());
        values.put("kind", current.kind().name());
        values.put("partyIds", String.join(", ", current.partyIds()));
        values.put("signatories", current.signatories().stream().map(s -> s.actorId() + "; "
                + (s.onBehalfOf() == null ? "" : s.onBehalfOf().code()) + "; " + Objects.requireNonNullElse(s.titleAtSigning(), ""))
                .collect(Collectors.joining("\n")));
        values.put("signed", current.signed().text());
        values.put("topics", String.join(", ", current.topics()));
        values.put("initiativeIds", String.join(", ", current.initiativeIds()));
        Forms.put(values, "occasion", current.occasion() == null ? null : current.occasion().id());
        Forms.put(values, "summary", current.summary());
        editor.open(model, values, id);
        model.addAttribute("correcting", id);
        return page(model);
    }

    @PostMapping("/record/agreements/{id}/correction")
    String correct(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Principal who,
                   HttpSession session, Model model, RedirectAttributes redirect) {
        Editor.Entry entry = editor.entry(form, who, session, model, redirect);
        FormInput input = entry.input();
        CorrectAgreement command = new CorrectAgreement(id, input.text("reason"), facts(input), input.expectedVersion());
        return entry.send(command, FIELDS, () -> {
            model.addAttribute("correcting", id);
            return page(model);
        }, "Correction of agreement " + id + " recorded.", "/record");
    }

    private static AgreementFacts facts(FormInput input) {
        String occasion = input.text("occasion");
        return new AgreementFacts(input.text("title"), input.choice("kind", AgreementKind.class), input.list("partyIds"),
                signatories(input), input.date("signed"), input.list("topics"), input.list("initiativeIds"),
                occasion == null ? null : new RecordRef(RecordType.VISIT, occasion), input.text("summary"),
                input.provenance());
    }

    /** "hatami; IR; Defense Minister" per line: who signed, for which country, under what title. */
    private static List<Signatory> signatories(FormInput input) {
        String text = input.text("signatories");
        List<Signatory> signatories = new ArrayList<>();
        if (text == null) {
            return signatories;
        }
        for (String line : text.split("\\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = Arrays.stream(line.split(";", 3)).map(String::strip).toArray(String[]::new);
            CountryCode country = null;
            if (parts.length > 1 && !parts[1].isEmpty()) {
                try {
                    country = CountryCode.of(parts[1]);
                } catch (IllegalArgumentException e) {
                    input.errors().put("signatories", e.getMessage());
                }
            }
            signatories.add(new Signatory(parts[0], country, parts.length > 2 && !parts[2].isEmpty() ? parts[2] : null));
        }
        return signatories;
    }

    private static String page(Model model) {
        model.addAttribute("kinds", AgreementKind.values());
        return "record/agreement";
    }
}
