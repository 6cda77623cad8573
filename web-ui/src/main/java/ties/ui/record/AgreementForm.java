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
import ties.agreement.AgreementFacts;
import ties.agreement.AgreementKind;
import ties.agreement.RecordAgreement;
import ties.agreement.Signatory;
import ties.command.web.Slugs;
import ties.fact.CountryCode;
import ties.record.RecordRef;
import ties.record.RecordType;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Records an agreement: its parties, who signed (one per line: actor id; the country signed for; the
 * title at signing), when, what it covers.
 */
@Controller
@Hidden
// Forms lead to pages that show what was recorded: a node that runs both sides.
@ConditionalOnExpression("${ties.command-side.enabled:true} and ${ties.query-side.enabled:true}")
public class AgreementForm {

    static final List<String> FIELDS = Forms.withSource("id", "title", "kind", "partyIds", "signatories", "signed",
            "topics", "initiativeIds", "occasion", "summary");

    private final Editor editor;

    public AgreementForm(Editor editor) {
        this.editor = editor;
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
        String occasion = input.text("occasion");
        RecordAgreement command = new RecordAgreement(id, new AgreementFacts(input.text("title"),
                input.choice("kind", AgreementKind.class), input.list("partyIds"), signatories(input),
                input.date("signed"), input.list("topics"), input.list("initiativeIds"),
                occasion == null ? null : new RecordRef(RecordType.VISIT, occasion), input.text("summary"),
                input.provenance()));
        return entry.send(command, FIELDS, () -> page(model), "Agreement recorded as " + id + ".", "/record");
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
