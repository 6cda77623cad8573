package ties.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ties.Api;
import ties.Api.Answer;
import ties.SeedJson;
import ties.query.store.PackedDocuments;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@FaultsTest
@DisplayName("Audit positions: every entry shows its event's own global position, also after a rebuild")
class AuditPositionsTest {

    @LocalServerPort
    int port;

    @Autowired
    OutOfOrderCommits outOfOrder;

    @Autowired
    JdbcTemplate database;

    @Autowired
    ObjectMapper json;

    @Test
    @DisplayName("events committed out of order keep their own positions; a rebuild applies each event once")
    void out_of_order_commits_keep_their_own_positions() throws Exception {
        Api editor = new Api(port, "editor");
        Api auditor = new Api(port, "auditor");
        assertThat(editor.put("/api/actors/ishaq-dar", SeedJson.person("Ishaq Dar", "PK")).status()).isIn(200, 201);

        OutOfOrderCommits.Positions positions = outOfOrder.propose("ir-pk-coastal-patrols", "ir-pk-drone-talks",
                "ishaq-dar", () -> Await.found(auditor, "/api/audit/records/ir-pk-drone-talks/history"));
        assertThat(positions.first()).isLessThan(positions.second());

        Answer first = Await.caughtUp(auditor, "/api/audit/records/ir-pk-coastal-patrols/history?minPosition=" + positions.second());
        Answer second = Await.caughtUp(auditor, "/api/audit/records/ir-pk-drone-talks/history?minPosition=" + positions.second());
        assertThat(first.body().path("events").get(0).path("position").asLong()).isEqualTo(positions.first());
        assertThat(second.body().path("events").get(0).path("position").asLong()).isEqualTo(positions.second());
        assertEveryEntryHasItsOwnPosition(auditor, 0);

        Answer started = auditor.post("/api/admin/read-models/audit-log/rebuild", null);
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        JsonNode progress = auditor.get("/api/admin/read-models/audit-log").body();
        for (long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
             progress.path("rebuild").path("state").asText().equals("BUILDING"); ) {
            assertThat(System.nanoTime()).as("rebuild done within 60 s: " + progress).isLessThan(deadline);
            Thread.sleep(100);
            progress = auditor.get("/api/admin/read-models/audit-log").body();
        }
        assertThat(progress.path("rebuild").path("state").asText()).as(progress.toString()).isEqualTo("SWITCHED");
        assertEveryEntryHasItsOwnPosition(auditor, progress.path("servingGeneration").asInt());
    }

    /**
     * Every stored event has exactly one audit entry, stored once (one version: applying an event again
     * changes nothing), showing the event's global position; no two entries share a position.
     */
    private void assertEveryEntryHasItsOwnPosition(Api auditor, int generation) throws Exception {
        long head = database.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        Await.found(auditor, "/api/audit/log?limit=1&minPosition=" + head);
        Map<String, Long> stored = new HashMap<>();
        database.query("select event_identifier, global_index from domain_event_entry",
                row -> { stored.put(row.getString(1), row.getLong(2)); });
        String model = generation == 0 ? "audit" : "audit~" + generation;
        List<Map<String, Object>> rows = database.queryForList(
                "select record_key, packed from read_model_row where model = ?", model);
        Map<String, Long> shown = new HashMap<>();
        for (Map<String, Object> row : rows) {
            JsonNode entry = json.readTree(PackedDocuments.unpack((byte[]) row.get("packed")));
            assertThat(shown.put((String) row.get("record_key"), entry.path("position").asLong()))
                    .as("a second version of the entry of event %s", row.get("record_key")).isNull();
        }
        assertThat(shown).isEqualTo(stored);
    }
}
