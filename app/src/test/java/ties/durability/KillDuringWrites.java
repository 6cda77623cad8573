package ties.durability;

import com.fasterxml.jackson.databind.JsonNode;
import ties.Api;
import ties.Api.Answer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static ties.SeedJson.initiative;
import static ties.SeedJson.person;

/**
 * The fault an operator fears most: the service killed with SIGKILL while editors are recording.
 * Several editors propose initiatives at once; once enough have been acknowledged the process is
 * killed mid-load and started again on the same store. Then, exactly: every acknowledged initiative
 * is stored once, the store holds nothing but the acknowledged ones and those whose answer the kill
 * cut off, the board shows each stored initiative once, and the store's integrity verifies.
 *
 * <p>The board is read caught up with the store's last event, not the last acknowledged one: a
 * proposal whose answer the kill cut off may be stored beyond it, and the restarted board may not
 * have applied it yet.
 */
public final class KillDuringWrites {

    static final int WRITERS = 6;
    /**
     * The kill comes after this many acknowledged proposals, or after {@link #MAX_WRITING} on a slow
     * machine; the board's one page (limit 500) holds them all.
     */
    static final int ACKNOWLEDGED_BEFORE_KILL = 200;
    static final Duration MAX_WRITING = Duration.ofSeconds(60);

    /** Starts the service on the store under test, again after the kill. */
    public interface Service {
        ServiceProcess start(String name) throws Exception;
    }

    /** Reads the store directly while the service is down. */
    public interface Store {
        Stored read() throws Exception;
    }

    /** InitiativeProposed events per initiative id, and the position of the last stored event. */
    public record Stored(Map<String, Long> proposalsPerInitiative, long lastPosition) {
    }

    /** What {@link Store} answers, read over JDBC from Axon's event table. */
    public static Stored read(String url, String user, String password) throws SQLException {
        Map<String, Long> proposals = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            try (ResultSet rows = connection.createStatement().executeQuery("select aggregate_identifier, count(*) "
                    + "from domain_event_entry where payload_type like '%InitiativeProposed' group by aggregate_identifier")) {
                while (rows.next()) {
                    proposals.put(rows.getString(1), rows.getLong(2));
                }
            }
            try (ResultSet last = connection.createStatement().executeQuery("select max(global_index) from domain_event_entry")) {
                last.next();
                return new Stored(proposals, last.getLong(1));
            }
        }
    }

    private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
    private final Set<String> unanswered = ConcurrentHashMap.newKeySet();
    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());

    public void run(Service service, Store store) throws Exception {
        try (ServiceProcess first = service.start("before-kill")) {
            writeUntilKilled(first);
        }
        assertThat(refused).as("answers other than 201 before the kill").isEmpty();
        assertThat(acknowledged).as("acknowledged before the kill").hasSizeGreaterThan(WRITERS);
        assertThat(unanswered).as("at most one proposal in flight per writer").hasSizeLessThanOrEqualTo(WRITERS);

        Stored beforeRestart = store.read();
        assertThat(beforeRestart.lastPosition()).as("the last stored event is at or beyond the last acknowledged one")
                .isGreaterThanOrEqualTo(Collections.max(acknowledged.values()));
        Set<String> onBoard;
        try (ServiceProcess second = service.start("after-kill")) {
            long lastPosition = beforeRestart.lastPosition();
            Answer board = caughtUp(second.api("viewer"), "/api/initiatives?limit=500&minPosition=" + lastPosition);
            assertThat(board.status()).as("board caught up with position %s: %s", lastPosition, board.body()).isEqualTo(200);
            List<String> ids = board.body().path("initiatives").findValuesAsText("initiativeId");
            assertThat(ids).as("each initiative once on the board").doesNotHaveDuplicates();
            onBoard = Set.copyOf(ids);

            JsonNode integrity = second.api("auditor").get("/api/audit/integrity").body();
            assertThat(integrity.path("status").asText()).as("integrity after the kill: %s", integrity).isEqualTo("OK");
            second.stop();
        }

        Map<String, Long> stored = store.read().proposalsPerInitiative();
        assertThat(stored).as("the restart stored no proposal").isEqualTo(beforeRestart.proposalsPerInitiative());
        assertThat(stored).as("every acknowledged proposal stored exactly once")
                .containsAllEntriesOf(acknowledged.keySet().stream().collect(Collectors.toMap(Function.identity(), id -> 1L)));
        assertThat(stored.values()).as("no proposal stored twice").containsOnly(1L);
        assertThat(unanswered).as("what is stored beyond the acknowledged was cut off by the kill")
                .containsAll(difference(stored.keySet(), acknowledged.keySet()));
        assertThat(onBoard).as("the board shows exactly the stored initiatives").isEqualTo(stored.keySet());
        System.out.printf("kill -9 under load: %d proposals acknowledged, %d stored, %d cut off by the kill, "
                + "%d of them stored%n", acknowledged.size(), stored.size(), unanswered.size(),
                stored.size() - acknowledged.size());
    }

    /** Six editors propose initiatives; the service is killed once enough were acknowledged, while they still send. */
    private void writeUntilKilled(ServiceProcess first) throws Exception {
        Api editor = first.api("editor");
        assertThat(editor.put("/api/actors/mohammad-bagheri", person("Mohammad Hossein Bagheri", "IR", "Baqeri"))
                .status()).isEqualTo(201);

        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> propose(editor, writer));
        }
        Instant deadline = Instant.now().plus(MAX_WRITING);
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && refused.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        first.kill();
        writers.shutdown();
        assertThat(writers.awaitTermination(1, TimeUnit.MINUTES)).as("every writer stopped after the kill").isTrue();
    }

    /** The read model answers 503 while it replays after the restart beyond its 5 s wait; ask again. */
    private static Answer caughtUp(Api api, String path) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        Answer answer = api.get(path);
        while (answer.status() == 503 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            answer = api.get(path);
        }
        return answer;
    }

    private void propose(Api editor, int writer) {
        for (int n = 0; ; n++) {
            String id = "kill-" + writer + "-" + n;
            unanswered.add(id);
            Answer answer;
            try {
                answer = editor.put("/api/initiatives/" + id, initiative("Joint naval patrol " + writer + "-" + n
                        + " in the Gulf of Oman", "JOINT_PATROL", "mohammad-bagheri", "recently"));
            } catch (RuntimeException killed) {
                return; // the connection died with the service: this proposal stays unanswered
            }
            unanswered.remove(id);
            if (answer.status() != 201) {
                refused.add(id + ": " + answer.status() + " " + answer.body());
                return;
            }
            acknowledged.put(id, answer.body().path("position").asLong());
        }
    }

    private static Set<String> difference(Set<String> all, Set<String> minus) {
        return all.stream().filter(id -> !minus.contains(id)).collect(Collectors.toSet());
    }
}
