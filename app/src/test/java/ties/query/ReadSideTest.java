package ties.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ties.Api;
import ties.Api.Answer;
import ties.TiesTest;
import ties.query.board.InitiativeBoardProjection;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static ties.SeedJson.initiative;
import static ties.SeedJson.person;
import static ties.SeedJson.status;

@TiesTest
@DisplayName("Read side: read your writes, live feeds and rebuilds")
class ReadSideTest {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void editor() {
        api = new Api(port, "editor");
    }

    private String proposeNavalExercises(String suffix) {
        String bagheri = "bagheri-" + suffix;
        api.put("/api/actors/" + bagheri, person("Mohammad Hossein Bagheri " + suffix, "IR"));
        String id = "naval-exercises-" + suffix;
        assertThat(api.put("/api/initiatives/" + id,
                initiative("Joint naval exercises " + suffix, "JOINT_EXERCISE", bagheri, "recently")).status()).isEqualTo(201);
        return id;
    }

    @Test
    void an_editor_reads_their_own_write_by_waiting_for_the_receipts_position() {
        String id = proposeNavalExercises("ryw");
        Answer moved = api.post("/api/initiatives/" + id + "/status", status("UNDER_DISCUSSION", "recently"));

        Answer read = api.get("/api/initiatives/" + id + "?minPosition=" + moved.body().path("position").asLong());

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("status")).isEqualTo("UNDER_DISCUSSION");
        assertThat(read.body().path("history")).hasSize(2);
        assertThat(read.body().path("history").get(1).path("recordedBy").asText()).isEqualTo("editor");
    }

    @Test
    void a_position_not_reached_in_time_is_503_with_retry_after(@Autowired EventProcessingConfiguration processing) {
        // The board stands still, so the position of a new write is one it cannot reach in time.
        EventProcessor board = processing.eventProcessor(InitiativeBoardProjection.GROUP).orElseThrow();
        board.shutDown();
        try {
            api.put("/api/actors/bagheri-stalled-board", person("Mohammad Hossein Bagheri stalled board", "IR"));
            Answer proposed = api.put("/api/initiatives/naval-exercises-stalled-board",
                    initiative("Joint naval exercises stalled board", "JOINT_EXERCISE", "bagheri-stalled-board", "recently"));

            Answer answer = api.get("/api/initiatives?minPosition=" + proposed.body().path("position").asLong());

            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.headers().getFirst("Retry-After")).isEqualTo("1");
            assertThat(answer.text("type")).isEqualTo("urn:ties:problem:not-caught-up");
        } finally {
            board.start();
        }
    }

    @Test
    void a_position_no_receipt_gave_is_refused_at_once() {
        Answer answer = api.get("/api/initiatives?minPosition=999999999");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("detail")).contains("beyond the last stored event");
    }

    @Test
    void a_dashboard_subscribed_to_an_initiative_sees_a_status_change_arrive() throws Exception {
        String id = proposeNavalExercises("live");
        // Subscribe once the board holds the initiative, so the snapshot shows it.
        awaitOnBoard(id);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest subscribe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/initiatives/" + id + "/live"))
                .header("Accept", "text/event-stream").header("Authorization", Api.demoUser("viewer")).build();
        HttpResponse<InputStream> stream = client.send(subscribe, HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> readDataLines(stream.body(), events), "sse-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            JsonNode snapshot = new ObjectMapper().readTree(events.poll(10, TimeUnit.SECONDS));
            assertThat(snapshot.path("status").asText()).isEqualTo("PROPOSED");

            api.post("/api/initiatives/" + id + "/status", status("AGREED", "recently"));

            String change = events.poll(5, TimeUnit.SECONDS);
            assertThat(change).as("a change event within 5 s").isNotNull();
            assertThat(new ObjectMapper().readTree(change).path("status").asText()).isEqualTo("AGREED");
        } finally {
            stream.body().close();
            reader.interrupt();
        }
    }

    @Test
    void a_projection_rebuilt_from_the_event_store_gives_the_same_answers() throws Exception {
        String id = proposeNavalExercises("rebuild");
        Answer last = api.post("/api/initiatives/" + id + "/status", status("AGREED", "recently"));
        long position = last.body().path("position").asLong();
        JsonNode before = api.get("/api/initiatives?limit=500&minPosition=" + position).body();
        Api auditor = new Api(port, "auditor");

        Answer rebuild = auditor.post("/api/admin/read-models/initiative-board/rebuild", null);
        assertThat(rebuild.status()).isEqualTo(202);
        assertThat(rebuild.body().path("rebuild").path("head").asLong()).isGreaterThanOrEqualTo(position);
        assertThat(auditor.post("/api/admin/read-models/initiative-board/rebuild", null).status())
                .as("a second rebuild while one runs").isEqualTo(409);

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (auditor.get("/api/admin/read-models/initiative-board").body().path("rebuild").path("state").asText().equals("BUILDING")) {
            assertThat(System.nanoTime()).as("rebuild done within 60 s").isLessThan(deadline);
            Thread.sleep(100);
        }
        assertThat(api.get("/api/initiatives?limit=500").body()).isEqualTo(before);
    }

    @Test
    void a_reference_replay_reads_every_event_up_to_the_head_and_leaves_no_token(@Autowired DataSource database)
            throws Exception {
        String id = proposeNavalExercises("reference");
        long position = api.post("/api/initiatives/" + id + "/status", status("AGREED", "recently")).body()
                .path("position").asLong();
        Api admin = new Api(port, "admin");
        assertThat(api.post("/api/admin/replay-reference", null).status()).as("an editor").isEqualTo(403);

        awaitNoReferenceReplay(admin);
        Answer started = admin.post("/api/admin/replay-reference", null);
        assertThat(started.status()).isEqualTo(202);
        long head = started.body().path("head").asLong();
        assertThat(head).isGreaterThanOrEqualTo(position);

        JsonNode replay = awaitNoReferenceReplay(admin).get(0);
        assertThat(replay.path("startedAt")).isEqualTo(started.body().path("startedAt"));
        assertThat(replay.path("state").asText()).isEqualTo("FINISHED");
        assertThat(replay.path("position").asLong()).isGreaterThanOrEqualTo(head);
        assertThat(replay.path("eventsPerSecond").asDouble()).isPositive();
        assertThat(new JdbcTemplate(database).queryForObject(
                "select count(*) from token_entry where processor_name = 'replay-reference'", Integer.class)).isZero();
    }

    /** This node's reference replays once none runs (the role matrix may have started one). */
    private static JsonNode awaitNoReferenceReplay(Api admin) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode replays = admin.get("/api/admin/replay-reference").body();
        while (replays.findValuesAsText("state").contains("RUNNING")) {
            assertThat(System.nanoTime()).as("reference replay done within 60 s").isLessThan(deadline);
            Thread.sleep(100);
            replays = admin.get("/api/admin/replay-reference").body();
        }
        return replays;
    }

    @Test
    void an_auditor_sees_the_board_initiative_and_timeline_as_they_stood_before_a_change() throws Exception {
        new AsOfJourney(port, "h2").theDashboardsAsTheyStoodBeforeAChange();
    }

    @Test
    void the_board_rebuilt_while_editors_write_and_dashboards_read_never_fails_or_goes_backwards(
            @Autowired DataSource database) throws Exception {
        new RebuildJourney(port, "h2").rebuildWhileInUse(new JdbcTemplate(database));
    }

    @Test
    void a_failed_rebuild_leaves_the_serving_generation_answering(@Autowired DataSource database) throws Exception {
        new RebuildJourney(port, "h2-failing").failedRebuildLeavesTheServingGeneration(new JdbcTemplate(database));
    }

    private void awaitOnBoard(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (api.get("/api/initiatives/" + id).status() != 200) {
            assertThat(System.nanoTime()).as(id + " on the board within 20 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    static void readDataLines(InputStream body, BlockingQueue<String> events) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("data:")) {
                    events.add(line.substring(5));
                }
            }
        } catch (Exception ignored) {
            // the test closed the stream
        }
    }
}
