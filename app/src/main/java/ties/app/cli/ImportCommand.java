package ties.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

/**
 * {@code java -jar ties.jar import <file.json> [--server=URL] --token=TOKEN [--dry-run]}:
 * posts a scenario to a running Ties server's {@code /api/import} and prints the report. Exit code 0
 * when the server imported (or, with {@code --dry-run}, validated) the scenario, 1 when it answered
 * with problems, 2 for usage errors and when the server cannot be reached.
 */
public final class ImportCommand {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    static final String DEFAULT_SERVER = "http://localhost:8080";
    public static final String USAGE_TEXT = """
            usage: java -jar ties.jar import <file.json | -> [options]
              Sends a scenario (docs/scenario-format.md) to a running Ties server and prints the report.
              --server=URL     the server (default %s)
              --token=TOKEN    an editor's API token; the token's holder is who records the scenario
                               (default: environment variable TIES_TOKEN)
              --dry-run        only validate; record nothing
              --json           print the server's JSON answer as it is
              --timeout=SECS   how long to wait for the answer (default 600)
            exit codes: 0 imported or valid, 1 the server answered with problems, 2 usage or connection error"""
            .formatted(DEFAULT_SERVER);

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs the command with the arguments that follow {@code import}; answers the exit code. */
    public static int run(String[] args, PrintStream out) {
        return run(args, out, System.getenv(), System.in);
    }

    static int run(String[] args, PrintStream out, Map<String, String> env, InputStream stdin) {
        Options options;
        try {
            options = Options.parse(args, env);
        } catch (IllegalArgumentException e) {
            out.println("ties import: " + e.getMessage());
            out.println(USAGE_TEXT);
            return USAGE;
        }
        if (options.help) {
            out.println(USAGE_TEXT);
            return OK;
        }
        byte[] body;
        try {
            body = options.file.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(options.file));
        } catch (NoSuchFileException e) {
            out.println("ties import: no such file: " + options.file);
            return USAGE;
        } catch (IOException | RuntimeException e) {
            out.println("ties import: cannot read " + options.file + ": " + e.getMessage());
            return USAGE;
        }

        URI endpoint = URI.create(options.server + "/api/import" + (options.dryRun ? "?dryRun=true" : ""));
        String requestId = "cli-" + UUID.randomUUID();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(options.timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (options.token != null) {
            request.header("Authorization", "Bearer " + options.token);
        }
        HttpResponse<String> response;
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            out.println("ties import: " + endpoint + " did not answer within " + options.timeout.toSeconds() + " s");
            return USAGE;
        } catch (java.net.ConnectException e) {
            out.println("ties import: cannot reach " + options.server + ": connection refused (is Ties running there?)");
            return USAGE;
        } catch (IOException e) {
            out.println("ties import: cannot reach " + options.server + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("ties import: interrupted");
            return USAGE;
        }
        return answer(response, options, out);
    }

    private static int answer(HttpResponse<String> response, Options options, PrintStream out) {
        boolean success = response.statusCode() / 100 == 2;
        if (options.json) {
            out.println(response.body());
            return success ? OK : PROBLEMS;
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            out.println("ties import: the server answered HTTP " + response.statusCode()
                    + (response.body().isBlank() ? "" : ": " + abbreviate(response.body())));
            return success ? OK : PROBLEMS;
        }
        if (success) {
            printReport(body, out);
            return OK;
        }
        printProblem(response.statusCode(), body, out);
        return PROBLEMS;
    }

    private static void printReport(JsonNode report, PrintStream out) {
        String scenario = "scenario '" + report.path("scenario").asText("?") + "'";
        int steps = report.path("totalSteps").asInt();
        if ("VALID".equals(report.path("status").asText())) {
            out.println(scenario + " is valid: " + steps + " steps (dry run: nothing recorded)");
        } else {
            out.println("Imported " + scenario + ": " + steps + " steps; " + report.path("created").asInt() + " created, "
                    + report.path("updated").asInt() + " updated, " + report.path("unchanged").asInt() + " unchanged");
        }
        printCounts(report.path("byType"), "VALID".equals(report.path("status").asText()), out);
    }

    private static void printCounts(JsonNode byType, boolean planned, PrintStream out) {
        for (Iterator<Map.Entry<String, JsonNode>> types = byType.fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            JsonNode c = type.getValue();
            int steps = c.path("steps").asInt();
            String noun = steps == 1 ? "step" : "steps";
            out.printf("  %-24s %5d %s%n", type.getKey(), steps, planned ? noun
                    : noun + ": " + c.path("created").asInt() + " created, " + c.path("updated").asInt() + " updated, "
                    + c.path("unchanged").asInt() + " unchanged");
        }
    }

    private static void printProblem(int status, JsonNode problem, PrintStream out) {
        out.println("ties import: " + problem.path("title").asText("HTTP " + status) + " (HTTP " + status + ")");
        JsonNode errors = problem.path("errors");
        JsonNode report = problem.path("report");
        if (problem.path("type").asText().equals("urn:ties:problem:invalid-input") && errors.isArray() && report.isMissingNode()) {
            out.println(errors.size() + (errors.size() == 1 ? " problem" : " problems") + "; nothing was recorded:");
            errors.forEach(error -> out.println("  " + line(error)));
            return;
        }
        out.println(problem.path("detail").asText(""));
        if (errors.isArray() && !errors.isEmpty() && !report.isObject()) {
            errors.forEach(error -> out.println("  " + line(error)));
        }
        if (report.isObject()) {
            out.println("Applied before the refusal: " + report.path("stepsApplied").asInt() + " of "
                    + report.path("totalSteps").asInt() + " steps");
            printCounts(report.path("byType"), false, out);
        }
    }

    /** A problem as one line: {@code steps[3] (RecordVisit x) visit.occurred: message}. */
    static String line(JsonNode error) {
        StringBuilder line = new StringBuilder();
        if (error.hasNonNull("position")) {
            line.append(error.get("position").asText());
        }
        if (error.hasNonNull("step")) {
            line.append(" (").append(error.get("step").asText()).append(')');
        }
        if (!line.isEmpty()) {
            line.append(' ');
        }
        if (error.hasNonNull("field") && !error.get("field").asText().isEmpty()) {
            line.append(error.get("field").asText()).append(": ");
        }
        return line.append(error.path("message").asText()).toString();
    }

    private static String abbreviate(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > 500 ? line.substring(0, 500) + "…" : line;
    }

    /** The parsed command line. */
    static final class Options {
        String file;
        String server = DEFAULT_SERVER;
        String token;
        boolean dryRun;
        boolean json;
        boolean help;
        Duration timeout = Duration.ofSeconds(600);

        static Options parse(String[] args, Map<String, String> env) {
            Options options = new Options();
            options.token = blankToNull(env.get("TIES_TOKEN"));
            for (String arg : args) {
                if (arg.equals("-h") || arg.equals("--help")) {
                    options.help = true;
                } else if (arg.equals("--dry-run")) {
                    options.dryRun = true;
                } else if (arg.equals("--json")) {
                    options.json = true;
                } else if (arg.startsWith("--server=")) {
                    options.server = value(arg);
                } else if (arg.startsWith("--token=")) {
                    options.token = value(arg);
                } else if (arg.startsWith("--timeout=")) {
                    try {
                        options.timeout = Duration.ofSeconds(Long.parseLong(value(arg)));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--timeout takes a number of seconds");
                    }
                    if (options.timeout.isNegative() || options.timeout.isZero()) {
                        throw new IllegalArgumentException("--timeout takes a positive number of seconds");
                    }
                } else if (arg.startsWith("-") && !arg.equals("-")) {
                    throw new IllegalArgumentException("unknown option " + arg.replaceFirst("=.*", ""));
                } else if (options.file == null) {
                    options.file = arg;
                } else {
                    throw new IllegalArgumentException("one scenario file at a time (got '" + options.file + "' and '" + arg + "')");
                }
            }
            if (options.help) {
                return options;
            }
            if (options.file == null) {
                throw new IllegalArgumentException("name the scenario file to import");
            }
            options.server = options.server.replaceAll("/+$", "");
            URI server;
            try {
                server = URI.create(options.server);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--server is not a URL: " + options.server);
            }
            if (!("http".equals(server.getScheme()) || "https".equals(server.getScheme())) || server.getHost() == null) {
                throw new IllegalArgumentException("--server takes an http(s) URL such as " + DEFAULT_SERVER);
            }
            if (options.token != null && options.token.chars().anyMatch(c -> c <= ' ' || c > '~')) {
                throw new IllegalArgumentException("--token must be printable ASCII without spaces");
            }
            if (options.token == null) {
                throw new IllegalArgumentException("sign in with an editor's API token: --token=TOKEN (or TIES_TOKEN)");
            }
            return options;
        }

        private static String value(String arg) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (value.isBlank()) {
                throw new IllegalArgumentException(arg.substring(0, arg.indexOf('=')) + " needs a value");
            }
            return value;
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }
}
