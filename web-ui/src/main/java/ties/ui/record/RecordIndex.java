package ties.ui.record;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The editor's start: the forms, and the report being worked from (its source, remembered per session). */
@Controller
@Hidden
// Forms lead to pages that show what was recorded: a node that runs both sides.
@ConditionalOnExpression("${ties.command-side.enabled:true} and ${ties.query-side.enabled:true}")
public class RecordIndex {

    private final Editor editor;

    public RecordIndex(Editor editor) {
        this.editor = editor;
    }

    @GetMapping("/record")
    String index(HttpSession session, Model model) {
        model.addAttribute("source", editor.fresh(session));
        return "record/index";
    }

    /** Starts on another report: the next form's source fields are empty. */
    @PostMapping("/record/new-report")
    String newReport(HttpSession session) {
        editor.forget(session);
        return "redirect:/record";
    }
}
