package ties.query;

import com.fasterxml.jackson.databind.JsonNode;
import ties.Api;
import ties.Api.Answer;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static ties.SeedJson.initiative;
import static ties.SeedJson.person;
import static ties.SeedJson.status;

/**
 * An auditor asks what the dashboards showed before an initiative moved on (the board, the initiative,
 * the timeline, each as recorded at that moment), and what changed since, by whom. The same journey
 * on H2 and PostgreSQL.
 */
public final class AsOfJourney {

    private final Api editor;
    private final Api auditor;
    private final String run;

    public AsOfJourney(int port, String run) {
        this.editor = new Api(port, "editor");
        this.auditor = new Api(port, "auditor");
        this.run = run;
    }

    public void theDashboardsAsTheyStoodBeforeAChange() throws InterruptedException {
        String bagheri = "asof-bagheri-" + run;
        String id = "asof-naval-exercises-" + run;
        assertThat(editor.put("/api/actors/" + bagheri, person("Mohammad Bagheri (" + run + ")", "IR")).status()).isEqualTo(201);
        long proposed = editor.put("/api/initiatives/" + id,
                initiative("Joint naval exercises (" + run + ")", "JOINT_EXERCISE", bagheri, "recently"))
                .body().path("position").asLong();
        assertThat(auditor.get("/api/initiatives/" + id + "?minPosition=" + proposed).status()).isEqualTo(200);
        assertThat(auditor.get("/api/timeline?initiative=" + id + "&minPosition=" + proposed).status()).isEqualTo(200);
        Thread.sleep(5); // recorded times are to the millisecond: 'before' must lie strictly between the two writes
        Instant before = Instant.now();
        Thread.sleep(5);
        long agreed = editor.post("/api/initiatives/" + id + "/status", status("AGREED", "recently"))
                .body().path("position").asLong();

        JsonNode now = auditor.get("/api/initiatives/" + id + "?minPosition=" + agreed).body();
        JsonNode then = auditor.get("/api/initiatives/" + id + "?asOf=" + before).body();
        assertThat(now.path("status").asText()).isEqualTo("AGREED");
        assertThat(then.path("status").asText()).isEqualTo("PROPOSED");
        assertThat(then.path("history")).hasSize(1);

        JsonNode boardThen = auditor.get("/api/initiatives?party=IR&limit=500&asOf=" + before).body();
        assertThat(boardThen.path("initiatives").findValues("initiativeId").stream().map(JsonNode::asText)).contains(id);
        assertThat(statusOn(boardThen, id)).isEqualTo("PROPOSED");
        assertThat(statusOn(auditor.get("/api/initiatives?party=IR&limit=500").body(), id)).isEqualTo("AGREED");
        Answer boardBeforeItExisted = auditor.get("/api/initiatives?party=IR&limit=500&asOf=2000-01-01T00:00:00Z");
        assertThat(boardBeforeItExisted.body().path("initiatives").findValues("initiativeId").stream().map(JsonNode::asText))
                .doesNotContain(id);

        JsonNode timelineNow = auditor.get("/api/timeline?initiative=" + id).body();
        JsonNode timelineThen = auditor.get("/api/timeline?initiative=" + id + "&asOf=" + before).body();
        assertThat(timelineThen.path("developments").size()).isLessThan(timelineNow.path("developments").size());

        JsonNode history = auditor.get("/api/audit/records/" + id + "/history?minPosition=" + agreed).body();
        assertThat(history.path("events").findValuesAsText("eventType")).containsExactly("InitiativeProposed", "InitiativeStatusChanged");
        assertThat(history.path("events").findValuesAsText("recordedBy")).containsOnly("editor");
        JsonNode changedSince = auditor.get("/api/audit/log?record=" + id + "&from=" + before + "&minPosition=" + agreed).body();
        assertThat(changedSince.path("events").findValuesAsText("eventType")).containsExactly("InitiativeStatusChanged");
    }

    private static String statusOn(JsonNode board, String id) {
        for (JsonNode initiative : board.path("initiatives")) {
            if (initiative.path("initiativeId").asText().equals(id)) {
                return initiative.path("status").asText();
            }
        }
        return null;
    }
}
