package ties.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import ties.Api;
import ties.Api.Answer;
import ties.Contract;
import ties.TiesTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ties.SeedJson.PROVENANCE;
import static ties.SeedJson.person;

/**
 * The API description tells the truth: it is complete enough for a generated client (every operation and
 * field described, precise media types and answers), and the server refuses what it refuses, in the domain's
 * words. Writes the served description to {@code app/target/openapi.json}, which CI lints with Spectral.
 */
@TiesTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The API description and the server agree")
class ApiContractTest {

    @LocalServerPort
    int port;

    Api editor;
    Api viewer;
    JsonNode description;

    @BeforeAll
    void readDescription() throws IOException {
        editor = new Api(port, "editor");
        viewer = new Api(port, "viewer");
        String served = Contract.of(port).description();
        description = new ObjectMapper().readTree(served);
        Files.writeString(Path.of("target", "openapi.json"),
                new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(description));
    }

    @Nested
    @DisplayName("the description")
    class TheDescription {

        @Test
        void describes_every_operation_with_a_name_a_summary_and_a_description() {
            List<String> undescribed = new ArrayList<>();
            operations().forEach((where, operation) -> {
                if (operation.path("summary").asText().isBlank() || operation.path("description").asText().isBlank()
                        || operation.path("operationId").asText().matches(".*_\\d+")) {
                    undescribed.add(where);
                }
            });
            assertThat(undescribed).isEmpty();
        }

        @Test
        void describes_every_field_of_every_schema() {
            List<String> undescribed = new ArrayList<>();
            description.path("components").path("schemas").fields().forEachRemaining(schema ->
                    fields(schema.getKey(), schema.getValue(), undescribed));
            assertThat(undescribed).isEmpty();
        }

        @Test
        void names_precise_media_types_problems_as_problem_json_and_the_export_as_ndjson() {
            List<String> vague = new ArrayList<>();
            operations().forEach((where, operation) -> operation.path("responses").fields().forEachRemaining(answer -> {
                answer.getValue().path("content").fieldNames().forEachRemaining(type -> {
                    if (type.contains("*")) {
                        vague.add(where + " " + answer.getKey() + " " + type);
                    }
                    if (answer.getKey().matches("[45]\\d\\d") && !type.equals("application/problem+json")) {
                        vague.add(where + " " + answer.getKey() + " " + type);
                    }
                });
            }));
            assertThat(vague).isEmpty();
            assertThat(operations().get("GET /api/audit/export").path("responses").path("200").path("content")
                    .has("application/x-ndjson")).isTrue();
            assertThat(operations().get("GET /api/timeline/live").path("responses").path("200").path("content")
                    .has("text/event-stream")).isTrue();
        }

        @Test
        void names_the_answers_of_a_create_with_their_headers() {
            JsonNode answers = operations().get("PUT /api/actors/{id}").path("responses");

            assertThat(answers.path("201").path("headers").has("ETag")).isTrue();
            assertThat(answers.path("201").path("headers").has("Location")).isTrue();
            assertThat(answers.path("200").path("headers").has("ETag")).isTrue();
            assertThat(answers.has("409")).isTrue();
            assertThat(operations().get("GET /api/initiatives").path("responses").path("503").path("headers")
                    .has("Retry-After")).isTrue();
            assertThat(schema("Problem").path("properties").path("instance").has("format")).isFalse();
        }

        @Test
        void states_the_rules_the_server_enforces() {
            JsonNode actor = schema("ActorFacts");
            JsonNode source = schema("Source");
            JsonNode correction = schema("CorrectionRequestActorFacts");

            assertThat(actor.path("additionalProperties").asBoolean(true)).isFalse();
            assertThat(actor.path("properties").path("name").path("maxLength").asInt()).isEqualTo(200);
            assertThat(schema("CountryCode").path("enum")).hasSizeGreaterThan(240);
            assertThat(schema("Provenance").path("properties").path("sources").path("minItems").asInt()).isEqualTo(1);
            assertThat(source.path("properties").path("url").path("pattern").asText()).startsWith("^").endsWith("$");
            assertThat(source.path("properties").path("url").path("nullable").asBoolean()).isTrue();
            assertThat(correction.path("required")).extracting(JsonNode::asText).contains("reason", "corrected");
            assertThat(correction.path("properties").path("reason").path("maxLength").asInt()).isEqualTo(2000);
            assertThat(schema("InitiativeView").path("properties").path("completion").path("nullable").asBoolean()).isTrue();
        }

        @Test
        void is_what_the_contract_checks_requests_against() {
            String withUnknownField = person("Mohammad Bagheri", "IR").replace("\"kind\"", "\"nickname\":\"Baqeri\",\"kind\"");
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.setBasicAuth("editor", "editor-demo");

            assertThat(Contract.of(port).check(Contract.request("PUT", "/api/actors/mohammad-bagheri-contract", headers,
                    withUnknownField)).hasErrors()).isTrue();
            assertThat(editor.put("/api/actors/mohammad-bagheri-contract", withUnknownField).status()).isEqualTo(400);
        }
    }

    @Nested
    @DisplayName("parameters outside their rules")
    class Parameters {

        @Test
        void unknown_empty_and_out_of_range_parameters_are_400() {
            assertThat(problem(viewer.get("/api/initiatives?stauts=AGREED"), 400)).contains("'stauts'", "status");
            assertThat(problem(viewer.get("/api/initiatives?status="), 400)).contains("without a value");
            assertThat(problem(viewer.get("/api/initiatives?asOf="), 400)).contains("asOf");
            assertThat(problem(viewer.get("/api/initiatives?minPosition=-1"), 400)).contains("minPosition");
            assertThat(problem(viewer.get("/api/initiatives?limit=0"), 400)).contains("limit");
            assertThat(problem(viewer.get("/api/timeline?limit=501"), 400)).contains("limit");
        }

        @Test
        void a_position_beyond_the_last_event_is_refused_at_once_not_awaited() {
            assertThat(problem(viewer.get("/api/initiatives?minPosition=999999999"), 400)).contains("beyond the last stored event");
        }

        @Test
        void refusals_of_values_speak_the_domain_not_java() {
            String detail = problem(viewer.get("/api/timeline?country=ZZ&country=IR"), 400);
            String instant = problem(new Api(port, "auditor").get("/api/initiatives?asOf=yesterday"), 400);

            assertThat(detail).contains("'ZZ' is not a country code (ISO 3166-1 alpha-2").doesNotContain("[L", "java", "CountryCode");
            assertThat(instant).contains("'yesterday' is not an instant").doesNotContain("java", "Text '", "index");
        }
    }

    @Nested
    @DisplayName("methods and records that do not exist")
    class Unknowns {

        @Test
        void trace_is_405() {
            Answer trace = viewer.send(HttpMethod.TRACE, "/api/initiatives", null, Map.of());

            assertThat(trace.status()).isEqualTo(405);
            assertThat(trace.text("type")).isEqualTo("urn:ties:problem:method-not-allowed");
            assertThat(trace.headers().getFirst(HttpHeaders.ALLOW)).contains("GET");
        }

        @Test
        void the_live_feed_of_an_unknown_initiative_is_404() {
            Answer live = viewer.send(HttpMethod.GET, "/api/initiatives/no-such-initiative/live", null,
                    Map.of(HttpHeaders.ACCEPT, "text/event-stream, application/problem+json"));

            assertThat(live.status()).isEqualTo(404);
        }

        @Test
        @ExtendWith(OutputCaptureExtension.class)
        void a_command_against_an_unknown_record_is_404_without_a_stack_trace(CapturedOutput output) {
            int before = output.getAll().length();

            Answer answer = editor.post("/api/actors/no-such-actor-recorded/aliases", "{\"alias\":\"Baqeri\"}");

            assertThat(answer.status()).isEqualTo(404);
            String logged = output.getAll().substring(before);
            assertThat(logged.lines().filter(line -> line.contains("no-such-actor-recorded") || line.startsWith("\tat ")))
                    .hasSizeLessThanOrEqualTo(1).noneMatch(line -> line.startsWith("\tat "));
        }
    }

    @Nested
    @DisplayName("text that says nothing")
    class Text {

        @Test
        void a_source_published_in_the_future_is_refused() {
            String future = PROVENANCE.replace("2025-01-15", "2999-01-15");
            Answer answer = editor.put("/api/actors/future-source-person", person("Reza Future", "IR")
                    .replace(PROVENANCE, future));

            assertThat(problem(answer, 400)).contains("published").contains("future");
        }

        @Test
        void invisible_or_unassigned_text_and_names_without_a_letter_are_refused() {
            assertThat(problem(editor.put("/api/actors/zero-width-name", person("\u200B", "IR")), 400)).contains("name");
            assertThat(problem(editor.put("/api/actors/digit-name", person("0", "IR")), 400)).contains("letter");
            assertThat(problem(editor.put("/api/actors/unassigned-name", person("Reza \uDB7F\uDFFF", "IR")), 400))
                    .contains("name");
        }

        @Test
        void a_person_named_as_a_country_is_refused_and_a_country_is_not() {
            assertThat(problem(editor.put("/api/actors/iran-as-person", person("Iran", "IR")), 400))
                    .contains("'Iran' is the name of a country");
            assertThat(editor.put("/api/actors/pakistan-army-contract", person("Pakistan Army Contract", "PK")).status())
                    .isEqualTo(201);
        }
    }

    private static String problem(Answer answer, int status) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(status);
        assertThat(answer.headers().getContentType()).hasToString("application/problem+json");
        return answer.body().path("detail").asText() + " " + answer.body().path("errors");
    }

    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new java.util.TreeMap<>();
        description.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue())));
        return operations;
    }

    private JsonNode schema(String name) {
        return description.path("components").path("schemas").path(name);
    }

    /** Collects the fields without a description or an example, at any depth. */
    private static void fields(String where, JsonNode schema, List<String> undescribed) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode property = field.getValue();
            JsonNode target = property.has("allOf") ? property.path("allOf").get(0)
                    : property.has("anyOf") ? property.path("anyOf").get(0) : property;
            boolean described = !property.path("description").asText().isBlank() || target.has("$ref");
            boolean exemplified = property.has("example") || target.has("$ref") || property.path("items").has("$ref")
                    || property.path("items").has("example");
            if (!described || !exemplified) {
                undescribed.add(where + "." + field.getKey() + (described ? "" : " (description)")
                        + (exemplified ? "" : " (example)"));
            }
            fields(where + "." + field.getKey(), property, undescribed);
            fields(where + "." + field.getKey() + "[]", property.path("items"), undescribed);
        }
        schema.path("oneOf").forEach(variant -> fields(where, variant, undescribed));
    }
}
