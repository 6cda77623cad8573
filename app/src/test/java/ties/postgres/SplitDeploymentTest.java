package ties.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ties.Api;
import ties.Api.Answer;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static ties.SeedJson.initiative;
import static ties.SeedJson.person;
import static ties.SeedJson.status;

/**
 * The split deployment on real processes: two command-side and two query-side JVMs on loopback
 * sharing one PostgreSQL schema, no Axon Server. Commands go through both command nodes at once;
 * every event must reach every read model exactly once, concurrent edits of one record must be
 * caught, the query nodes must share segments, and when one dies the other takes over and catches up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Split deployment: 2 command nodes, 2 query nodes, one PostgreSQL")
class SplitDeploymentTest {

    private static final String EDITOR = "editor";
    private static final String AUDITOR = "auditor";

    private final String schema = "ties_split_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final List<Process> processes = new ArrayList<>();
    private String jdbcUrl;
    private Api command1;
    private Api command2;
    private Api query1;
    private Api query2;
    private Process query2Process;

    @BeforeAll
    void startNodes() throws Exception {
        String base = PostgresAvailability.url();
        assumeTrue(PostgresAvailability.reachable(), "PostgreSQL is not reachable at " + base);
        try (Connection connection = DriverManager.getConnection(base, PostgresAvailability.user(), PostgresAvailability.password());
             Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        }
        jdbcUrl = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;

        int[] ports = {freePort(), freePort(), freePort(), freePort()};
        // The first node migrates the schema; the others start together once it is up.
        processes.add(start("command-1", "command", ports[0]));
        command1 = await(ports[0], EDITOR);
        processes.add(start("command-2", "command", ports[1]));
        processes.add(start("query-1", "query", ports[2]));
        query2Process = start("query-2", "query", ports[3]);
        processes.add(query2Process);
        command2 = await(ports[1], EDITOR);
        query1 = await(ports[2], AUDITOR);
        query2 = await(ports[3], AUDITOR);
    }

    @AfterAll
    void stopNodes() throws Exception {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            process.waitFor();
        }
        if (jdbcUrl != null) {
            try (Connection connection = DriverManager.getConnection(PostgresAvailability.url(), PostgresAvailability.user(),
                    PostgresAvailability.password()); Statement statement = connection.createStatement()) {
                statement.execute("drop schema " + schema + " cascade");
            }
        }
    }

    @Test
    void both_command_nodes_write_every_read_model_gets_every_event_once_and_a_query_node_can_die() throws Exception {
        command1.put("/api/actors/mohammad-bagheri", person("Mohammad Hossein Bagheri", "IR"));

        // Concurrent writes through both command nodes.
        List<String> initiatives = writeInitiatives(0, 40);

        // Conflicting edits of one record: exactly one wins, the other is told (409) and nothing is lost.
        String contested = initiatives.get(0);
        long version = query1.get("/api/initiatives/" + contested + "?minPosition=" + head()).body().path("version").asLong();
        assertThat(version).isEqualTo(2);
        ExecutorService racers = Executors.newFixedThreadPool(2);
        Future<Answer> viaFirst = racers.submit(() -> command1.post("/api/initiatives/" + contested + "/status",
                status("IMPLEMENTING", "recently"), Map.of("If-Match", "\"" + version + "\"")));
        Future<Answer> viaSecond = racers.submit(() -> command2.post("/api/initiatives/" + contested + "/status",
                status("IMPLEMENTED", "recently").replace("\"IMPLEMENTED\"", "\"IMPLEMENTED\",\"completion\":\"PARTIAL\""),
                Map.of("If-Match", "\"" + version + "\"")));
        List<Integer> raced = List.of(viaFirst.get().status(), viaSecond.get().status());
        racers.shutdown();
        assertThat(raced).containsExactlyInAnyOrder(200, 409);

        long events = eventCount();
        awaitCaughtUp(query1, events);
        assertExactlyOnce(query1, initiatives, events);
        assertExactlyOnce(query2, initiatives, events);

        // The query nodes share the segments of the audit log between them.
        awaitTrue(Duration.ofSeconds(60), () -> owners("audit-log").size() == 2);

        // An auditor rebuilds the audit log, whose segments the two query nodes share, while editors write:
        // the new generation takes over on both nodes with every event once.
        ExecutorService editors = Executors.newSingleThreadExecutor();
        Future<List<String>> writtenMeanwhile = editors.submit(() -> writeInitiatives(40, 60));
        Answer rebuild = query1.post("/api/admin/read-models/audit-log/rebuild", null);
        assertThat(rebuild.status()).as(rebuild.body().toString()).isEqualTo(202);
        awaitTrue(Duration.ofSeconds(120), () -> !query1.get("/api/admin/read-models/audit-log").body()
                .path("rebuild").path("state").asText().equals("BUILDING"));
        assertThat(query1.get("/api/admin/read-models/audit-log").body().path("rebuild").path("state").asText())
                .isEqualTo("SWITCHED");
        List<String> all = new ArrayList<>(initiatives);
        all.addAll(writtenMeanwhile.get());
        editors.shutdown();
        long rebuiltEvents = eventCount();
        awaitCaughtUp(query1, rebuiltEvents);
        awaitCaughtUp(query2, rebuiltEvents);
        assertExactlyOnce(query1, all, rebuiltEvents);
        assertExactlyOnce(query2, all, rebuiltEvents);

        // One query node dies; the other claims its segments and catches up with new writes.
        query2Process.destroyForcibly().waitFor();
        all.addAll(writeInitiatives(60, 80));
        long allEvents = eventCount();
        awaitTrue(Duration.ofSeconds(90), () -> owners("audit-log").size() == 1);
        awaitCaughtUp(query1, allEvents);
        assertExactlyOnce(query1, all, allEvents);
    }

    private List<String> writeInitiatives(int from, int to) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<String>> written = new ArrayList<>();
        for (int i = from; i < to; i++) {
            int n = i;
            written.add(clients.submit(() -> {
                Api via = n % 2 == 0 ? command1 : command2;
                String id = "split-initiative-" + n;
                assertThat(via.put("/api/initiatives/" + id, initiative("Joint border patrols sector " + n,
                        "JOINT_PATROL", "mohammad-bagheri", "recently")).status()).isEqualTo(201);
                assertThat(via.post("/api/initiatives/" + id + "/status", status("UNDER_DISCUSSION", "recently")).status())
                        .isEqualTo(200);
                assertThat(via.post("/api/initiatives/" + id + "/status", status("AGREED", "recently")).status())
                        .isEqualTo(200);
                return id;
            }));
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> future : written) {
            ids.add(future.get());
        }
        clients.shutdown();
        return ids;
    }

    /** Every initiative once on the board with every step once; every event once in the audit log. */
    private void assertExactlyOnce(Api query, List<String> initiatives, long events) throws SQLException {
        JsonNode board = query.get("/api/initiatives?limit=500&minPosition=" + head()).body();
        List<String> onBoard = new ArrayList<>();
        board.path("initiatives").forEach(i -> onBoard.add(i.path("initiativeId").asText()));
        assertThat(onBoard).containsAll(initiatives).doesNotHaveDuplicates();
        board.path("initiatives").forEach(i -> {
            Set<String> steps = new HashSet<>();
            i.path("history").forEach(step -> assertThat(steps.add(step.path("eventId").asText())).isTrue());
            assertThat(i.path("history").size()).isEqualTo(i.path("version").asInt() + 1);
        });
        Set<String> logged = new HashSet<>();
        String after = null;
        do {
            JsonNode page = query.get("/api/audit/log?limit=500" + (after == null ? "" : "&after=" + after)).body();
            page.path("events").forEach(e -> assertThat(logged.add(e.path("eventId").asText())).as("logged once").isTrue());
            after = page.path("next").isNull() || page.path("next").isMissingNode() ? null : page.path("next").asText();
        } while (after != null);
        assertThat((long) logged.size()).isEqualTo(events);
        long serving = count("select coalesce(max(serving), 0) from read_model_generation where processing_group = 'audit-log'");
        assertThat(count("select count(*) from read_model_row where model = '" + (serving == 0 ? "audit" : "audit~" + serving)
                + "'")).isEqualTo(events);
    }

    private void awaitCaughtUp(Api query, long events) throws Exception {
        long position = head();
        awaitTrue(Duration.ofSeconds(90), () -> query.get("/api/audit/log?limit=1&minPosition=" + position).status() == 200
                && query.get("/api/initiatives?limit=1&minPosition=" + position).status() == 200);
    }

    private Set<String> owners(String processor) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select owner from token_entry where processor_name = '"
                     + processor + "' and owner is not null")) {
            Set<String> owners = new HashSet<>();
            while (rows.next()) {
                owners.add(rows.getString(1));
            }
            return owners;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long eventCount() throws SQLException {
        return count("select count(*) from domain_event_entry");
    }

    private long head() throws SQLException {
        return count("select coalesce(max(global_index), 0) from domain_event_entry");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, PostgresAvailability.user(), PostgresAvailability.password());
    }

    private Process start(String name, String role, int port) throws IOException {
        Path logs = Path.of("target", "split-deployment");
        Files.createDirectories(logs);
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Ddisable-axoniq-console-message=true",
                "-cp", classpath, "ties.TiesApplication",
                "--server.port=" + port,
                "--spring.profiles.active=postgres," + role,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + PostgresAvailability.user(),
                "--spring.datasource.password=" + PostgresAvailability.password(),
                "--ties.processing.balance-interval=1s",
                "--ties.processing.node-timeout=5s",
                "--axon.eventhandling.tokenstore.claim-timeout=5s")
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        return builder.start();
    }

    private Api await(int port, String user) throws InterruptedException {
        Api api = new Api(port, user);
        awaitTrue(Duration.ofSeconds(180), () -> {
            try {
                return api.get("/actuator/health/liveness").status() == 200;
            } catch (RuntimeException notYet) {
                return false;
            }
        });
        return api;
    }

    private static void awaitTrue(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within " + limit).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
