package ties.command.scenario;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import ties.command.record.Accepted;
import ties.command.record.InMemoryRecordDirectory;
import ties.command.web.CommandSender;
import ties.fact.Rejection;
import ties.visit.RecordVisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ties.command.scenario.ScenarioFixtures.RecordingSender;
import static ties.command.scenario.ScenarioFixtures.importer;
import static ties.command.scenario.ScenarioFixtures.scenario;
import static ties.command.scenario.ScenarioFixtures.seed;

@DisplayName("POST /api/import: report, or problem+json naming every problem")
class ScenarioImportApiTest {

    private static final String ACTOR = """
            {"type": "RegisterActor", "actorId": "asim-munir", "actor": {"kind": "PERSON", "name": "Asim Munir", "country": "PK"}}""";

    private final RecordingSender sender = new RecordingSender();
    private MockMvc mvc = mvc(importer(new InMemoryRecordDirectory(), sender, 100));

    private static MockMvc mvc(ScenarioImport scenarioImport) {
        return MockMvcBuilders.standaloneSetup(new ScenarioImportApi(scenarioImport)).build();
    }

    @Test
    @DisplayName("dry run of the seed: 200 with the report, nothing sent, no editor needed")
    void dryRun() throws Exception {
        mvc.perform(post("/api/import?dryRun=true").contentType(MediaType.APPLICATION_JSON).content(seed()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value("VALID"))
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.totalSteps").value(63))
                .andExpect(jsonPath("$.byType.RegisterActor.steps").value(13));
        assertThat(sender.sent).isEmpty();
    }

    @Test
    @DisplayName("import: 200 with the counts, sent as the editor of the request")
    void imports() throws Exception {
        mvc.perform(post("/api/import").contentType(MediaType.APPLICATION_JSON).principal(() -> "alice")
                        .header(CommandSender.REQUEST_ID_HEADER, "r-1").content(scenario(ACTOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IMPORTED"))
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.byType.RegisterActor.created").value(1));
        assertThat(sender.editors).containsExactly("alice");
        assertThat(sender.requestIds).containsExactly("r-1/0");
    }

    @Test
    @DisplayName("invalid scenario: 400 invalid-input with every problem and its position")
    void invalid() throws Exception {
        String steps = ACTOR + """
                , {"type": "RecordVisit", "visitId": "munir-tehran-2024",
                   "visit": {"visitorIds": ["asim-munir"], "country": "IR", "occurred": "2024-02-30"}},
                  {"type": "Nonsense"}""";

        mvc.perform(post("/api/import").contentType(MediaType.APPLICATION_JSON).principal(() -> "alice")
                        .content(scenario(steps)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:ties:problem:invalid-input"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].position").value("steps[1]"))
                .andExpect(jsonPath("$.errors[0].step").value("RecordVisit munir-tehran-2024"))
                .andExpect(jsonPath("$.errors[0].field").value("visit.occurred"))
                .andExpect(jsonPath("$.errors[0].message").value("'2024-02-30' is not a date that exists"))
                .andExpect(jsonPath("$.errors[1].position").value("steps[2]"))
                .andExpect(jsonPath("$.errors[1].field").value("type"));
        assertThat(sender.sent).isEmpty();
    }

    @Test
    @DisplayName("not JSON: 400 malformed")
    void malformed() throws Exception {
        mvc.perform(post("/api/import?dryRun=true").contentType(MediaType.APPLICATION_JSON).content("{\"steps\": ["))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:ties:problem:malformed"));
    }

    @Test
    @DisplayName("over the step limit: 413 too-large naming the limit")
    void tooLarge() throws Exception {
        mvc = mvc(importer(new InMemoryRecordDirectory(), sender, 1));

        mvc.perform(post("/api/import?dryRun=true").contentType(MediaType.APPLICATION_JSON).content(scenario(ACTOR + "," + ACTOR)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:ties:problem:too-large"))
                .andExpect(jsonPath("$.limit").value(1))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("ties.limits.max-import-steps")));
    }

    @Test
    @DisplayName("a step refused at execution: the refusal's problem, with the report of what was applied")
    void failedAtExecution() throws Exception {
        RecordingSender refusing = new RecordingSender(command -> {
            if (command instanceof RecordVisit) {
                throw Rejection.conflict("visit 'munir-tehran-2024' is already recorded with different content");
            }
            return new Accepted("id", 0, Accepted.Outcome.UNCHANGED);
        });
        mvc = mvc(importer(new InMemoryRecordDirectory(), refusing, 100));
        String steps = ACTOR + """
                , {"type": "RecordVisit", "visitId": "munir-tehran-2024",
                   "visit": {"visitorIds": ["asim-munir"], "country": "IR", "occurred": "last year"}}""";

        mvc.perform(post("/api/import").contentType(MediaType.APPLICATION_JSON).principal(() -> "alice")
                        .content(scenario(steps)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:ties:problem:conflict"))
                .andExpect(jsonPath("$.errors[0].position").value("steps[1]"))
                .andExpect(jsonPath("$.report.status").value("FAILED"))
                .andExpect(jsonPath("$.report.stepsApplied").value(1))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("The 1 step before it was applied")));
    }
}
