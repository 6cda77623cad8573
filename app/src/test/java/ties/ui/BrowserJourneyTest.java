package ties.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import ties.Api;
import ties.TiesTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web interface in a real browser (headless Chromium), through the journeys of each role: an editor
 * records the seed article (shared/seeds/000_17cf94f895c3a69b.txt: Bagheri's visit to Islamabad, his
 * meetings with Munir and Zardari, his statement, the naval exercises proposed) with the forms alone; a
 * second browser watching the board sees the initiative appear and move without a reload; a refused form
 * keeps what was typed and says why at the field; a change made from a stale page is refused as such; an
 * auditor opens the history and the board as it stood, and steps through the recorded changes; a viewer
 * cannot open a form. axe-core checks every page opened; the main pages are photographed into docs/screenshots.
 *
 * <p>Two browsers for the whole class (starting one takes seconds). Chromium is required, never skipped:
 * {@code apt-get install chromium chromium-driver} (.ci/run does so when they are missing).
 */
@TiesTest
// Its own store: the journey records the seed article's people and initiative through the forms, which the
// seed import of the shared test store would then refuse as look-alike names.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:ties-browser;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("Web interface in a browser: editor, watcher, viewer and auditor journeys")
class BrowserJourneyTest {

    private static final String INITIATIVE = "ui-ir-pk-naval-exercises";
    private static final String STATEMENT = "ui-bagheri-jaish-al-adl";
    private static final String VISIT = "ui-bagheri-islamabad-2025";
    private static final Path SCREENSHOTS = docs().resolve("screenshots");

    @LocalServerPort
    int port;

    private Browser editor;
    private Browser watcher;
    private final List<String> accessibility = new ArrayList<>();
    private Instant beforeTheMove;

    @BeforeAll
    void browsers() throws IOException {
        assertThat(Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER))
                .as("the browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver")
                .isTrue();
        editor = new Browser(port);
        watcher = new Browser(port);
    }

    @AfterAll
    void close() throws IOException {
        try (Browser a = editor; Browser b = watcher) {
            assertThat(a != null && b != null).isTrue();
        }
    }

    /** Checks the page shown with axe-core; findings are asserted together at the end. */
    private void check(Browser browser) {
        accessibility.addAll(browser.accessibilityProblems());
    }

    @Test
    @Order(1)
    void a_viewer_watches_the_board_and_cannot_open_a_form() throws IOException {
        watcher.open("/login");
        check(watcher);
        watcher.signIn("viewer");
        watcher.open("/record/visit");
        assertThat(watcher.text("h1")).isEqualTo("Not for your role");
        check(watcher);
        watcher.open("/board?party=IR&party=PK");
        watcher.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section[data-status=PROPOSED]")));
        check(watcher);
        // Marks this page: a reload would lose the mark.
        watcher.script("window.tiesNotReloaded = true;");
    }

    @Test
    @Order(2)
    void an_editor_registers_the_actors_of_the_article_and_sees_look_alike_names() {
        editor.signIn("editor");
        editor.open("/record");
        check(editor);
        registerActor("Mohammad Hossein Bagheri", "PERSON", "IR", "Baqeri", "ui-mohammad-bagheri", true);
        check(editor);
        registerActor("Asim Munir", "PERSON", "PK", "", "ui-asim-munir", false);
        registerActor("Asif Ali Zardari", "PERSON", "PK", "", "ui-asif-ali-zardari", false);
        editor.open("/record/actor");
        editor.type("name", "Baqer");
        editor.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("similar"), "ui-mohammad-bagheri"));
    }

    private void registerActor(String name, String kind, String country, String aliases, String id, boolean firstOfReport) {
        editor.open("/record/actor");
        editor.type("name", name);
        editor.choose("kind", kind);
        editor.type("country", country);
        editor.type("aliases", aliases);
        editor.type("id", id);
        if (firstOfReport) {
            source();
        } else {
            assertThat(editor.value("source.publisher")).as("the report's source is kept between entries")
                    .isEqualTo("Ties seed article");
        }
        editor.submit("Register");
        editor.wait.until(ExpectedConditions.urlContains("/actors/" + id));
        // (a read model still catching up answers a page that reloads itself)
        editor.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), name));
    }

    private void source() {
        editor.type("source.publisher", "Ties seed article");
        editor.type("source.url", "https://example.org/seeds/000_17cf94f895c3a69b");
        editor.type("source.published", "01152025");
        editor.type("source.attribution", "Tasnim News Agency");
        editor.choose("confidence", "HIGH");
        if (!"2025-01-15".equals(editor.value("source.published"))) {
            // A date field takes keys in the browser's locale order; set it as the form sends it.
            editor.script("arguments[0].value = '2025-01-15';", editor.field("source.published"));
        }
    }

    @Test
    @Order(3)
    void a_refused_visit_keeps_its_input_and_says_why_at_the_field_then_is_recorded_with_its_meetings() throws IOException {
        editor.open("/record/visit");
        editor.type("visitorIds", "Bagheri");
        editor.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-insert='ui-mohammad-bagheri']")))
                .click();
        assertThat(editor.value("visitorIds")).as("a field of several ids is ready for the next name")
                .isEqualTo("ui-mohammad-bagheri, ");
        editor.type("city", "Islamabad");
        editor.type("country", "PK");
        editor.type("occurred", "next week");
        editor.type("purpose", "Strengthen strategic ties; counterterrorism along the border");
        editor.type("id", VISIT);
        editor.type("meetings[0].participantIds", "ui-mohammad-bagheri, ui-asim-munir");
        editor.type("meetings[0].topics", "intelligence sharing, joint operations, border security");
        editor.type("meetings[0].id", "bagheri-munir");
        editor.submit("Add a meeting");
        editor.type("meetings[1].participantIds", "ui-mohammad-bagheri, ui-asif-ali-zardari");
        editor.type("meetings[1].id", "bagheri-zardari");
        editor.submit("Record the visit");

        editor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("e-occurred")));
        assertThat(editor.errorAt("occurred")).contains("lies ahead of its report");
        assertThat(editor.field("occurred").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(editor.value("city")).isEqualTo("Islamabad");
        assertThat(editor.value("meetings[1].participantIds")).isEqualTo("ui-mohammad-bagheri, ui-asif-ali-zardari");
        assertThat(editor.value("source.publisher")).isEqualTo("Ties seed article");
        check(editor);
        editor.screenshot(SCREENSHOTS, "visit-form-refused");

        editor.type("occurred", "January 2025");
        editor.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("p-occurred"), "2025-01-01 to 2025-01-15"));
        editor.submit("Record the visit");
        editor.wait.until(ExpectedConditions.urlContains("/record?at="));
        assertThat(editor.text("p.notice")).contains(VISIT).contains("2 meetings");
        assertThat(editor.script("return document.querySelector('p.notice a').getAttribute('href');"))
                .as("the banner links to where the visit shows").isEqualTo("/actors/ui-mohammad-bagheri");
    }

    @Test
    @Order(4)
    void the_editor_records_the_statement_and_proposes_the_initiative_which_appears_on_the_watched_board() throws IOException {
        editor.open("/actors?name=Baqeri");
        check(editor);
        editor.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Mohammad Hossein Bagheri"))).click();
        editor.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mohammad Hossein Bagheri"));
        editor.open("/actors/ui-asim-munir");
        assertThat(editor.text("main")).as("the people he met by name, not by id")
                .contains("with Mohammad Hossein Bagheri").doesNotContain("with ui-mohammad-bagheri");
        editor.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Mohammad Hossein Bagheri")));

        editor.open("/record/statement");
        editor.type("speaker.actorId", "Hossein Bagheri");
        editor.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-insert='ui-mohammad-bagheri']")))
                .click();
        assertThat(editor.value("speaker.actorId")).isEqualTo("ui-mohammad-bagheri");
        editor.choose("form", "QUOTE");
        editor.type("text", "We deeply appreciate Pakistan’s persistent efforts in combating terrorist groups like Jaish al-Adl");
        editor.type("occurred", "January 2025");
        editor.type("occasionVisitId", VISIT);
        editor.type("topics", "counterterrorism");
        editor.type("id", STATEMENT);
        check(editor);
        editor.submit("Record the statement");
        editor.wait.until(ExpectedConditions.urlContains("/record?at="));

        editor.open("/record/initiative");
        editor.type("title", "Joint naval exercises in the Arabian Sea (recorded in the browser)");
        editor.choose("kind", "JOINT_EXERCISE");
        editor.type("parties", "IR, PK");
        editor.type("proposedBy", "ui-mohammad-bagheri");
        editor.type("description", "To enhance maritime security in the Arabian Sea");
        editor.type("occurred", "January 2025");
        editor.type("statementIds", STATEMENT);
        editor.type("id", INITIATIVE);
        check(editor);
        editor.submit("Propose");
        editor.wait.until(ExpectedConditions.textToBe(By.tagName("h1"),
                "Joint naval exercises in the Arabian Sea (recorded in the browser)"));
        check(editor);

        watcher.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("section[data-status=PROPOSED] #card-" + INITIATIVE)));
        assertThat(watcher.script("return window.tiesNotReloaded === true;")).as("the board was not reloaded").isEqualTo(true);
    }

    @Test
    @Order(5)
    void a_status_move_moves_the_card_on_the_watched_board_without_a_reload() throws IOException {
        editor.open("/initiatives/" + INITIATIVE);
        editor.driver().findElement(By.linkText("Move its status")).click();
        editor.choose("status", "UNDER_DISCUSSION");
        editor.type("occurred", "January 2025");
        editor.type("statementIds", STATEMENT);
        editor.type("occasion", VISIT);
        check(editor);
        beforeTheMove = Instant.now();
        editor.submit("Move the status");
        editor.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("ol.timeline > li"), 2));
        assertThat(editor.text("ol.timeline")).contains("We deeply appreciate").contains("Ties seed article");
        editor.screenshot(SCREENSHOTS, "initiative");

        watcher.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("section[data-status=UNDER_DISCUSSION] #card-" + INITIATIVE)));
        assertThat(watcher.driver().findElements(By.cssSelector("section[data-status=PROPOSED] #card-" + INITIATIVE))).isEmpty();
        assertThat(watcher.script("return window.tiesNotReloaded === true;")).as("the board was not reloaded").isEqualTo(true);
        watcher.screenshot(SCREENSHOTS, "board");
        watcher.resize(390, 844);
        assertThat((Long) watcher.script("return document.documentElement.scrollWidth - window.innerWidth;"))
                .as("no sideways scrolling at phone width").isLessThanOrEqualTo(0L);
        watcher.screenshot(SCREENSHOTS, "board-phone");
        watcher.resize(1280, 900);
    }

    @Test
    @Order(6)
    void a_change_sent_from_a_stale_page_says_so_and_offers_the_current_version() {
        editor.open("/record/initiatives/" + INITIATIVE + "/status");
        // Meanwhile someone else records an obstacle: the initiative moves on past the version the page shows.
        assertThat(Api.withToken(port, "ties_demo_editor_token").put("/api/initiatives/" + INITIATIVE + "/obstacles/ui-sanctions", """
                {"kind":"SANCTIONS","description":"Sanctions on Iran have hindered defence cooperation",
                 "occurred":"2018","provenance":%s}""".formatted(ties.SeedJson.PROVENANCE)).status()).isEqualTo(200);
        editor.choose("status", "AGREED");
        editor.type("occurred", "January 2025");
        editor.submit("Move the status");
        editor.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".stale")));
        assertThat(editor.text(".stale")).contains("changed since you opened this page");
        assertThat(editor.value("occurred")).isEqualTo("January 2025");
        editor.driver().findElement(By.linkText("Reload the current version")).click();
        assertThat(editor.driver().findElements(By.cssSelector(".stale"))).isEmpty();
    }

    @Test
    @Order(7)
    void a_correction_needs_its_reason_and_is_then_recorded() {
        editor.open("/record/statements/" + STATEMENT + "/correction");
        assertThat(editor.value("text")).startsWith("We deeply appreciate");
        editor.type("topics", "counterterrorism, Jaish al-Adl");
        editor.submit("Record the correction");
        editor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("e-reason")));
        assertThat(editor.value("topics")).isEqualTo("counterterrorism, Jaish al-Adl");
        check(editor);
        editor.type("reason", "the article names the group");
        editor.submit("Record the correction");
        editor.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "Correction"));
    }

    @Test
    @Order(8)
    void an_exercise_is_recorded_and_moved_through_its_forms_an_actor_corrected_and_an_obstacle_recorded() {
        registerActor("Pakistan Navy", "ARMED_FORCES", "PK", "", "ui-pakistan-navy", false);
        registerActor("People's Liberation Army Navy", "ARMED_FORCES", "CN", "PLA Navy", "ui-pla-navy", false);
        editor.open("/record");
        check(editor);
        editor.open("/record/engagement");
        editor.choose("kind", "EXERCISE");
        editor.type("title", "Sea Guardians 2019 (recorded in the browser)");
        editor.type("start", "April 2019");
        editor.choose("state", "PLANNED");
        editor.type("place.name", "off Shanghai");
        editor.type("place.country", "CN");
        editor.type("series.seriesId", "ui-sea-guardians");
        editor.type("series.name", "Sea Guardians Pakistan–China naval exercise");
        editor.type("edition", "1");
        editor.type("participants[0].actorId", "ui-pakistan-navy");
        editor.type("participants[1].actorId", "ui-pla-navy");
        editor.choose("participants[1].role", "HOST");
        editor.type("participants[1].contribution", "a destroyer and a submarine");
        editor.type("id", "ui-sea-guardians-2019");
        editor.submit("Record the engagement");
        // The first party's role was left out: the refusal stands at its row, and nothing typed is lost.
        editor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("e-participants[0].role")));
        assertThat(editor.value("title")).isEqualTo("Sea Guardians 2019 (recorded in the browser)");
        assertThat(editor.value("participants[1].contribution")).isEqualTo("a destroyer and a submarine");
        check(editor);
        editor.choose("participants[0].role", "PARTICIPANT");
        editor.submit("Record the engagement");
        editor.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "ui-sea-guardians-2019"));

        editor.open("/record/engagements/ui-sea-guardians-2019/state");
        check(editor);
        editor.choose("state", "HELD");
        editor.type("occurred", "April 2019");
        editor.submit("Move it");
        editor.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "is now held"));
        editor.open("/record/engagements/ui-sea-guardians-2019/correction");
        assertThat(editor.value("participants[1].contribution")).isEqualTo("a destroyer and a submarine");
        check(editor);
        editor.wait.until(driver -> {
            editor.open("/timeline?actor=ui-pakistan-navy");
            return editor.text("main").contains("Sea Guardians 2019");
        });
        check(editor);

        editor.open("/actors/ui-asim-munir");
        editor.driver().findElement(By.linkText("Correct")).click();
        assertThat(editor.value("name")).isEqualTo("Asim Munir");
        editor.type("aliases", "Syed Asim Munir");
        editor.type("reason", "the article gives his full name");
        check(editor);
        editor.submit("Record the correction");
        editor.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Syed Asim Munir"));
        editor.driver().findElement(By.linkText("Add an alias")).click();
        // Meanwhile the API gives him another spelling: the alias sent from the page opened before is stale.
        assertThat(Api.withToken(port, "ties_demo_editor_token").post("/api/actors/ui-asim-munir/aliases",
                "{\"alias\":\"Aasim Munir\"}").status()).isEqualTo(200);
        editor.type("alias", "General Munir");
        editor.submit("Add the alias");
        editor.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".stale")));
        assertThat(editor.value("alias")).isEqualTo("General Munir");
        check(editor);

        editor.open("/record/obstacle");
        editor.choose("kind", "SANCTIONS");
        editor.type("description", "International pressures, particularly sanctions on Iran, have hindered defense cooperation");
        editor.type("countries", "IR, PK");
        editor.type("initiativeIds", INITIATIVE);
        editor.type("occurred", "2018");
        editor.type("id", "ui-sanctions-on-iran");
        check(editor);
        editor.submit("Record the obstacle");
        editor.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "ui-sanctions-on-iran"));
        editor.open("/record/obstacles/ui-sanctions-on-iran/correction");
        assertThat(editor.value("initiativeIds")).isEqualTo(INITIATIVE);
        check(editor);
        // A record without a page of its own is opened for correction from the editor's start, by its id.
        editor.open("/record");
        editor.choose("change-form", "visits/correction");
        editor.type("change-id", VISIT);
        editor.submit("Open the form");
        editor.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Correct visit " + VISIT));
        assertThat(editor.value("city")).isEqualTo("Islamabad");
        check(editor);
        for (String page : List.of("/record/actors/ui-asim-munir/role",
                "/record/visits/" + VISIT + "/meeting",
                "/record/initiatives/" + INITIATIVE + "/series")) {
            editor.open(page);
            check(editor);
        }
    }

    @Test
    @Order(9)
    void the_timeline_relations_and_actor_pages_show_what_was_recorded() throws IOException {
        editor.open("/timeline?country=IR&country=PK&actor=ui-mohammad-bagheri");
        assertThat(editor.text("ol.developments")).contains("January 2025");
        check(editor);
        editor.screenshot(SCREENSHOTS, "timeline");
        editor.open("/relations");
        assertThat(editor.text(".pick-pair")).as("no pair is shown as if the reader had chosen it").contains("Pick two countries");
        assertThat(editor.value("first")).isEmpty();
        check(editor);
        editor.open("/relations?first=IR&second=PK&granularity=YEAR");
        editor.wait.until(ExpectedConditions.attributeToBeNotEmpty(editor.field("relations-chart"), "data-ready"));
        check(editor);
        editor.screenshot(SCREENSHOTS, "relations");
        // A click on a bar lists its developments: the bar of the last period's first kind.
        @SuppressWarnings("unchecked")
        List<Number> bar = (List<Number>) editor.script("""
                var chart = Chart.getChart(arguments[0]);
                var meta = chart.getDatasetMeta(0), last = meta.data.length - 1;
                for (var d = 0; d < chart.data.datasets.length; d++) {
                  var m = chart.getDatasetMeta(d);
                  if (chart.data.datasets[d].data[last] > 0) { meta = m; break; }
                }
                var box = arguments[0].getBoundingClientRect();
                return [meta.data[last].x - box.width / 2, (meta.data[last].y + meta.data[last].base) / 2 - box.height / 2];""",
                editor.field("relations-chart"));
        new org.openqa.selenium.interactions.Actions(editor.driver())
                .moveToElement(editor.field("relations-chart"), bar.get(0).intValue(), bar.get(1).intValue()).click().perform();
        editor.wait.until(ExpectedConditions.urlContains("/timeline?country=IR&country=PK&kind="));
        assertThat(editor.driver().findElements(By.cssSelector("li.development"))).isNotEmpty();
        editor.open("/actors/ui-mohammad-bagheri");
        assertThat(editor.text("main")).contains("Islamabad").contains("Jaish al-Adl");
        check(editor);
    }

    @Test
    @Order(10)
    void an_auditor_opens_the_history_and_the_board_as_it_stood_before_the_move() throws IOException {
        watcher.signOut();
        watcher.signIn("auditor");
        watcher.open("/audit/records/" + INITIATIVE);
        String history = watcher.text("table");
        assertThat(history).contains("editor").contains("ui-").contains("Ties seed article");
        check(watcher);
        watcher.screenshot(SCREENSHOTS, "history");
        watcher.open("/board?party=IR&party=PK&asOf=" + beforeTheMove);
        assertThat(watcher.driver().findElements(By.cssSelector("section[data-status=PROPOSED] #card-" + INITIATIVE)))
                .as("as it stood before the move").hasSize(1);
        assertThat(watcher.text("h1")).contains("as recorded at");
        check(watcher);
        watcher.driver().findElement(By.cssSelector("a[rel=next]")).click();
        watcher.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("section[data-status=UNDER_DISCUSSION] #card-" + INITIATIVE)));
        assertThat(watcher.driver().getCurrentUrl()).as("the step keeps the filters").contains("party=IR&party=PK&asOf=");

        // Steps back through the initiative's own changes: the obstacle, the move, then the proposal.
        watcher.open("/initiatives/" + INITIATIVE);
        assertThat(watcher.driver().findElements(By.cssSelector("a[rel=next]"))).as("nothing is recorded after now").isEmpty();
        assertThat(watcher.text("main")).contains("Sanctions on Iran");
        watcher.driver().findElement(By.cssSelector("a[rel=prev]")).click();
        watcher.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".asof-note")));
        assertThat(watcher.text("dl.facts strong")).isEqualTo("under discussion");
        assertThat(watcher.text("main")).doesNotContain("Sanctions on Iran");
        watcher.driver().findElement(By.cssSelector("a[rel=prev]")).click();
        watcher.wait.until(ExpectedConditions.textToBe(By.cssSelector("dl.facts strong"), "proposed"));
        assertThat(watcher.driver().findElements(By.cssSelector("a[rel=prev]"))).as("nothing is recorded before the proposal")
                .isEmpty();
        check(watcher);
        watcher.driver().findElement(By.cssSelector("a[rel=next]")).sendKeys(org.openqa.selenium.Keys.ENTER);
        watcher.wait.until(ExpectedConditions.textToBe(By.cssSelector("dl.facts strong"), "under discussion"));
        watcher.open("/audit");
        check(watcher);
    }

    @Test
    @Order(11)
    void the_auditor_verifies_the_store_and_the_editor_imports_a_scenario_after_its_dry_run() throws IOException {
        watcher.open("/operations");
        check(watcher);
        watcher.submit("Verify now");
        watcher.wait.until(ExpectedConditions.textMatches(By.id("verdict"), java.util.regex.Pattern.compile("OK|UNSEALED")));

        editor.open("/import");
        check(editor);
        editor.field("scenario").sendKeys(scenarioFile().toString());
        editor.submit("Check it");
        editor.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main section"), "Checked"));
        assertThat(editor.text("main section")).contains("valid:").doesNotContain("invalid");
        check(editor);
        editor.submit("Record it");
        // Recorded in the background: the page follows its progress until the report.
        editor.wait.until(ExpectedConditions.urlContains("/import/progress"));
        editor.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main section"), "Recorded"));
        assertThat(editor.text("main section")).contains("imported").contains("2 of 2 steps applied");
        assertThat(editor.driver().findElement(By.cssSelector("main section progress")).getDomAttribute("value")).isEqualTo("2");
        assertThat(editor.driver().findElements(By.cssSelector("main section [hx-trigger]"))).as("the report ends the polling")
                .isEmpty();
        check(editor);
    }

    /** A small scenario of the article, as a file a person would upload: ids of its own in the shared store. */
    private static Path scenarioFile() throws IOException {
        Path file = Files.createTempFile("ties-ui-scenario-", ".json");
        Files.writeString(file, """
                {"scenario":"ui-import","title":"Bagheri's earlier visits (uploaded in the browser)",
                 "defaultProvenance":%s,
                 "steps":[
                   {"type":"RegisterActor","actorId":"ui-import-rana-tanveer","actor":{"kind":"PERSON",
                    "name":"Rana Tanveer Hussain","country":"PK"}},
                   {"type":"RecordVisit","visitId":"ui-import-bagheri-2018","visit":{"visitorIds":["ui-mohammad-bagheri"],
                    "country":"PK","occurred":"July 2018"}}
                 ]}""".formatted(ties.SeedJson.PROVENANCE));
        return file;
    }

    @Test
    @Order(12)
    void no_page_has_serious_or_critical_accessibility_findings() {
        assertThat(accessibility).isEmpty();
    }

    /** The repository's docs folder: tests run in the app module. */
    private static Path docs() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("docs")) ? here.resolve("docs") : here.getParent().resolve("docs");
    }
}
