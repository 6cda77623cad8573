package ties.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ties.Api;
import ties.Api.Answer;
import ties.TiesTest;
import ties.contract.DescribedClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user journey the product was conceived from: the seed article imported as a scenario, then
 * read back from the board, the timeline, the actors and the relations chart.
 */
@TiesTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The seed article, imported and read back")
class SeedScenarioTest {

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    Api api;
    Api auditor;
    String caughtUp;

    @BeforeAll
    void importSeed() throws IOException {
        api = new Api(port, "editor");
        auditor = new Api(port, "auditor");
        String scenario;
        try (var in = getClass().getResourceAsStream("/scenarios/iran-pakistan-2025.json")) {
            scenario = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Answer imported = api.post("/api/import", scenario);
        assertThat(imported.status()).as(String.valueOf(imported.body())).isEqualTo(200);
        assertThat(imported.text("status")).isEqualTo("IMPORTED");
        assertThat(imported.body().path("created").asInt()).isPositive();

        Answer again = api.post("/api/import", scenario);
        assertThat(again.text("status")).isEqualTo("IMPORTED");
        assertThat(again.body().path("created").asInt()).isZero();
        assertThat(again.body().path("updated").asInt()).isZero();

        caughtUp = "minPosition=" + eventStore.createHeadToken().position().orElseThrow();
    }

    private JsonNode get(String path) {
        // Auditors may read everything viewers may, and the audit endpoints too.
        Answer answer = auditor.get(path + (path.contains("?") ? "&" : "?") + caughtUp);
        assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).toList();
    }

    @Test
    void the_joint_naval_exercises_are_proposed_by_bagheri() {
        JsonNode naval = get("/api/initiatives/ir-pk-joint-naval-exercises");

        assertThat(naval.path("status").asText()).isEqualTo("PROPOSED");
        assertThat(naval.path("proposedBy").asText()).isEqualTo("mohammad-bagheri");
        assertThat(texts(naval.path("parties"), "")).isNotEmpty();
        // Its obstacles concern the whole relationship: recorded once, shown here by link.
        assertThat(texts(naval.path("relationshipObstacles"), "obstacleId"))
                .containsExactlyInAnyOrder("sanctions-on-iran", "differing-foreign-policy-priorities");
    }

    @Test
    void the_board_shows_every_initiative_of_the_article_and_filters_by_status() {
        JsonNode board = get("/api/initiatives?party=PK&limit=500");
        JsonNode stalled = get("/api/initiatives?status=STALLED");

        assertThat(texts(board.path("initiatives"), "initiativeId")).contains("ir-pk-joint-naval-exercises",
                "ir-pk-joint-border-patrols", "ir-pk-intelligence-sharing", "ir-pk-joint-operations",
                "ir-pk-defence-production", "ir-pk-border-surveillance-technology", "ir-pk-tr-sa-alignment",
                "ir-pk-military-training");
        // Intelligence sharing and joint operations were discussed again during the 2025 visit: talks reopened.
        assertThat(texts(stalled.path("initiatives"), "initiativeId")).containsExactly("ir-pk-military-training");
        JsonNode sharing = get("/api/initiatives/ir-pk-intelligence-sharing");
        assertThat(sharing.path("status").asText()).isEqualTo("UNDER_DISCUSSION");
        JsonNode reopened = sharing.path("history").get(sharing.path("history").size() - 1);
        assertThat(reopened.path("reopened").asBoolean()).isTrue();
        assertThat(reopened.path("occasion").path("id").asText()).isEqualTo("bagheri-islamabad-2025");
        // The relationship's obstacles are one development each, whatever number of initiatives they hold back.
        List<String> obstacles = StreamSupport.stream(get("/api/timeline?country=IR&country=PK&kind=OBSTACLE&limit=500")
                        .path("developments").spliterator(), false)
                .filter(d -> d.path("recordType").asText().equals("OBSTACLE")).map(d -> d.path("recordId").asText()).toList();
        assertThat(obstacles).containsExactlyInAnyOrder("international-pressure-2018-agreements", "sanctions-on-iran",
                "differing-foreign-policy-priorities");
    }

    @Test
    void the_2018_agreements_list_both_signatories() {
        JsonNode training = get("/api/initiatives/ir-pk-military-training");
        JsonNode agreements = get("/api/timeline?kind=AGREEMENT");

        assertThat(texts(training.path("agreements"), "agreementId")).contains("ir-pk-defence-agreements-2018");
        assertThat(agreements.path("developments").get(0).path("summary").asText())
                .contains("Hatami").contains("Rana Tanveer Hussain");
        assertThat(agreements.path("developments").get(0).path("occurred").path("text").asText()).isEqualTo("2018");
    }

    @Test
    void bagheris_islamabad_visit_is_his_third_to_pakistan() {
        JsonNode bagheri = get("/api/actors/mohammad-bagheri");
        JsonNode munir = get("/api/actors/asim-munir");

        JsonNode islamabad = StreamSupport.stream(bagheri.path("visitsMade").spliterator(), false)
                .filter(v -> v.path("visitId").asText().equals("bagheri-islamabad-2025")).findFirst().orElseThrow();
        assertThat(islamabad.path("ordinal").asInt()).isEqualTo(3);
        assertThat(texts(munir.path("visitsHosted"), "visitId")).contains("bagheri-islamabad-2025");
        assertThat(texts(munir.path("visitsMade"), "visitId")).contains("munir-tehran-2024");
        assertThat(bagheri.path("aliases").toString()).contains("Baqeri");
    }

    @Test
    void the_timeline_runs_in_the_order_things_happened_between_iran_and_pakistan() {
        JsonNode page = get("/api/timeline?country=IR&country=PK&limit=500");
        List<String> earliest = StreamSupport.stream(page.path("developments").spliterator(), false)
                .map(d -> d.path("occurred").path("earliest").asText()).toList();

        assertThat(earliest).isSortedAccordingTo(String::compareTo);
        assertThat(texts(page.path("developments"), "key")).contains("visit:bagheri-pakistan-2018-07",
                "visit:bagheri-islamabad-2025", "agreement:ir-pk-defence-agreements-2018");
    }

    @Test
    void the_quotes_are_found_by_their_words_and_speaker() {
        JsonNode found = get("/api/statements?text=jaish%20appreciate&speaker=mohammad-bagheri");

        assertThat(texts(found.path("statements"), "statementId")).containsExactly("bagheri-quote-jaish-al-adl");
        assertThat(found.path("statements").get(0).path("provenance").toString()).contains("Tasnim");
    }

    @Test
    void the_relations_chart_counts_iran_pakistan_developments_by_kind() {
        JsonNode relation = get("/api/relations/IR/PK?granularity=YEAR");

        assertThat(relation.path("totals").path("VISIT").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(relation.path("totals").path("AGREEMENT").asInt()).isEqualTo(1);
        assertThat(texts(relation.path("periods"), "period")).contains("2018", "2019", "2020", "2021");
    }

    @Test
    void the_auditors_see_each_records_history_and_what_was_known_on_a_day() {
        JsonNode history = get("/api/audit/records/ir-pk-military-training/history");
        JsonNode march2018 = get("/api/audit/initiatives/ir-pk-military-training/status-on?date=2018-03-01");
        JsonNode end2018 = get("/api/audit/initiatives/ir-pk-military-training/status-on?date=2018-12-31");

        assertThat(texts(history.path("events"), "eventType")).startsWith("InitiativeProposed", "InitiativeStatusChanged");
        assertThat(history.path("events").get(0).path("recordedBy").asText()).isEqualTo("editor");
        assertThat(march2018.path("explanation").asText()).contains("not known to have happened by 2018-03-01");
        assertThat(end2018.path("status").asText()).isIn("AGREED", "STALLED");
    }

    /** The operation that records each kind of step, as a client author picks it from the description. */
    private static final Map<String, String> OPERATIONS = Map.ofEntries(Map.entry("RegisterActor", "putActor"),
            Map.entry("AddActorAlias", "addAlias"), Map.entry("RecordActorRole", "recordRole"),
            Map.entry("RecordVisit", "putVisit"), Map.entry("RecordMeeting", "recordMeeting"),
            Map.entry("RecordStatement", "putStatement"), Map.entry("ProposeInitiative", "putInitiative"),
            Map.entry("ChangeInitiativeStatus", "changeStatus"), Map.entry("RecordObstacle", "recordObstacle"),
            Map.entry("RecordAgreement", "putAgreement"), Map.entry("RecordRelationshipObstacle", "putObstacle"),
            Map.entry("RecordEngagement", "putEngagement"), Map.entry("ChangeEngagementState", "changeState"),
            Map.entry("LinkEngagementSeries", "linkEngagementSeries"));

    @Test
    void a_client_generated_from_the_api_description_records_every_seed_command_as_the_import_did() throws IOException {
        JsonNode scenario;
        try (var in = getClass().getResourceAsStream("/scenarios/iran-pakistan-2025.json")) {
            scenario = new ObjectMapper().readTree(in);
        }
        DescribedClient client = new DescribedClient(port, api);
        List<String> refused = new ArrayList<>();
        int sent = 0;
        for (JsonNode step : scenario.path("steps")) {
            String operationId = OPERATIONS.get(step.path("type").asText());
            assertThat(operationId).as("a step type of the seed: " + step.path("type")).isNotNull();
            ObjectNode fields = step.deepCopy();
            fields.remove(List.of("type", "comment"));
            Map<String, String> parameters = new HashMap<>();
            fields.fieldNames().forEachRemaining(name -> {
                if (name.endsWith("Id")) {
                    parameters.put(parameters.containsKey("id") ? name : "id", fields.path(name).asText());
                }
            });
            fields.remove(parameters.values().stream().map(v -> fieldNamed(fields, v)).toList());
            JsonNode schema = client.requestSchema(operationId);
            ObjectNode body = fields.size() == 1 && fields.elements().next().isObject()
                    && !schema.path("properties").has(fields.fieldNames().next())
                    ? (ObjectNode) fields.elements().next() : fields;
            if (schema.path("properties").has("provenance") && !body.has("provenance")) {
                body.set("provenance", scenario.path("defaultProvenance"));
            }
            Answer answer = client.call(operationId, parameters, body);
            sent++;
            // The import recorded the same facts: each command is a retry that changes nothing.
            if (answer.status() != 200 || !answer.text("outcome").equals("UNCHANGED")) {
                refused.add(operationId + " " + parameters + " -> " + answer.status() + " " + answer.body());
            }
        }

        assertThat(refused).isEmpty();
        assertThat(sent).isEqualTo(scenario.path("steps").size());
    }

    private static String fieldNamed(ObjectNode fields, String value) {
        for (var it = fields.fields(); it.hasNext(); ) {
            var field = it.next();
            if (field.getValue().isTextual() && field.getValue().asText().equals(value) && field.getKey().endsWith("Id")) {
                return field.getKey();
            }
        }
        return "";
    }
}
