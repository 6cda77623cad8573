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
import ties.actor.WithdrawActor;
import ties.agreement.WithdrawAgreement;
import ties.engagement.WithdrawEngagement;
import ties.initiative.WithdrawInitiative;
import ties.obstacle.WithdrawRelationshipObstacle;
import ties.record.RecordType;
import ties.statement.WithdrawStatement;
import ties.visit.WithdrawVisit;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Withdraws any record with a reason. When the page was opened from a view that showed the record's
 * version, the withdrawal carries it: a record changed since is not withdrawn unseen.
 */
@Controller
@Hidden
// Forms lead to pages that show what was recorded: a node that runs both sides.
@ConditionalOnExpression("${ties.command-side.enabled:true} and ${ties.query-side.enabled:true}")
public class WithdrawalForm {

    static final List<String> FIELDS = List.of("reason", "expectedVersion");

    private final Editor editor;

    public WithdrawalForm(Editor editor) {
        this.editor = editor;
    }

    @GetMapping("/record/withdrawal/{type}/{id}")
    String form(@PathVariable String type, @PathVariable String id,
                @RequestParam(required = false) Long version, Model model) {
        Map<String, String> values = new HashMap<>();
        if (version != null) {
            values.put("expectedVersion", version.toString());
        }
        Editor.show(model, values, null);
        return page(model, type(type), id);
    }

    @PostMapping("/record/withdrawal/{type}/{id}")
    String withdraw(@PathVariable String type, @PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                    Principal who, HttpSession session, Model model, RedirectAttributes redirect) {
        RecordType recordType = type(type);
        Editor.Entry entry = editor.entry(form, who, session, model, redirect);
        String reason = entry.input().text("reason");
        Long version = entry.input().expectedVersion();
        Object command = switch (recordType) {
            case ACTOR -> new WithdrawActor(id, reason, version);
            case VISIT -> new WithdrawVisit(id, reason, version);
            case STATEMENT -> new WithdrawStatement(id, reason, version);
            case INITIATIVE -> new WithdrawInitiative(id, reason, version);
            case AGREEMENT -> new WithdrawAgreement(id, reason, version);
            case ENGAGEMENT -> new WithdrawEngagement(id, reason, version);
            case OBSTACLE -> new WithdrawRelationshipObstacle(id, reason, version);
        };
        return entry.send(command, FIELDS, () -> page(model, recordType, id), recordType.label() + " " + id + " withdrawn.",
                "/record");
    }

    private static RecordType type(String type) {
        try {
            return RecordType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + type + "' is not a kind of record");
        }
    }

    private static String page(Model model, RecordType type, String id) {
        model.addAttribute("type", type);
        model.addAttribute("recordId", id);
        return "record/withdrawal";
    }
}
