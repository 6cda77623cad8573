package ties.ui.record;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.ui.ExtendedModelMap;
import ties.command.scenario.ImportProgress;
import ties.command.scenario.ImportReport;
import ties.command.scenario.ScenarioImport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Import in the background: progress while it runs, then the report, for the session that started it alone")
class ImportPageTest {

    private static final String FILE = "bagheri-visits.json";

    private final CountDownLatch firstStepRecorded = new CountDownLatch(1);
    private final CountDownLatch goOn = new CountDownLatch(1);
    private final MockHttpSession amina = new MockHttpSession();

    /** Records Bagheri's registration, waits, then is refused at his visit: the second of two steps. */
    private ImportPage page(Function<ImportProgress, ImportReport> secondStep) {
        ScenarioImport scenarios = new ScenarioImport(null, null, null, ScenarioImport.DEFAULT_MAX_STEPS) {
            @Override
            public ImportReport run(byte[] json, String editor, String requestId, ImportProgress progress) {
                progress.applied(1, 2);
                firstStepRecorded.countDown();
                await(goOn);
                return secondStep.apply(progress);
            }
        };
        amina.setAttribute(ImportPage.PENDING, new ImportPage.Pending(FILE, "{}".getBytes(StandardCharsets.UTF_8), 2));
        return new ImportPage(scenarios, new SimpleAsyncTaskExecutor("import-"));
    }

    @Test
    void a_step_refused_midway_ends_the_progress_with_the_report_and_its_position() throws InterruptedException {
        ImportReport.Failure refused = new ImportReport.Failure("steps[1]", "RecordVisit bagheri-islamabad-2025", null,
                "visit 'bagheri-islamabad-2025' is already recorded with different content", "CONFLICT");
        ImportPage page = page(progress -> new ImportReport("bagheri", "Bagheri's visits", ImportReport.Status.FAILED, false,
                2, 1, 1, 0, 0, Map.of(), List.of(), refused));

        assertThat(page.record(amina, () -> "editor-amina")).isEqualTo("redirect:/import/progress");
        await(firstStepRecorded);
        ExtendedModelMap running = new ExtendedModelMap();
        assertThat(page.progressFragment(amina, running)).isEqualTo("record/import :: progress");
        assertThat(running.get("report")).as("still running").isNull();
        ImportPage.Running progress = (ImportPage.Running) running.get("running");
        assertThat(progress.stepsApplied() + " of " + progress.totalSteps()).isEqualTo("1 of 2");

        goOn.countDown();
        ImportReport report = finished(page);
        assertThat(report.status()).isEqualTo(ImportReport.Status.FAILED);
        assertThat(report.failure()).isEqualTo(refused);
        assertThat(amina.getAttribute(ImportPage.PENDING)).as("recorded once: the checked file is used up").isNull();
    }

    @Test
    void a_run_that_breaks_down_outside_a_step_still_ends_with_where_it_stopped() throws InterruptedException {
        ImportPage page = page(progress -> {
            throw new IllegalStateException("the command bus was shut down");
        });
        page.record(amina, () -> "editor-amina");
        goOn.countDown();

        ImportReport report = finished(page);
        assertThat(report.status()).isEqualTo(ImportReport.Status.FAILED);
        assertThat(report.stepsApplied()).isEqualTo(1);
        assertThat(report.failure().position()).isEqualTo("steps[1]");
    }

    @Test
    void no_one_else_sees_the_run() {
        ImportPage page = page(progress -> new ImportReport("bagheri", "Bagheri's visits", ImportReport.Status.IMPORTED, false,
                2, 2, 2, 0, 0, Map.of(), List.of(), null));
        page.record(amina, () -> "editor-amina");
        goOn.countDown();

        assertThatThrownBy(() -> page.progress(new MockHttpSession(), new ExtendedModelMap()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no import of yours is running");
    }

    /** Polls as the page does until the report comes. */
    private ImportReport finished(ImportPage page) throws InterruptedException {
        for (int poll = 0; poll < 500; poll++) {
            ExtendedModelMap model = new ExtendedModelMap();
            page.progressFragment(amina, model);
            if (model.get("report") instanceof ImportReport report) {
                return report;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the import never ended");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
