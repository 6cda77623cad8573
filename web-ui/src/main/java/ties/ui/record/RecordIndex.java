package ties.ui.record;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The editor's start: the forms, a way to open the forms about a recorded fact by its id, and the report
 * being worked from (its source, remembered per session).
 */
@Controller
@Hidden
// Forms lead to pages that show what was recorded: a node that runs both sides.
@ConditionalOnExpression("${ties.command-side.enabled:true} and ${ties.query-side.enabled:true}")
public class RecordIndex {

    private final Editor editor;

    public RecordIndex(Editor editor) {
        this.editor = editor;
    }

    /** The forms about a recorded fact, by the path under /record that opens one for a record's id. */
    static final Map<String, String> CHANGES = changes(
            "actors/correction", "Correct an actor",
            "actors/alias", "Add an alias to an actor",
            "actors/role", "Record a role an actor held",
            "visits/correction", "Correct a visit",
            "visits/meeting", "Add a meeting to a visit",
            "statements/correction", "Correct a statement",
            "initiatives/correction", "Correct an initiative",
            "initiatives/status", "Move an initiative's status",
            "agreements/correction", "Correct an agreement",
            "engagements/correction", "Correct an engagement",
            "engagements/state", "Move an engagement's state",
            "obstacles/correction", "Correct an obstacle to a relationship",
            "initiatives/series", "Link an engagement series to an initiative");

    @GetMapping("/record")
    String index(HttpSession session, Model model) {
        model.addAttribute("source", described(editor.fresh(session)));
        model.addAttribute("changes", CHANGES);
        return "record/index";
    }

    /** The labels the forms give the source fields, for showing the remembered report as the forms asked for it. */
    private static final Map<String, String> SOURCE_LABELS = Map.of("source.publisher", "Publisher", "source.url", "Link",
            "source.reference", "Reference", "source.published", "Published on", "source.attribution", "Citing",
            "confidence", "Confidence");

    /** The remembered report under the forms' labels, the confidence as read ("high"), empty fields left out. */
    static Map<String, String> described(Map<String, String> source) {
        Map<String, String> described = new LinkedHashMap<>();
        source.forEach((field, value) -> {
            if (value != null && !value.isBlank() && SOURCE_LABELS.containsKey(field)) {
                described.put(SOURCE_LABELS.get(field), field.equals("confidence") ? value.toLowerCase(Locale.ROOT) : value);
            }
        });
        return described;
    }

    /** Opens the form chosen on the index for the record named there. */
    @GetMapping("/record/change")
    String change(@RequestParam String form, @RequestParam String id) {
        if (!CHANGES.containsKey(form)) {
            throw new IllegalArgumentException("'" + form + "' is not a form of this editor");
        }
        String[] path = form.split("/");
        return "redirect:" + UriComponentsBuilder.fromPath("/record/{records}/{id}/{form}")
                .buildAndExpand(path[0], id.strip(), path[1]).encode().toUriString();
    }

    private static Map<String, String> changes(String... pathsAndLabels) {
        Map<String, String> changes = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndLabels.length; i += 2) {
            changes.put(pathsAndLabels[i], pathsAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(changes);
    }

    /** Starts on another report: the next form's source fields are empty. */
    @PostMapping("/record/new-report")
    String newReport(HttpSession session) {
        editor.forget(session);
        return "redirect:/record";
    }
}
