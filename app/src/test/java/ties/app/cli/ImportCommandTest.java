package ties.app.cli;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("ties import: posts a scenario file to /api/import and prints the report")
class ImportCommandTest {

    private static final String SCENARIO = "{\"scenario\": \"test-scenario\", \"title\": \"t\", \"steps\": []}";

    private record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    @TempDir
    Path folder;

    private HttpServer server;
    private final AtomicReference<Received> received = new AtomicReference<>();
    private int status = 200;
    private String contentType = "application/json";
    private String answer;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private Path file;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.set(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getQuery(), Map.copyOf(exchange.getRequestHeaders()),
                    new String(body, StandardCharsets.UTF_8)));
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
        file = Files.writeString(folder.resolve("scenario.json"), SCENARIO);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private int run(Map<String, String> env, String... args) {
        return ImportCommand.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8), env,
                new ByteArrayInputStream(SCENARIO.getBytes(StandardCharsets.UTF_8)));
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("imports: posts the file signed in with the token, prints the counts, exits 0")
    void imports() {
        answer = """
                {"scenario": "test-scenario", "status": "IMPORTED", "totalSteps": 3, "stepsApplied": 3,
                 "created": 2, "updated": 0, "unchanged": 1,
                 "byType": {"RegisterActor": {"steps": 3, "created": 2, "updated": 0, "unchanged": 1}}}""";

        int exit = run(file.toString(), "--server=" + url() + "/", "--token=abc.def");

        assertThat(exit).isZero();
        Received request = received.get();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/import");
        assertThat(request.query()).isNull();
        assertThat(request.body()).isEqualTo(SCENARIO);
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("X-Ties-Editor")).as("the signed-in token holder records, not a header").isNull();
        assertThat(request.header("Authorization")).isEqualTo("Bearer abc.def");
        assertThat(printed()).contains("Imported scenario 'test-scenario': 3 steps; 2 created, 0 updated, 1 unchanged")
                .contains("RegisterActor").contains("2 created, 0 updated, 1 unchanged");
    }

    @Test
    @DisplayName("--dry-run asks the server to validate only")
    void dryRun() {
        answer = """
                {"scenario": "test-scenario", "status": "VALID", "dryRun": true, "totalSteps": 72,
                 "byType": {"RegisterActor": {"steps": 13, "created": 0, "updated": 0, "unchanged": 0}}}""";

        int exit = run(file.toString(), "--server=" + url(), "--dry-run", "--token=abc.def");

        assertThat(exit).isZero();
        assertThat(received.get().query()).isEqualTo("dryRun=true");
        assertThat(received.get().header("Authorization")).isEqualTo("Bearer abc.def");
        assertThat(printed()).contains("scenario 'test-scenario' is valid: 72 steps (dry run: nothing recorded)");
    }

    @Test
    @DisplayName("the token may come from the environment, the file from standard input")
    void environmentAndStdin() {
        answer = "{\"scenario\": \"test-scenario\", \"status\": \"IMPORTED\", \"totalSteps\": 0, \"byType\": {}}";

        int exit = run(Map.of("TIES_TOKEN", "t0k"), "-", "--server=" + url());

        assertThat(exit).isZero();
        assertThat(received.get().header("Authorization")).isEqualTo("Bearer t0k");
        assertThat(received.get().body()).isEqualTo(SCENARIO);
    }

    @Test
    @DisplayName("problems: prints each with its position, exits 1")
    void problems() {
        status = 400;
        contentType = "application/problem+json";
        answer = """
                {"type": "urn:ties:problem:invalid-input", "title": "Invalid input", "status": 400,
                 "detail": "the scenario has 2 problems",
                 "errors": [
                   {"position": "steps[3]", "step": "RecordVisit bagheri-islamabad-2025", "field": "visit.occurred",
                    "message": "'2018-02-30' is not a date that exists"},
                   {"position": "steps[4]", "field": "type", "message": "unknown step type 'X'"}]}""";

        int exit = run(file.toString(), "--server=" + url(), "--token=abc.def");

        assertThat(exit).isEqualTo(ImportCommand.PROBLEMS);
        assertThat(printed()).contains("2 problems; nothing was recorded:")
                .contains("  steps[3] (RecordVisit bagheri-islamabad-2025) visit.occurred: '2018-02-30' is not a date that exists")
                .contains("  steps[4] type: unknown step type 'X'");
    }

    @Test
    @DisplayName("a step refused at execution: prints the refusal and what was applied, exits 1")
    void failedAtExecution() {
        status = 409;
        contentType = "application/problem+json";
        answer = """
                {"type": "urn:ties:problem:conflict", "title": "Conflict", "status": 409,
                 "detail": "steps[2] (RecordVisit v) was refused: different content. The 2 steps before it were applied",
                 "errors": [{"position": "steps[2]", "step": "RecordVisit v", "message": "different content"}],
                 "report": {"status": "FAILED", "totalSteps": 3, "stepsApplied": 2,
                            "byType": {"RegisterActor": {"steps": 2, "created": 2, "updated": 0, "unchanged": 0}}}}""";

        int exit = run(file.toString(), "--server=" + url(), "--token=abc.def");

        assertThat(exit).isEqualTo(ImportCommand.PROBLEMS);
        assertThat(printed()).contains("Conflict (HTTP 409)").contains("The 2 steps before it were applied")
                .contains("Applied before the refusal: 2 of 3 steps");
    }

    @Test
    @DisplayName("--json prints the answer as it is")
    void json() {
        answer = "{\"status\":\"VALID\"}";

        assertThat(run(file.toString(), "--server=" + url(), "--dry-run", "--json", "--token=abc.def")).isZero();
        assertThat(printed().strip()).isEqualTo("{\"status\":\"VALID\"}");
    }

    @Test
    @DisplayName("a server that cannot be reached: exit 2")
    void unreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        int exit = run(file.toString(), "--server=http://127.0.0.1:" + port, "--dry-run", "--token=abc.def");

        assertThat(exit).isEqualTo(ImportCommand.USAGE);
        assertThat(printed()).contains("cannot reach http://127.0.0.1:" + port);
    }

    @Test
    @DisplayName("usage errors: exit 2 with the usage, and nothing sent")
    void usage() {
        assertThat(run()).isEqualTo(ImportCommand.USAGE);
        assertThat(printed()).contains("name the scenario file to import").contains("usage: java -jar ties.jar import");
        assertThat(run(file.toString(), "--server=" + url())).as("no token").isEqualTo(ImportCommand.USAGE);
        assertThat(run(file.toString(), "--frobnicate", "--token=t")).isEqualTo(ImportCommand.USAGE);
        assertThat(run(file.toString(), "--server=ftp://x", "--token=t")).isEqualTo(ImportCommand.USAGE);
        assertThat(run(file.toString(), "--editor=alice", "--token=t")).as("editors sign in").isEqualTo(ImportCommand.USAGE);
        assertThat(run(folder.resolve("missing.json").toString(), "--token=t")).isEqualTo(ImportCommand.USAGE);
        assertThat(printed()).contains("no such file");
        assertThat(received.get()).isNull();
        assertThat(run("--help")).isZero();
    }
}
