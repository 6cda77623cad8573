package ties.security;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.junit.jupiter.api.BeforeEach;
import ties.Api;
import ties.SeedJson;
import ties.TiesTest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static ties.security.RoleMatrixTest.Who.ADMIN;
import static ties.security.RoleMatrixTest.Who.ANYONE;
import static ties.security.RoleMatrixTest.Who.AUDITOR;
import static ties.security.RoleMatrixTest.Who.EDITOR;
import static ties.security.RoleMatrixTest.Who.NOBODY;
import static ties.security.RoleMatrixTest.Who.VIEWER;

/**
 * Calls every endpoint the application maps (read from Spring's own handler mappings, actuator's
 * included) as anonymous, viewer, editor, auditor and admin, and asserts the exact status of each call
 * against the table below. An endpoint the table does not name fails the test: add a row for it,
 * and a rule to {@code ties.app.security.AccessRules} if none admits it yet.
 *
 * <p>Writes send {@code {}}, which every command refuses as invalid, so the matrix records nothing.
 * Path variables are filled with ids no record has. The callers use the demo API tokens (fast);
 * HTTP Basic sign-in is covered by {@code SecurityTest}.
 */
@TiesTest
@DisplayName("Role matrix: every endpoint × every role, exact statuses")
class RoleMatrixTest {

    /** Who an endpoint admits; roles nest (admin ⊃ editor, auditor ⊃ viewer). */
    enum Who { ANYONE, VIEWER, EDITOR, AUDITOR, ADMIN, NOBODY }

    enum Caller {
        ANONYMOUS(null), VIEWER("ties_demo_viewer_token"), EDITOR("ties_demo_editor_token"),
        AUDITOR("ties_demo_auditor_token"), ADMIN("ties_demo_admin_token");

        final String token;

        Caller(String token) {
            this.token = token;
        }

        boolean admittedBy(Who who) {
            return switch (who) {
                case ANYONE -> true;
                case NOBODY -> false;
                case VIEWER -> this != ANONYMOUS;
                case EDITOR -> this == EDITOR || this == ADMIN;
                case AUDITOR -> this == AUDITOR || this == ADMIN;
                case ADMIN -> this == ADMIN;
            };
        }
    }

    /** An endpoint's rule: who it admits, and the status an admitted caller gets for the sample request. */
    record Row(Who who, int status) {
    }

    /**
     * "METHOD path" as mapped (ANY for mappings without a method), "?asOf" for the same read of an
     * earlier state. Rows for endpoints that are not (yet) mapped are allowed, so that this table can
     * name endpoints before they land.
     */
    static final Map<String, Row> TABLE = Map.ofEntries(
            // anyone: health and the API description
            entry("GET /actuator/health", new Row(ANYONE, 200)),
            entry("GET /actuator/health/**", new Row(ANYONE, 404)),
            entry("GET /v3/api-docs", new Row(ANYONE, 200)),
            entry("GET /v3/api-docs.yaml", new Row(ANYONE, 200)),
            entry("GET /v3/api-docs/swagger-config", new Row(ANYONE, 200)),
            entry("GET /swagger-ui.html", new Row(ANYONE, 302)),
            // operations: admin
            entry("GET /actuator", new Row(ADMIN, 200)),
            entry("GET /actuator/info", new Row(ADMIN, 200)),
            entry("GET /actuator/metrics", new Row(ADMIN, 200)),
            entry("GET /actuator/metrics/{requiredMetricName}", new Row(ADMIN, 200)),
            entry("GET /actuator/prometheus", new Row(ADMIN, 200)),
            // dead letters: admin (an unknown read model or event: 404)
            entry("GET /api/admin/dead-letters", new Row(ADMIN, 200)),
            entry("GET /api/admin/dead-letters/{readModel}", new Row(ADMIN, 404)),
            entry("POST /api/admin/dead-letters/{readModel}/retry", new Row(ADMIN, 404)),
            entry("DELETE /api/admin/dead-letters/{readModel}/{eventId}", new Row(ADMIN, 404)),
            // stopped read models: admin ({} names no event: 400)
            entry("GET /api/admin/stopped-read-models", new Row(ADMIN, 200)),
            // the reference replay a rebuild's speed is measured against: admin (it loads the store)
            entry("GET /api/admin/replay-reference", new Row(ADMIN, 200)),
            entry("POST /api/admin/replay-reference", new Row(ADMIN, 202)),
            entry("POST /api/admin/stopped-read-models/{readModel}/skip", new Row(ADMIN, 400)),
            // Spring's error page is for error dispatches only
            entry("ANY /error", new Row(NOBODY, 0)),
            // reads: viewer
            entry("GET /api/actors", new Row(VIEWER, 400)),
            entry("GET /api/dates", new Row(VIEWER, 400)),
            entry("GET /api/actors/{id}", new Row(VIEWER, 404)),
            entry("GET /api/engagements", new Row(VIEWER, 200)),
            entry("GET /api/engagements/{id}", new Row(VIEWER, 404)),
            entry("GET /api/engagements/live", new Row(VIEWER, 200)),
            entry("GET /api/engagements/{id}/live", new Row(VIEWER, 200)),
            entry("GET /api/initiatives", new Row(VIEWER, 200)),
            entry("GET /api/initiatives/{id}", new Row(VIEWER, 404)),
            entry("GET /api/initiatives/live", new Row(VIEWER, 200)),
            entry("GET /api/initiatives/{id}/live", new Row(VIEWER, 200)),
            entry("GET /api/relations/{first}/{second}", new Row(VIEWER, 200)),
            entry("GET /api/statements", new Row(VIEWER, 200)),
            entry("GET /api/statements/{id}", new Row(VIEWER, 404)),
            entry("GET /api/visits", new Row(VIEWER, 200)),
            entry("GET /api/visits/{id}", new Row(VIEWER, 404)),
            entry("GET /api/agreements", new Row(VIEWER, 200)),
            entry("GET /api/agreements/{id}", new Row(VIEWER, 404)),
            entry("GET /api/timeline", new Row(VIEWER, 200)),
            entry("GET /api/timeline/live", new Row(VIEWER, 200)),
            // auditing and rebuilds: auditor (a bare status-on lacks its date: 400; unknown names: 404)
            entry("GET /api/audit/log", new Row(AUDITOR, 200)),
            entry("GET /api/audit/records/{id}/history", new Row(AUDITOR, 404)),
            entry("GET /api/audit/initiatives/{id}/status-on", new Row(AUDITOR, 400)),
            entry("GET /api/audit/initiatives/{id}/status-on?asOf", new Row(AUDITOR, 400)),
            entry("GET /api/audit/integrity", new Row(AUDITOR, 200)),
            entry("GET /api/audit/integrity/records/{id}", new Row(AUDITOR, 404)),
            entry("GET /api/audit/export", new Row(AUDITOR, 200)),
            entry("GET /api/audit/export/records/{id}", new Row(AUDITOR, 404)),
            entry("GET /api/admin/read-models", new Row(AUDITOR, 200)),
            entry("GET /api/admin/read-models/{name}", new Row(AUDITOR, 404)),
            entry("POST /api/admin/read-models/{name}/rebuild", new Row(AUDITOR, 404)),
            // reads of an earlier state: auditor
            entry("GET /api/actors/{id}?asOf", new Row(AUDITOR, 404)),
            entry("GET /api/engagements?asOf", new Row(AUDITOR, 200)),
            entry("GET /api/engagements/{id}?asOf", new Row(AUDITOR, 404)),
            entry("GET /api/initiatives?asOf", new Row(AUDITOR, 200)),
            entry("GET /api/initiatives/{id}?asOf", new Row(AUDITOR, 404)),
            entry("GET /api/timeline?asOf", new Row(AUDITOR, 200)),
            entry("GET /api/visits?asOf", new Row(AUDITOR, 200)),
            entry("GET /api/visits/{id}?asOf", new Row(AUDITOR, 404)),
            entry("GET /api/agreements?asOf", new Row(AUDITOR, 200)),
            entry("GET /api/agreements/{id}?asOf", new Row(AUDITOR, 404)),
            // writes: editor ({} is invalid everywhere: 400; a change to an unknown record: 404)
            entry("POST /api/actors", new Row(EDITOR, 400)),
            entry("PUT /api/actors/{id}", new Row(EDITOR, 400)),
            entry("POST /api/actors/{id}/corrections", new Row(EDITOR, 400)),
            entry("POST /api/actors/{id}/withdrawal", new Row(EDITOR, 400)),
            entry("POST /api/actors/{id}/aliases", new Row(EDITOR, 400)),
            entry("POST /api/actors/{id}/roles", new Row(EDITOR, 400)),
            entry("POST /api/agreements", new Row(EDITOR, 400)),
            entry("PUT /api/agreements/{id}", new Row(EDITOR, 400)),
            entry("POST /api/agreements/{id}/corrections", new Row(EDITOR, 400)),
            entry("POST /api/agreements/{id}/withdrawal", new Row(EDITOR, 400)),
            entry("POST /api/engagements", new Row(EDITOR, 400)),
            entry("PUT /api/engagements/{id}", new Row(EDITOR, 400)),
            entry("POST /api/engagements/{id}/corrections", new Row(EDITOR, 400)),
            entry("POST /api/engagements/{id}/withdrawal", new Row(EDITOR, 400)),
            entry("POST /api/engagements/{id}/state", new Row(EDITOR, 400)),
            entry("POST /api/obstacles", new Row(EDITOR, 400)),
            entry("PUT /api/obstacles/{id}", new Row(EDITOR, 400)),
            entry("POST /api/obstacles/{id}/corrections", new Row(EDITOR, 400)),
            entry("POST /api/obstacles/{id}/withdrawal", new Row(EDITOR, 400)),
            entry("POST /api/initiatives", new Row(EDITOR, 400)),
            entry("PUT /api/initiatives/{id}", new Row(EDITOR, 400)),
            entry("POST /api/initiatives/{id}/corrections", new Row(EDITOR, 400)),
            entry("POST /api/initiatives/{id}/withdrawal", new Row(EDITOR, 400)),
            entry("POST /api/initiatives/{id}/status", new Row(EDITOR, 400)),
            entry("PUT /api/initiatives/{id}/obstacles/{obstacleId}", new Row(EDITOR, 400)),
            entry("PUT /api/initiatives/{id}/engagement-series/{seriesId}", new Row(EDITOR, 400)),
            entry("POST /api/statements", new Row(EDITOR, 400)),
            entry("PUT /api/statements/{id}", new Row(EDITOR, 400)),
            entry("POST /api/statements/{id}/corrections", new Row(EDITOR, 400)),
            entry("POST /api/statements/{id}/withdrawal", new Row(EDITOR, 400)),
            entry("POST /api/visits", new Row(EDITOR, 400)),
            entry("PUT /api/visits/{id}", new Row(EDITOR, 400)),
            entry("POST /api/visits/{id}/corrections", new Row(EDITOR, 400)),
            entry("POST /api/visits/{id}/withdrawal", new Row(EDITOR, 400)),
            entry("PUT /api/visits/{id}/meetings/{meetingId}", new Row(EDITOR, 400)),
            entry("POST /api/import", new Row(EDITOR, 400))
    );

    /** Sample values for path variables; any other variable gets an id no record has. */
    private static final Map<String, String> SAMPLES = Map.of(
            "first", "IR", "second", "PK", "requiredMetricName", "jvm.memory.used");

    /**
     * Paths for endpoints whose sample needs a record that exists: a live feed of an unknown initiative
     * sends nothing until its first heartbeat (15 s).
     */
    private static final Map<String, String> PATHS = Map.of(
            "GET /api/initiatives/{id}/live", "/api/initiatives/" + RoleMatrixTest.INITIATIVE + "/live");

    static final String INITIATIVE = "role-matrix-initiative";

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One mapped endpoint, as the table names it. */
    record Endpoint(String method, String pattern, boolean stream, boolean asOf) {
        String key() {
            return method + " " + pattern + (asOf ? "?asOf" : "");
        }
    }

    @BeforeEach
    void an_initiative_to_follow() {
        Api.Answer created = Api.withToken(port, Caller.EDITOR.token).put("/api/initiatives/" + INITIATIVE, """
                {"title":"Role matrix initiative","kind":"JOINT_EXERCISE","parties":["IR","PK"],"occurred":"2018",
                 "provenance":%s}""".formatted(SeedJson.PROVENANCE));
        assertThat(created.status()).isIn(200, 201);
    }

    @Test
    void every_endpoint_answers_every_role_exactly_as_the_table_says() throws Exception {
        List<Endpoint> endpoints = mappedEndpoints();
        Set<String> missing = new TreeSet<>();
        for (Endpoint endpoint : endpoints) {
            if (!TABLE.containsKey(endpoint.key())) {
                missing.add(endpoint.key());
            }
        }
        assertThat(missing).as("endpoints without a row in RoleMatrixTest.TABLE (and maybe without a rule in "
                + "AccessRules): decide who may call them").isEmpty();

        Map<String, String> wrong = new TreeMap<>();
        StringBuilder matrix = new StringBuilder(String.format("%-58s %s%n", "endpoint", List.of(Caller.values())));
        for (Endpoint endpoint : endpoints) {
            Row row = TABLE.get(endpoint.key());
            List<Integer> statuses = new ArrayList<>();
            long started = System.nanoTime();
            for (Caller caller : Caller.values()) {
                Answer answer = call(endpoint, caller);
                statuses.add(answer.status());
                int expected = !caller.admittedBy(row.who()) ? (caller == Caller.ANONYMOUS ? 401 : 403) : row.status();
                if (answer.status() != expected) {
                    wrong.put(endpoint.key() + " as " + caller, "expected " + expected + ", got " + answer.status());
                } else if (answer.status() >= 400 && !answer.problem() && !endpoint.pattern().startsWith("/actuator/")) {
                    // (actuator answers its own 404s, without a body)
                    wrong.put(endpoint.key() + " as " + caller, answer.status() + " is not application/problem+json");
                }
            }
            matrix.append(String.format("%-58s %s %d ms%n", endpoint.key(), statuses, (System.nanoTime() - started) / 1_000_000));
        }
        System.out.println(matrix);
        assertThat(wrong).as("calls whose status differs from the table").isEmpty();
        assertThat(endpoints).as("the matrix saw the API").hasSizeGreaterThan(40);
    }

    private List<Endpoint> mappedEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mapping.getHandlerMethods().entrySet()) {
                if (handler.getValue().getBeanType().getPackageName().startsWith("ties.ui")) {
                    // The web interface's pages sign people in with a session; PageAccessTest holds their matrix.
                    continue;
                }
                RequestMappingInfo info = handler.getKey();
                boolean stream = info.getProducesCondition().getProducibleMediaTypes().stream()
                        .anyMatch(type -> type.toString().equals("text/event-stream"));
                boolean asOf = takesAsOf(handler.getValue());
                Set<String> methods = info.getMethodsCondition().getMethods().stream().map(RequestMethod::name)
                        .collect(Collectors.toCollection(TreeSet::new));
                if (methods.isEmpty()) {
                    methods = Set.of("ANY");
                }
                for (String method : methods) {
                    for (String pattern : info.getPatternValues()) {
                        endpoints.add(new Endpoint(method, pattern, stream, false));
                        if (asOf) {
                            endpoints.add(new Endpoint(method, pattern, stream, true));
                        }
                    }
                }
            }
        }
        // Live feeds first: the server notices a feed's reader has gone only at its next heartbeat, and
        // feeds still open when the test JVM exits hold up the web server's graceful shutdown.
        endpoints.sort(java.util.Comparator.comparing((Endpoint e) -> !e.stream()).thenComparing(Endpoint::key));
        return endpoints;
    }

    private static boolean takesAsOf(HandlerMethod handler) {
        for (var parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && ("asOf".equals(param.name()) || "asOf".equals(param.value())
                    || (param.name().isEmpty() && "asOf".equals(parameter.getParameterName())))) {
                return true;
            }
        }
        return false;
    }

    record Answer(int status, boolean problem) {
    }

    private Answer call(Endpoint endpoint, Caller caller) throws IOException, InterruptedException {
        Matcher variables = VARIABLE.matcher(PATHS.getOrDefault(endpoint.key(), endpoint.pattern()));
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            variables.appendReplacement(path, SAMPLES.getOrDefault(variables.group(1), "no-such-record-matrix"));
        }
        variables.appendTail(path);
        if (path.toString().endsWith("/**")) {
            path.replace(path.length() - 2, path.length(), "no-such-part");
        }
        if (endpoint.asOf()) {
            path.append("?asOf=2025-01-01T00:00:00Z");
        }
        String method = endpoint.method().equals("ANY") ? "GET" : endpoint.method();
        boolean write = !method.equals("GET");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", endpoint.stream() ? "text/event-stream" : "*/*")
                .method(method, write ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        if (write) {
            request.header("Content-Type", "application/json");
        }
        if (caller.token != null) {
            request.header("Authorization", "Bearer " + caller.token);
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (!endpoint.stream() || response.statusCode() != 200) {
                body.readAllBytes();
            }
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        return new Answer(response.statusCode(), type.startsWith("application/problem+json"));
    }
}
