package ties.command;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.EntityManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import ties.Api;
import ties.Api.Answer;
import ties.TiesTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ties.SeedJson.PROVENANCE;
import static ties.SeedJson.initiative;
import static ties.SeedJson.person;
import static ties.SeedJson.quote;
import static ties.SeedJson.status;
import static ties.SeedJson.visit;

@TiesTest
@DisplayName("Command API: every command into the event store, every refusal as problem+json")
class CommandApiTest {

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    EntityManager entityManager;

    Api api;

    @BeforeEach
    void editor() {
        api = new Api(port, "editor");
    }

    private List<String> eventTypes(String recordId) {
        return eventStore.readEvents(recordId).asStream().map(e -> e.getPayloadType().getSimpleName()).toList();
    }

    private long storedEvents() {
        return entityManager.createQuery("select count(e) from DomainEventEntry e", Long.class).getSingleResult();
    }

    /** Registers the actors the article names, under ids unique to one test. */
    private String bagheri(String suffix) {
        String id = "bagheri-" + suffix;
        assertThat(api.put("/api/actors/" + id, person("Mohammad Hossein Bagheri " + suffix, "IR")).status()).isEqualTo(201);
        return id;
    }

    private String munir(String suffix) {
        String id = "munir-" + suffix;
        assertThat(api.put("/api/actors/" + id, person("Asim Munir " + suffix, "PK")).status()).isEqualTo(201);
        return id;
    }

    @Test
    void every_development_of_the_article_can_be_recorded_and_lands_in_the_event_store() {
        String bagheri = bagheri("journey");
        String munir = munir("journey");
        String hatami = "hatami-journey";
        String rana = "rana-tanveer-hussain-journey";
        assertThat(api.put("/api/actors/" + hatami, person("Amir Hatami journey", "IR")).status()).isEqualTo(201);
        assertThat(api.put("/api/actors/" + rana, person("Rana Tanveer Hussain journey", "PK")).status()).isEqualTo(201);

        assertThat(api.post("/api/actors/" + bagheri + "/aliases", "{\"alias\":\"Baqeri journey\"}").status()).isEqualTo(200);
        assertThat(api.post("/api/actors/" + rana + "/roles", """
                {"title":"Defense Minister","country":"PK","heldOn":"2018","provenance":%s}""".formatted(PROVENANCE))
                .status()).isEqualTo(200);

        String visit = "bagheri-islamabad-journey";
        assertThat(api.put("/api/visits/" + visit, visit(bagheri, "Islamabad", "PK", "recently", munir)).status())
                .isEqualTo(201);
        assertThat(api.put("/api/visits/" + visit + "/meetings/with-munir", """
                {"participantIds":["%s","%s"],"topics":["intelligence sharing","joint operations"],"provenance":%s}"""
                .formatted(bagheri, munir, PROVENANCE)).status()).isEqualTo(200);

        String naval = "ir-pk-joint-naval-exercises-journey";
        assertThat(api.put("/api/initiatives/" + naval, initiative("Joint naval exercises in the Arabian Sea journey",
                "JOINT_EXERCISE", bagheri, "recently")).status()).isEqualTo(201);
        assertThat(api.put("/api/statements/bagheri-appreciation-journey", quote(bagheri,
                "We deeply appreciate Pakistan's persistent efforts in combating terrorist groups like Jaish al-Adl",
                visit, naval)).status()).isEqualTo(201);
        assertThat(api.post("/api/initiatives/" + naval + "/status", status("UNDER_DISCUSSION", "recently")).status())
                .isEqualTo(200);
        assertThat(api.put("/api/initiatives/" + naval + "/obstacles/sanctions", """
                {"kind":"SANCTIONS","description":"Sanctions on Iran have hindered defence cooperation",
                 "occurred":"2018","provenance":%s}""".formatted(PROVENANCE)).status()).isEqualTo(200);
        assertThat(api.put("/api/agreements/ir-pk-2018-agreements-journey", """
                {"title":"2018 agreements on military training, intelligence sharing and joint operations",
                 "kind":"AGREEMENT","signatories":[{"actorId":"%s","onBehalfOf":"IR","titleAtSigning":"Defense Minister"},
                                {"actorId":"%s","onBehalfOf":"PK","titleAtSigning":"Defense Minister"}],
                 "signed":"2018","initiativeIds":["%s"],"provenance":%s}""".formatted(hatami, rana, naval, PROVENANCE))
                .status()).isEqualTo(201);
        assertThat(api.post("/api/initiatives/" + naval + "/corrections", """
                {"reason":"the article says Arabian Sea explicitly","corrected":%s}"""
                .formatted(initiative("Joint naval exercises (Arabian Sea) journey", "JOINT_EXERCISE", bagheri, "recently")))
                .status()).isEqualTo(200);
        assertThat(api.post("/api/statements/bagheri-appreciation-journey/withdrawal", "{\"reason\":\"duplicate\"}").status())
                .isEqualTo(200);

        assertThat(eventTypes(bagheri)).containsExactly("ActorRegistered", "ActorAliasAdded");
        assertThat(eventTypes(rana)).containsExactly("ActorRegistered", "ActorRoleRecorded");
        assertThat(eventTypes(visit)).containsExactly("VisitRecorded", "MeetingRecorded");
        assertThat(eventTypes(naval)).containsExactly("InitiativeProposed", "InitiativeStatusChanged", "ObstacleRecorded",
                "InitiativeCorrected");
        assertThat(eventTypes("ir-pk-2018-agreements-journey")).containsExactly("AgreementRecorded");
        assertThat(eventTypes("bagheri-appreciation-journey")).containsExactly("StatementRecorded", "StatementWithdrawn");
    }

    @Test
    void an_answer_carries_id_version_and_position_and_the_event_carries_who_recorded_it() {
        Answer answer = api.put("/api/actors/asif-ali-zardari-meta", person("Asif Ali Zardari meta", "PK"),
                Map.of("X-Request-Id", "req-zardari-1"));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.text("id")).isEqualTo("asif-ali-zardari-meta");
        assertThat(answer.body().path("version").asLong()).isZero();
        assertThat(answer.body().path("position").asLong()).isPositive();
        assertThat(answer.headers().getETag()).isEqualTo("\"0\"");
        assertThat(answer.headers().getLocation()).hasToString("/api/actors/asif-ali-zardari-meta");
        DomainEventMessage<?> event = eventStore.readEvents("asif-ali-zardari-meta").next();
        assertThat(event.getMetaData()).containsEntry("recordedBy", "editor")
                .containsEntry("requestId", "req-zardari-1")
                .containsKey("correlationId");
    }

    @Test
    void a_retried_create_changes_nothing_and_a_different_one_under_the_same_id_is_a_conflict() {
        String body = person("Tasnim Desk retry", "IR");
        assertThat(api.put("/api/actors/tasnim-desk-retry", body).status()).isEqualTo(201);

        Answer retry = api.put("/api/actors/tasnim-desk-retry", body);
        Answer different = api.put("/api/actors/tasnim-desk-retry", person("Someone else entirely", "IR"));

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.text("outcome")).isEqualTo("UNCHANGED");
        assertThat(different.status()).isEqualTo(409);
        assertThat(eventTypes("tasnim-desk-retry")).containsExactly("ActorRegistered");
    }

    @Test
    void a_record_without_a_chosen_id_gets_a_readable_one() {
        Answer created = api.post("/api/actors", person("Jaish al-Adl spokesman generated", "IR"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("id")).matches("jaish-al-adl-spokesman-generated-[a-z0-9]{6}");
    }

    @Test
    void the_api_description_says_a_date_is_sent_as_the_reports_phrase() {
        JsonNode date = api.get("/v3/api-docs").body().path("components").path("schemas").path("PartialDate");

        assertThat(date.path("oneOf").get(0).path("type").asText()).isEqualTo("string");
        assertThat(date.path("oneOf").get(0).path("example").asText()).isEqualTo("6-10 March 2019");
        assertThat(date.path("oneOf").get(1).path("properties").has("earliest")).isTrue();
    }

    @Nested
    @DisplayName("refusals")
    class Refusals {

        private void refused(Answer answer, int status, String type) {
            assertThat(answer.status()).isEqualTo(status);
            assertThat(answer.headers().getContentType()).hasToString("application/problem+json");
            assertThat(answer.text("type")).isEqualTo("urn:ties:problem:" + type);
            assertThat(answer.text("detail")).isNotBlank();
        }

        @Test
        void malformed_json_is_400_and_writes_nothing() {
            long before = storedEvents();
            refused(api.put("/api/actors/broken-json", "{\"kind\":"), 400, "malformed");
            assertThat(storedEvents()).isEqualTo(before);
        }

        @Test
        void invalid_fields_are_400_listing_each_field() {
            long before = storedEvents();
            Answer answer = api.put("/api/initiatives/no-title", """
                    {"title":"","kind":"JOINT_EXERCISE","parties":["IR"],"occurred":"recently","provenance":%s}"""
                    .formatted(PROVENANCE));

            refused(answer, 400, "invalid-input");
            assertThat(answer.body().path("errors").findValuesAsText("field"))
                    .contains("initiative.title", "initiative.parties");
            assertThat(storedEvents()).isEqualTo(before);
        }

        @Test
        void unknown_fields_wrong_types_and_unknown_values_are_400_naming_the_field() {
            Answer unknownField = api.put("/api/actors/unknown-field", """
                    {"kind":"PERSON","name":"X","nickname":"Y","provenance":%s}""".formatted(PROVENANCE));
            Answer unknownKind = api.put("/api/actors/unknown-kind", """
                    {"kind":"SPY","name":"X","provenance":%s}""".formatted(PROVENANCE));
            Answer wrongType = api.put("/api/actors/wrong-type", """
                    {"kind":"PERSON","name":["X"],"provenance":%s}""".formatted(PROVENANCE));
            Answer badCountry = api.put("/api/actors/bad-country", person("Nobody", "XX"));

            refused(unknownField, 400, "invalid-input");
            assertThat(unknownField.body().path("errors").get(0).path("field").asText()).isEqualTo("nickname");
            refused(unknownKind, 400, "invalid-input");
            assertThat(unknownKind.text("detail")).contains("PERSON");
            refused(wrongType, 400, "invalid-input");
            refused(badCountry, 400, "invalid-input");
            assertThat(badCountry.text("detail")).contains("ISO 3166");
        }

        @Test
        void impossible_and_future_dates_are_400() {
            String bagheri = bagheri("dates");
            refused(api.put("/api/visits/impossible-date", visit(bagheri, "Islamabad", "PK", "2018-02-30")), 400,
                    "invalid-input");
            Answer future = api.put("/api/visits/future-date", visit(bagheri, "Islamabad", "PK", "2026-03-01"));
            refused(future, 400, "invalid-input");
            assertThat(future.text("detail")).contains("after the report date");
        }

        @Test
        void unknown_records_are_404() {
            long before = storedEvents();
            refused(api.post("/api/initiatives/no-such-initiative/status", status("AGREED", "2018")), 404, "unknown-record");
            Answer unknownVisitor = api.put("/api/visits/unknown-visitor", visit("no-such-general", "Islamabad", "PK", "recently"));
            refused(unknownVisitor, 404, "unknown-record");
            assertThat(unknownVisitor.body().path("errors").get(0).path("field").asText()).isEqualTo("visit.visitorIds");
            assertThat(storedEvents()).isEqualTo(before);
        }

        @Test
        void an_illegal_transition_is_409_and_a_stale_version_is_409() {
            String bagheri = bagheri("transitions");
            String id = "naval-exercises-transitions";
            api.put("/api/initiatives/" + id, initiative("Naval exercises transitions", "JOINT_EXERCISE", bagheri, "recently"));
            assertThat(api.post("/api/initiatives/" + id + "/status", status("AGREED", "recently")).status()).isEqualTo(200);

            refused(api.post("/api/initiatives/" + id + "/status", status("PROPOSED", "recently")), 409, "illegal-transition");
            refused(api.post("/api/initiatives/" + id + "/status", status("IMPLEMENTING", "recently"),
                    Map.of("If-Match", "\"0\"")), 409, "conflict");
            assertThat(api.post("/api/initiatives/" + id + "/status", status("IMPLEMENTING", "recently"),
                    Map.of("If-Match", "\"1\"")).status()).isEqualTo(200);
            assertThat(eventTypes(id)).containsExactly("InitiativeProposed", "InitiativeStatusChanged", "InitiativeStatusChanged");
        }

        @Test
        void an_id_of_another_kind_of_record_is_409() {
            String bagheri = bagheri("collision");
            refused(api.put("/api/visits/" + bagheri, visit(bagheri, "Islamabad", "PK", "recently")), 409, "conflict");
            // found by HostileInputTest: a change to such an id was a 500
            refused(api.post("/api/statements/" + bagheri + "/withdrawal", "{\"reason\":\"duplicate\"}"), 404,
                    "unknown-record");
        }

        @Test
        void a_write_without_signing_in_is_401_and_naming_another_editor_is_400() {
            long before = storedEvents();
            Answer anonymous = new Api(port, null).put("/api/actors/anonymous-write", person("Anonymous", "PK"));
            Answer impostor = api.put("/api/actors/impostor-write", person("Impostor", "PK"),
                    Map.of("X-Ties-Editor", "someone-else"));

            refused(anonymous, 401, "unauthenticated");
            refused(impostor, 400, "invalid-input");
            assertThat(impostor.text("detail")).contains("X-Ties-Editor");
            assertThat(storedEvents()).isEqualTo(before);
        }

        @Test
        void a_body_over_the_limit_is_413() {
            String huge = "{\"kind\":\"PERSON\",\"name\":\"" + "x".repeat(70_000) + "\"}";
            refused(api.put("/api/actors/too-large", huge), 413, "too-large");
        }

        @Test
        void wrong_media_type_and_method_are_415_and_405() {
            refused(api.send(HttpMethod.DELETE, "/api/actors/whoever", null, Map.of()), 405, "method-not-allowed");
            refused(api.send(HttpMethod.PUT, "/api/actors/whoever", "x", Map.of("Content-Type", "text/plain")), 415,
                    "unsupported-media-type");
        }
    }
}
