package ties.ui.record;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ties.command.scenario.ImportReport;
import ties.command.scenario.ScenarioImport;

import java.io.IOException;
import java.security.Principal;
import java.util.UUID;

/**
 * Imports a scenario file (docs/scenario-format.md) in two steps: upload it and read the dry run's
 * report (every problem with its position), then record it. The file waits in the session between
 * the two, so that what is recorded is exactly what was checked.
 */
@Controller
@Hidden
// Forms lead to pages that show what was recorded: a node that runs both sides.
@ConditionalOnExpression("${ties.command-side.enabled:true} and ${ties.query-side.enabled:true}")
public class ImportPage {

    static final String PENDING = ImportPage.class.getName() + ".pending";

    private final ScenarioImport scenarios;

    public ImportPage(ScenarioImport scenarios) {
        this.scenarios = scenarios;
    }

    /** A checked scenario waiting to be recorded. */
    record Pending(String name, byte[] content) {
    }

    @GetMapping("/import")
    String form() {
        return "record/import";
    }

    @PostMapping("/import")
    String check(@RequestParam("scenario") MultipartFile file, HttpSession session, Model model) throws IOException {
        byte[] content = file.getBytes();
        try {
            ImportReport report = scenarios.validate(content);
            model.addAttribute("report", report);
            if (report.ok()) {
                session.setAttribute(PENDING, new Pending(file.getOriginalFilename(), content));
            }
        } catch (ScenarioImport.MalformedScenarioException e) {
            model.addAttribute("malformed", e.getMessage());
        }
        model.addAttribute("file", file.getOriginalFilename());
        return "record/import";
    }

    @PostMapping("/import/record")
    String record(HttpSession session, Principal who, Model model) {
        Pending pending = (Pending) session.getAttribute(PENDING);
        if (pending == null) {
            throw new IllegalArgumentException("no checked scenario is waiting: upload it again");
        }
        session.removeAttribute(PENDING);
        model.addAttribute("report", scenarios.run(pending.content(), who.getName(), "ui-import-" + UUID.randomUUID()));
        model.addAttribute("file", pending.name());
        model.addAttribute("recordedImport", true);
        return "record/import";
    }
}
