package ties.ui.record;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ties.command.scenario.ImportProgress;
import ties.command.scenario.ImportReport;
import ties.command.scenario.ScenarioImport;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Imports a scenario file (docs/scenario-format.md) in two steps: upload it and read the dry run's
 * report (every problem with its position), then record it. The file waits in the session between
 * the two, so that what is recorded is exactly what was checked. Recording runs in the background and
 * the page polls its progress (steps recorded of all) until the report; the run is kept in the
 * session of whoever started it, so that no one else sees it.
 */
@Controller
@Hidden
// Forms lead to pages that show what was recorded: a node that runs both sides.
@ConditionalOnExpression("${ties.command-side.enabled:true} and ${ties.query-side.enabled:true}")
public class ImportPage {

    private static final Logger log = LoggerFactory.getLogger(ImportPage.class);

    static final String PENDING = ImportPage.class.getName() + ".pending";
    static final String RUNNING = ImportPage.class.getName() + ".running";

    private final ScenarioImport scenarios;
    private final AsyncTaskExecutor background;

    public ImportPage(ScenarioImport scenarios,
                      @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) AsyncTaskExecutor background) {
        this.scenarios = scenarios;
        this.background = background;
    }

    /** A checked scenario waiting to be recorded. */
    record Pending(String name, byte[] content, int steps) {
    }

    /** A scenario being recorded: how many of its steps are, then its report. */
    static final class Running implements ImportProgress {

        private final String name;
        private final int totalSteps;
        private volatile int stepsApplied;
        private volatile CompletableFuture<ImportReport> report;

        Running(String name, int totalSteps) {
            this.name = name;
            this.totalSteps = totalSteps;
        }

        @Override
        public void applied(int stepsApplied, int totalSteps) {
            this.stepsApplied = stepsApplied;
        }

        public String name() {
            return name;
        }

        public int totalSteps() {
            return totalSteps;
        }

        public int stepsApplied() {
            return stepsApplied;
        }

        /** The report once recording ended, null while it runs. */
        public ImportReport report() {
            return report.getNow(null);
        }

        /**
         * A run that broke down outside any step (a step's refusal is in the report already) still ends
         * with a report, so that the page stops waiting and says where it stopped.
         */
        private ImportReport brokeDown(Throwable e) {
            log.error("Import of {} broke down after {} of {} steps", name, stepsApplied, totalSteps, e);
            return new ImportReport(null, null, ImportReport.Status.FAILED, false, totalSteps, stepsApplied, 0, 0, 0,
                    Map.of(), List.of(), new ImportReport.Failure("steps[" + stepsApplied + "]", "not recorded", null,
                    "recording stopped unexpectedly; the steps before it are recorded, and importing the same file "
                            + "again records the rest", "ERROR"));
        }
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
                session.setAttribute(PENDING, new Pending(file.getOriginalFilename(), content, report.totalSteps()));
            }
        } catch (ScenarioImport.MalformedScenarioException e) {
            model.addAttribute("malformed", e.getMessage());
        }
        model.addAttribute("file", file.getOriginalFilename());
        return "record/import";
    }

    @PostMapping("/import/record")
    String record(HttpSession session, Principal who) {
        Pending pending = (Pending) session.getAttribute(PENDING);
        if (pending == null) {
            throw new IllegalArgumentException("no checked scenario is waiting: upload it again");
        }
        session.removeAttribute(PENDING);
        Running running = new Running(pending.name(), pending.steps());
        String editor = who.getName();
        String requestId = "ui-import-" + UUID.randomUUID();
        running.report = CompletableFuture.supplyAsync(() -> scenarios.run(pending.content(), editor, requestId, running),
                background).exceptionally(running::brokeDown);
        session.setAttribute(RUNNING, running);
        return "redirect:/import/progress";
    }

    @GetMapping("/import/progress")
    String progress(HttpSession session, Model model) {
        running(session, model);
        return "record/import";
    }

    /** What the page polls: the progress, and at the end the report, which stops the polling. */
    @GetMapping(path = "/import/progress", headers = "HX-Request=true")
    String progressFragment(HttpSession session, Model model) {
        running(session, model);
        return "record/import :: progress";
    }

    private static void running(HttpSession session, Model model) {
        Running running = (Running) session.getAttribute(RUNNING);
        if (running == null) {
            throw new IllegalArgumentException("no import of yours is running: upload a scenario to check and record it");
        }
        model.addAttribute("running", running);
        model.addAttribute("file", running.name());
        ImportReport report = running.report();
        if (report != null) {
            model.addAttribute("report", report);
            model.addAttribute("recordedImport", true);
        }
    }
}
