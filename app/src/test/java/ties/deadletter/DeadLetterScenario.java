package ties.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpMethod;
import ties.Api;
import ties.Api.Answer;
import ties.SeedJson;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dead letters end to end, the same on every store: a statement the statements read model cannot
 * apply is parked with its error and the record's later events, the read model goes on with other
 * records, admins see the letters, a retry before the fix keeps them parked, a retry after it
 * applies the record, an evicted letter is gone for good, and a rebuild applies what was parked and
 * empties the queue.
 *
 * @param suffix makes the record ids of one run unique
 */
public record DeadLetterScenario(Api editor, Api admin, Api auditor, Poison poison, String suffix) {

    static final String GROUP = "statements";

    public DeadLetterScenario(int port, Poison poison, String suffix) {
        this(new Api(port, "editor"), new Api(port, "admin"), new Api(port, "auditor"), poison, suffix);
    }

    public void run() throws InterruptedException {
        String poisoned = "dlq-poisoned-" + suffix;
        String healthy = "dlq-healthy-" + suffix;
        poison.poison(poisoned);
        record(poisoned, "Border patrols will double");
        Answer corrected = editor.post("/api/statements/" + poisoned + "/corrections", """
                {"reason":"the report says frequency, not number","corrected":%s}"""
                .formatted(statement("Border patrols will be more frequent")));
        assertThat(corrected.status()).isEqualTo(200);
        long position = record(healthy, "Surveillance will use advanced technology");

        // The read model went on: the later, healthy record is there; the poisoned one is not.
        assertThat(editor.get("/api/statements/" + healthy + "?minPosition=" + position).status()).isEqualTo(200);
        assertThat(editor.get("/api/statements/" + poisoned).status()).isEqualTo(404);

        JsonNode sequence = parkedSequence(poisoned);
        assertThat(sequence.path("letters")).hasSize(2);
        JsonNode failed = sequence.path("letters").get(0);
        assertThat(failed.path("eventType").asText()).isEqualTo("StatementRecorded");
        assertThat(failed.path("recordSequence").asLong()).isZero();
        assertThat(failed.path("position").asLong()).isPositive();
        assertThat(failed.path("causeType").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(failed.path("causeMessage").asText()).contains(poisoned, "poisoned");
        assertThat(failed.path("enqueuedAt").asText()).isNotBlank();
        assertThat(failed.path("retries").asInt()).isZero();
        JsonNode parkedBehind = sequence.path("letters").get(1);
        assertThat(parkedBehind.path("eventType").asText()).isEqualTo("StatementCorrected");
        assertThat(parkedBehind.path("causeType").isNull()).isTrue();
        assertThat(deadLetters()).isEqualTo(2);
        JsonNode overview = admin.get("/api/admin/dead-letters").body();
        assertThat(overview.findValuesAsText("readModel")).containsExactly("actors", "audit-log", "engagements", GROUP);

        // A retry before the fix fails again: still parked, one failed retry counted, the new error kept.
        Answer early = admin.post("/api/admin/dead-letters/" + GROUP + "/retry", null);
        assertThat(early.status()).isEqualTo(200);
        assertThat(early.body().path("sequencesApplied").asInt()).isZero();
        assertThat(early.body().path("deadLettersLeft").asLong()).isEqualTo(2);
        assertThat(parkedSequence(poisoned).path("letters").get(0).path("retries").asInt()).isEqualTo(1);

        // Fixed: the retry applies the whole record in order, and the queue is empty again.
        poison.cure(poisoned);
        Answer retried = admin.post("/api/admin/dead-letters/" + GROUP + "/retry?limit=1", null);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().path("sequencesTried").asInt()).isEqualTo(1);
        assertThat(retried.body().path("sequencesApplied").asInt()).isEqualTo(1);
        assertThat(retried.body().path("deadLettersLeft").asLong()).isZero();
        Answer applied = editor.get("/api/statements/" + poisoned);
        assertThat(applied.status()).isEqualTo(200);
        assertThat(applied.text("text")).isEqualTo("Border patrols will be more frequent");
        Answer health = admin.get("/actuator/health");
        assertThat(health.body().path("components").path("readModels").path("details").path(GROUP)
                .path("deadLetters").asLong()).isZero();

        evictionIsFinal();
        rebuildAppliesWhatWasParked();
        badInputIsAProblem();
    }

    private void evictionIsFinal() {
        String dropped = "dlq-dropped-" + suffix;
        poison.poison(dropped);
        long position = record(dropped, "Joint operations will be planned");
        assertThat(editor.get("/api/statements?minPosition=" + position).status()).isEqualTo(200);
        String eventId = parkedSequence(dropped).path("letters").get(0).path("eventId").asText();

        Answer evicted = admin.send(HttpMethod.DELETE, "/api/admin/dead-letters/" + GROUP + "/" + eventId, null, Map.of());
        assertThat(evicted.status()).isEqualTo(200);
        assertThat(evicted.text("recordId")).isEqualTo(dropped);
        assertThat(deadLetters()).isZero();
        poison.cure(dropped);
        assertThat(admin.post("/api/admin/dead-letters/" + GROUP + "/retry", null).body()
                .path("sequencesTried").asInt()).isZero();
        assertThat(editor.get("/api/statements/" + dropped).status()).isEqualTo(404);
        assertThat(admin.send(HttpMethod.DELETE, "/api/admin/dead-letters/" + GROUP + "/" + eventId, null, Map.of())
                .status()).isEqualTo(404);
    }

    /**
     * The fault is fixed and an auditor rebuilds the read model instead of retrying: the new generation
     * holds the parked record, and its letters, which would hold the record's later events back, go.
     */
    private void rebuildAppliesWhatWasParked() throws InterruptedException {
        String parked = "dlq-rebuilt-" + suffix;
        poison.poison(parked);
        long position = record(parked, "Intelligence sharing will be expanded");
        assertThat(editor.get("/api/statements?minPosition=" + position).status()).isEqualTo(200);
        assertThat(deadLetters()).isEqualTo(1);
        poison.cure(parked);

        Answer started = auditor.post("/api/admin/read-models/" + GROUP + "/rebuild", null);
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        JsonNode progress = auditor.get("/api/admin/read-models/" + GROUP).body();
        for (long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
             progress.path("rebuild").path("state").asText().equals("BUILDING"); ) {
            assertThat(System.nanoTime()).as("rebuild done within 60 s: " + progress).isLessThan(deadline);
            Thread.sleep(100);
            progress = auditor.get("/api/admin/read-models/" + GROUP).body();
        }
        assertThat(progress.path("rebuild").path("state").asText()).as(progress.toString()).isEqualTo("SWITCHED");

        assertThat(deadLetters()).isZero();
        Answer rebuilt = editor.get("/api/statements/" + parked);
        assertThat(rebuilt.status()).isEqualTo(200);
        assertThat(rebuilt.text("text")).isEqualTo("Intelligence sharing will be expanded");
        Answer corrected = editor.post("/api/statements/" + parked + "/corrections", """
                {"reason":"the report names the partners","corrected":%s}"""
                .formatted(statement("Intelligence sharing with Pakistan will be expanded")));
        assertThat(editor.get("/api/statements/" + parked + "?minPosition=" + corrected.body().path("position").asLong())
                .text("text")).as("the record's later events are applied, not parked")
                .isEqualTo("Intelligence sharing with Pakistan will be expanded");
    }

    private void badInputIsAProblem() {
        Answer unknown = admin.get("/api/admin/dead-letters/no-such-read-model");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.headers().getContentType()).hasToString("application/problem+json");
        Answer ordered = admin.post("/api/admin/dead-letters/timeline/retry", null);
        assertThat(ordered.status()).isEqualTo(404);
        assertThat(ordered.text("detail")).contains("parks no dead letters");
        assertThat(admin.post("/api/admin/dead-letters/" + GROUP + "/retry?limit=0", null).status()).isEqualTo(400);
        assertThat(editor.get("/api/admin/dead-letters").status()).isEqualTo(403);
    }

    /** Records a statement by an unnamed official; answers the event store position after it. */
    private long record(String statementId, String text) {
        Answer recorded = editor.put("/api/statements/" + statementId, statement(text));
        assertThat(recorded.status()).isEqualTo(201);
        return recorded.body().path("position").asLong();
    }

    private JsonNode parkedSequence(String recordId) {
        Answer queue = admin.get("/api/admin/dead-letters/" + GROUP);
        assertThat(queue.status()).isEqualTo(200);
        for (JsonNode sequence : queue.body().path("parked")) {
            if (sequence.path("recordId").asText().equals(recordId)) {
                return sequence;
            }
        }
        throw new AssertionError("no dead letters of " + recordId + " in " + queue.body());
    }

    private long deadLetters() {
        return admin.get("/api/admin/dead-letters/" + GROUP).body().path("deadLetters").asLong();
    }

    private static String statement(String text) {
        return """
                {"speaker":{"description":"a senior defense official"},"form":"QUOTE","text":"%s","occurred":"recently",
                 "topics":["border security"],"provenance":%s}""".formatted(text, SeedJson.PROVENANCE);
    }
}
