package ties.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ties.Api;
import ties.Api.Answer;
import ties.SeedJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board combines records in global order: an event it cannot apply stops it (no skipping in
 * silence), health and metrics say where and why, and it resumes once the cause is fixed, or once an
 * admin has skipped that one event.
 */
@FaultsTest
@DisplayName("Stopped read models: the board stops at a failing event, shows it, and resumes when fixed or skipped")
class StoppedReadModelTest {

    static final String BOARD = "initiative-board";

    @LocalServerPort
    int port;

    @Autowired
    BoardFault fault;

    @Autowired
    JdbcTemplate database;

    Api editor;
    Api admin;

    @Test
    @DisplayName("a poisoned proposal stops the board with health DOWN and the gauge at 1; the fix resumes it and "
            + "every later event is applied once; an admin skip lets it go past another")
    void the_board_stops_at_a_failing_event_and_resumes() throws InterruptedException {
        editor = new Api(port, "editor");
        admin = new Api(port, "admin");
        assertThat(editor.put("/api/actors/abbas-araghchi", SeedJson.person("Abbas Araghchi", "IR")).status()).isIn(200, 201);

        fault.poison("ir-pk-maritime-security-pact");
        propose("ir-pk-maritime-security-pact", "Maritime security pact");
        long later = propose("ir-pk-counterterrorism-centre", "Joint counterterrorism centre");

        JsonNode stop = awaitStop("ir-pk-maritime-security-pact");
        assertThat(stop.path("eventType").asText()).isEqualTo("InitiativeProposed");
        assertThat(stop.path("recordId").asText()).isEqualTo("ir-pk-maritime-security-pact");
        assertThat(stop.path("position").asLong()).isEqualTo(position("ir-pk-maritime-security-pact"));
        assertThat(stop.path("errorType").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(stop.path("error").asText()).contains("poisoned");
        Answer health = admin.get("/actuator/health");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.body().path("components").path("readModels").path("status").asText()).isEqualTo("DOWN");
        assertThat(stoppedGauge()).isEqualTo(1.0);
        // Nothing after the failing event reaches the board, and readers who wait for it are told so.
        assertThat(editor.get("/api/initiatives/ir-pk-counterterrorism-centre?minPosition=" + later).status()).isEqualTo(503);
        assertThat(new Api(port, "auditor").get("/api/audit/records/ir-pk-counterterrorism-centre/history?minPosition="
                + later).status()).as("other read models go on").isEqualTo(200);

        fault.cure("ir-pk-maritime-security-pact");
        Await.found(editor, "/api/initiatives/ir-pk-counterterrorism-centre?minPosition=" + later);
        assertAppliedOnce("ir-pk-maritime-security-pact");
        assertAppliedOnce("ir-pk-counterterrorism-centre");
        assertThat(admin.get("/api/admin/stopped-read-models").body().path("stopped")).isEmpty();
        assertThat(stoppedGauge()).isZero();

        anAdminSkipsTheEventItStoppedAt();
    }

    private void anAdminSkipsTheEventItStoppedAt() {
        fault.poison("ir-pk-joint-shipyard");
        propose("ir-pk-joint-shipyard", "Joint shipyard at Gwadar");
        long later = propose("ir-pk-naval-academy-exchange", "Naval academy cadet exchange");
        String eventId = awaitStop("ir-pk-joint-shipyard").path("eventId").asText();

        String path = "/api/admin/stopped-read-models/" + BOARD + "/skip";
        Answer wrongEvent = admin.post(path, """
                {"eventId":"%s","reason":"the report was retracted"}""".formatted(eventIdOf("ir-pk-naval-academy-exchange")));
        assertThat(wrongEvent.status()).isEqualTo(409);
        assertThat(wrongEvent.text("detail")).contains(eventId);
        assertThat(admin.post(path, """
                {"eventId":"%s"}""".formatted(eventId)).status()).isEqualTo(400);
        assertThat(admin.post("/api/admin/stopped-read-models/no-such-model/skip", """
                {"eventId":"%s","reason":"x"}""".formatted(eventId)).status()).isEqualTo(404);
        assertThat(editor.post(path, """
                {"eventId":"%s","reason":"an editor cannot skip"}""".formatted(eventId)).status()).isEqualTo(403);

        Answer skipped = admin.post(path, """
                {"eventId":"%s","reason":"a known bug in the shipyard proposal, fixed in the next release"}""".formatted(eventId));
        assertThat(skipped.status()).as(skipped.body().toString()).isEqualTo(200);
        Await.found(editor, "/api/initiatives/ir-pk-naval-academy-exchange?minPosition=" + later);
        assertAppliedOnce("ir-pk-naval-academy-exchange");
        assertThat(editor.get("/api/initiatives/ir-pk-joint-shipyard").status()).as("skipped for good").isEqualTo(404);
        JsonNode overview = admin.get("/api/admin/stopped-read-models").body();
        assertThat(overview.path("stopped")).isEmpty();
        JsonNode record = overview.path("skipped").get(0);
        assertThat(record.path("eventId").asText()).isEqualTo(eventId);
        assertThat(record.path("by").asText()).isEqualTo("admin");
        assertThat(record.path("reason").asText()).startsWith("a known bug");
        assertThat(stoppedGauge()).isZero();
        fault.cure("ir-pk-joint-shipyard");
    }

    private long propose(String id, String title) {
        Answer proposed = editor.put("/api/initiatives/" + id,
                SeedJson.initiative(title, "JOINT_EXERCISE", "abbas-araghchi", "recently"));
        assertThat(proposed.status()).isEqualTo(201);
        return proposed.body().path("position").asLong();
    }

    /** Waits until health names the proposal of {@code initiativeId} as the event the board stopped at. */
    private JsonNode awaitStop(String initiativeId) {
        String eventId = eventIdOf(initiativeId);
        for (int attempt = 0; attempt < 300; attempt++) {
            JsonNode stop = admin.get("/actuator/health").body().path("components").path("readModels")
                    .path("details").path(BOARD).path("stoppedAt");
            if (stop.path("eventId").asText().equals(eventId)) {
                return stop;
            }
            sleep();
        }
        throw new AssertionError("the board never stopped at " + initiativeId);
    }

    /** On the board once, with the one status its one event gave it. */
    private void assertAppliedOnce(String initiativeId) {
        JsonNode board = editor.get("/api/initiatives?limit=200").body().path("initiatives");
        int shown = 0;
        for (JsonNode initiative : board) {
            shown += initiative.path("initiativeId").asText().equals(initiativeId) ? 1 : 0;
        }
        assertThat(shown).as("%s on the board", initiativeId).isEqualTo(1);
        JsonNode initiative = editor.get("/api/initiatives/" + initiativeId).body();
        assertThat(initiative.path("history")).hasSize(1);
        assertThat(database.queryForObject("select count(*) from read_model_row where model = 'initiative' and record_key = ?", Long.class,
                initiativeId)).as("versions of %s on the board", initiativeId).isEqualTo(1);
    }

    /** The gauge {@code ties_read_model_stopped} of the board (Prometheus shows the same meter). */
    private double stoppedGauge() {
        Answer gauge = admin.get("/actuator/metrics/ties.read_model.stopped?tag=processor:" + BOARD);
        assertThat(gauge.status()).isEqualTo(200);
        return gauge.body().path("measurements").get(0).path("value").asDouble();
    }

    private String eventIdOf(String recordId) {
        return database.queryForObject("select event_identifier from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = 0", String.class, recordId);
    }

    private long position(String recordId) {
        return database.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = 0", Long.class, recordId);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
