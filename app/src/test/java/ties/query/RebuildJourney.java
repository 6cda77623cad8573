package ties.query;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.JdbcTemplate;
import ties.Api;
import ties.Api.Answer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static ties.SeedJson.initiative;
import static ties.SeedJson.person;

/**
 * An auditor rebuilds the initiative board while editors keep recording and dashboards keep reading:
 * the same journey on H2 and on PostgreSQL.
 */
public final class RebuildJourney {

    private static final String BOARD = "/api/admin/read-models/initiative-board";

    private final Api editor;
    private final Api viewer;
    private final Api auditor;
    private final String run;

    public RebuildJourney(int port, String run) {
        this.editor = new Api(port, "editor");
        this.viewer = new Api(port, "viewer");
        this.auditor = new Api(port, "auditor");
        this.run = run;
    }

    /**
     * Rebuilds the board while an editor proposes initiatives and a dashboard reads the board without
     * pause: no read fails, none shows fewer of the editor's initiatives than the read before, the new
     * generation takes over and holds every initiative proposed, and the replaced generation's rows go.
     */
    public void rebuildWhileInUse(JdbcTemplate database) throws InterruptedException {
        recordProposer();
        for (int i = 0; i < 20; i++) {
            assertThat(propose(i).status()).isEqualTo(201);
        }
        int servingBefore = auditor.get(BOARD).body().path("servingGeneration").asInt();

        AtomicBoolean stop = new AtomicBoolean();
        Queue<String> proposed = new ConcurrentLinkedQueue<>();
        Queue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicLong lastPosition = new AtomicLong();
        AtomicInteger readsDuringRebuild = new AtomicInteger();
        AtomicBoolean rebuilding = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            for (int i = 20; !stop.get(); i++) {
                Answer answer = propose(i);
                if (answer.status() != 201) {
                    problems.add("proposal " + i + " answered " + answer.status() + " " + answer.body());
                }
                proposed.add(id(i));
                lastPosition.set(answer.body().path("position").asLong());
            }
        }, "editor");
        Thread dashboard = new Thread(() -> {
            Set<String> seen = new HashSet<>();
            while (!stop.get()) {
                boolean duringRebuild = rebuilding.get();
                Answer board = viewer.get("/api/initiatives?limit=500");
                if (duringRebuild || rebuilding.get()) {
                    readsDuringRebuild.incrementAndGet();
                }
                if (board.status() != 200) {
                    problems.add("board answered " + board.status() + " " + board.body());
                    continue;
                }
                Set<String> now = ids(board.body(), this::proposedHere);
                if (!now.containsAll(seen)) {
                    Set<String> lost = new HashSet<>(seen);
                    lost.removeAll(now);
                    problems.add("the board went backwards: " + lost + " disappeared");
                }
                seen = now;
            }
        }, "dashboard");
        writer.start();
        dashboard.start();
        try {
            rebuilding.set(true);
            Answer started = auditor.post(BOARD + "/rebuild", null);
            assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
            assertThat(started.body().path("rebuild").path("generation").asInt()).isGreaterThan(servingBefore);

            JsonNode done = awaitRebuild(Duration.ofSeconds(90));
            rebuilding.set(false);
            assertThat(done.path("rebuild").path("state").asText()).as(done.toString()).isEqualTo("SWITCHED");
            assertThat(done.path("servingGeneration").asInt()).isEqualTo(done.path("rebuild").path("generation").asInt());
            Thread.sleep(1000); // the editor and dashboard go on against the new generation for a while
        } finally {
            stop.set(true);
            writer.join();
            dashboard.join();
        }
        assertThat(problems).isEmpty();
        assertThat(readsDuringRebuild.get()).as("board reads while the rebuild ran").isPositive();
        Answer after = viewer.get("/api/initiatives?limit=500&minPosition=" + lastPosition.get());
        assertThat(after.status()).isEqualTo(200);
        assertThat(ids(after.body(), this::proposedHere)).containsAll(proposed);

        String replaced = servingBefore == 0 ? "initiative" : "initiative~" + servingBefore;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (database.queryForObject("select count(*) from read_model_row where model = ?", Integer.class, replaced) > 0) {
            assertThat(System.nanoTime()).as("generation " + servingBefore + " dropped within 60 s").isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    /**
     * A stored event that can no longer be read makes the rebuild fail: the serving generation keeps
     * answering as before, and what the rebuild had written is gone.
     */
    public void failedRebuildLeavesTheServingGeneration(JdbcTemplate database) throws InterruptedException {
        recordProposer();
        long position = propose(0).body().path("position").asLong();
        JsonNode before = viewer.get("/api/initiatives?limit=500&minPosition=" + position).body();
        int servingBefore = auditor.get(BOARD).body().path("servingGeneration").asInt();

        byte[] stored = database.queryForObject("select payload from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = 0", byte[].class, id(0));
        database.update("update domain_event_entry set payload = ? where aggregate_identifier = ? and sequence_number = 0",
                "{\"title\": unreadable".getBytes(StandardCharsets.UTF_8), id(0));
        JsonNode done;
        try {
            Answer started = auditor.post(BOARD + "/rebuild", null);
            assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
            int generation = started.body().path("rebuild").path("generation").asInt();
            done = awaitRebuild(Duration.ofSeconds(90));
            assertThat(database.queryForObject("select count(*) from read_model_row where model like ?", Integer.class,
                    "%~" + generation)).as("rows of the failed generation").isZero();
        } finally {
            database.update("update domain_event_entry set payload = ? where aggregate_identifier = ? and sequence_number = 0",
                    stored, id(0));
        }
        assertThat(done.path("rebuild").path("state").asText()).as(done.toString()).isEqualTo("FAILED");
        assertThat(done.path("rebuild").path("failure").asText()).isNotBlank();
        assertThat(done.path("servingGeneration").asInt()).isEqualTo(servingBefore);
        assertThat(viewer.get("/api/initiatives?limit=500").body()).isEqualTo(before);
        assertThat(done.path("running").asBoolean()).as("the live processor runs on").isTrue();
    }

    private void recordProposer() {
        Answer answer = editor.put("/api/actors/bagheri-" + run, person("Mohammad Hossein Bagheri (" + run + ")", "IR"));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
    }

    private Answer propose(int i) {
        return editor.put("/api/initiatives/" + id(i),
                initiative("Joint naval exercises " + run + " " + i, "JOINT_EXERCISE", "bagheri-" + run, "recently"));
    }

    private String id(int i) {
        return "rebuild-" + run + "-" + i;
    }

    private boolean proposedHere(String id) {
        return id.matches(Pattern.quote("rebuild-" + run + "-") + "\\d+");
    }

    private JsonNode awaitRebuild(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            JsonNode progress = auditor.get(BOARD).body();
            if (!"BUILDING".equals(progress.path("rebuild").path("state").asText())) {
                return progress;
            }
            assertThat(System.nanoTime()).as("rebuild finished within " + limit + ": " + progress).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static Set<String> ids(JsonNode board, Predicate<String> wanted) {
        List<String> ids = new ArrayList<>();
        board.path("initiatives").forEach(initiative -> ids.add(initiative.path("initiativeId").asText()));
        return new HashSet<>(ids.stream().filter(wanted).toList());
    }
}
