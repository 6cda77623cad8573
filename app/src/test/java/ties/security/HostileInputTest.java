package ties.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.spring.JqwikSpringSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import ties.Api;
import ties.SeedJson;
import ties.TiesTest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends 10,000 hostile command requests, each a valid request of one of the command endpoints with up
 * to three mutations (fields dropped, renamed or retyped, huge, control-character and malformed Unicode
 * text, impossible and future dates, unknown enum values, ids and country codes, huge lists, deep
 * nesting, truncated or non-UTF-8 bodies, wrong content types, odd ids in the path, bad headers), and
 * asserts that the service
 * <ul>
 *   <li>never fails (no 5xx),</li>
 *   <li>answers every refusal with problem+json carrying type, title, status and detail, and</li>
 *   <li>stores exactly one event per accepted request (2xx with outcome CREATED or UPDATED), and none
 *       for any other.</li>
 * </ul>
 * On failure jqwik prints the seed and the shrunk request; rerunning takes the failing sample first.
 */
@JqwikSpringSupport
@TiesTest
class HostileInputTest {

    static final int TRIES = 10_000;
    private static final String EDITOR_TOKEN = "ties_demo_editor_token";

    // Records the seeds refer to, so that an unmutated request is a valid one.
    private static final String IR = "hostile-base-ir";
    private static final String PK = "hostile-base-pk";
    private static final String INITIATIVE = "hostile-base-initiative";
    private static final String VISIT = "hostile-base-visit";

    private static final AtomicInteger FRESH = new AtomicInteger();

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private long eventsBefore;
    private long tries;
    private long started;
    private long accepted;

    // ---------------------------------------------------------------- the property

    private boolean prepared;

    /** Runs in the first try: jqwik-spring injects the Spring beans into the instance per try. */
    private void baseRecords() {
        if (prepared) {
            return;
        }
        prepared = true;
        started = System.nanoTime();
        Api editor = Api.withToken(port, EDITOR_TOKEN);
        assertThat(editor.put("/api/actors/" + IR, SeedJson.person("Hostile Base Iran", "IR")).status()).isIn(200, 201);
        assertThat(editor.put("/api/actors/" + PK, SeedJson.person("Hostile Base Pakistan", "PK")).status()).isIn(200, 201);
        assertThat(editor.put("/api/initiatives/" + INITIATIVE, SeedJson.initiative("Hostile base initiative",
                "JOINT_EXERCISE", IR, "2018")).status()).isIn(200, 201);
        assertThat(editor.put("/api/visits/" + VISIT, SeedJson.visit(IR, "Islamabad", "PK", "2018", PK)).status())
                .isIn(200, 201);
        eventsBefore = storedEvents();
    }

    @Property(tries = TRIES)
    void a_hostile_request_is_refused_with_a_problem_or_accepted_with_one_event(@ForAll("hostileRequests") Hostile request)
            throws Exception {
        baseRecords();
        tries++;
        HttpResponse<byte[]> response = send(request);
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");

        assertThat(status).as("status of %s", request).isLessThan(500);
        if (status >= 200 && status < 300) {
            JsonNode receipt = json.readTree(response.body());
            String outcome = receipt.path("outcome").asText();
            assertThat(outcome).as("outcome of %s", request).isIn("CREATED", "UPDATED", "UNCHANGED");
            if (!outcome.equals("UNCHANGED")) {
                accepted++;
            }
            outcomes.merge(status + " " + outcome, 1, Integer::sum);
        } else {
            assertThat(type).as("content type of the %d answer to %s", status, request)
                    .startsWith("application/problem+json");
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.path("type").asText()).as("problem type for %s", request).startsWith("urn:ties:problem:");
            assertThat(problem.path("title").asText()).isNotBlank();
            assertThat(problem.path("status").asInt()).isEqualTo(status);
            assertThat(problem.path("detail").asText()).as("detail for %s", request).isNotBlank();
            outcomes.merge(status + " " + problem.path("type").asText().substring("urn:ties:problem:".length()), 1,
                    Integer::sum);
        }
    }

    @AfterProperty
    void the_event_store_holds_exactly_the_events_of_the_accepted_requests() {
        System.out.printf("Hostile input: %d requests in %d s; answers by status and outcome or problem type: %s%n",
                tries, (System.nanoTime() - started) / 1_000_000_000, outcomes);
        assertThat(storedEvents() - eventsBefore).as("events stored during the run").isEqualTo(accepted);
    }

    private long storedEvents() {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    private HttpResponse<byte[]> send(Hostile request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + request.path()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()))
                .header("Authorization", "Bearer " + EDITOR_TOKEN);
        request.headers().forEach(builder::header);
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    // ---------------------------------------------------------------- requests

    /** A request as sent; {@code toString} is what a failure report shows. */
    record Hostile(String method, String path, Map<String, String> headers, byte[] body, List<Mutation> mutations) {
        @Override
        public String toString() {
            String text = new String(body, StandardCharsets.UTF_8);
            return method + " " + path + " " + headers + " mutations=" + mutations + " body="
                    + (text.length() > 600 ? text.substring(0, 600) + "…(" + text.length() + " chars)" : text);
        }
    }

    /** A valid request of one command endpoint; {id} is replaced by a fresh record id. */
    record Seed(String method, String path, String body) {
    }

    static final List<Seed> SEEDS = List.of(
            new Seed("PUT", "/api/actors/{id}", SeedJson.person("Hostile Person", "IR", "Alias One")),
            new Seed("POST", "/api/actors", SeedJson.person("Hostile Generated Person", "PK")),
            new Seed("POST", "/api/actors/" + IR + "/aliases", "{\"alias\":\"Hostile alias\"}"),
            new Seed("POST", "/api/actors/" + PK + "/roles", """
                    {"title":"Chief of Army Staff","country":"PK","since":"2022","provenance":%s}""".formatted(SeedJson.PROVENANCE)),
            new Seed("POST", "/api/actors/" + IR + "/corrections", """
                    {"reason":"spelling","corrected":%s}""".formatted(SeedJson.person("Hostile Base Iran", "IR", "Iran base"))),
            new Seed("PUT", "/api/visits/{id}", SeedJson.visit(IR, "Islamabad", "PK", "2025-01-13", PK)),
            new Seed("PUT", "/api/visits/" + VISIT + "/meetings/{id}", """
                    {"participantIds":["%s","%s"],"topics":["border security"],"summary":"talks","provenance":%s}"""
                    .formatted(IR, PK, SeedJson.PROVENANCE)),
            new Seed("PUT", "/api/initiatives/{id}", """
                    {"title":"Hostile initiative","kind":"JOINT_EXERCISE","parties":["IR","PK"],"proposedBy":"%s",
                     "description":"joint drills","occurred":"July 2018","statementIds":[],"provenance":%s}"""
                    .formatted(IR, SeedJson.PROVENANCE)),
            new Seed("POST", "/api/initiatives/" + INITIATIVE + "/status", """
                    {"status":"UNDER_DISCUSSION","occurred":"recently","note":"talks resumed","provenance":%s}"""
                    .formatted(SeedJson.PROVENANCE)),
            new Seed("PUT", "/api/initiatives/" + INITIATIVE + "/obstacles/{id}", """
                    {"kind":"SANCTIONS","description":"Sanctions hindered cooperation","occurred":"2018","provenance":%s}"""
                    .formatted(SeedJson.PROVENANCE)),
            new Seed("PUT", "/api/statements/{id}", """
                    {"speaker":{"actorId":"%s"},"form":"QUOTE","text":"We appreciate the cooperation","occurred":"recently",
                     "occasionVisitId":"%s","topics":["counterterrorism"],"initiativeIds":["%s"],"provenance":%s}"""
                    .formatted(IR, VISIT, INITIATIVE, SeedJson.PROVENANCE)),
            new Seed("PUT", "/api/statements/{id}", """
                    {"speaker":{"description":"a senior official"},"form":"PARAPHRASE","text":"Talks went well",
                     "occurred":"2025-01-14","provenance":%s}""".formatted(SeedJson.PROVENANCE)),
            new Seed("PUT", "/api/agreements/{id}", """
                    {"title":"Hostile agreement","signatories":[{"actorId":"%s","onBehalfOf":"IR","titleAtSigning":"Minister"},
                     {"actorId":"%s","onBehalfOf":"PK"}],"signed":"2018","topics":["training"],"initiativeIds":["%s"],
                     "summary":"training","provenance":%s}""".formatted(IR, PK, INITIATIVE, SeedJson.PROVENANCE)),
            new Seed("POST", "/api/initiatives/" + INITIATIVE + "/corrections", """
                    {"reason":"title","corrected":%s}""".formatted(SeedJson.initiative("Hostile base initiative (corrected)",
                    "JOINT_EXERCISE", IR, "2018"))),
            new Seed("POST", "/api/statements/{id}/withdrawal", "{\"reason\":\"duplicate\"}"));

    enum Kind {
        DROP, RENAME, RETYPE, TEXT, DATE, ENUM, ID, COUNTRY, HUGE_LIST, DEEP_NESTING, TRUNCATE, NOT_UTF8,
        CONTENT_TYPE, ACCEPT, PATH_ID, HEADER
    }

    /** One mutation: what kind, which node or position (an index taken modulo the candidates), with what. */
    record Mutation(Kind kind, int pick, String value) {
        @Override
        public String toString() {
            String shown = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
            return kind + "#" + pick + "=" + shown;
        }
    }

    @Provide
    Arbitrary<Hostile> hostileRequests() {
        Arbitrary<Integer> mutationCount = Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(5, 1), Tuple.of(3, 2), Tuple.of(1, 3));
        Arbitrary<List<Mutation>> mutations = mutationCount.flatMap(n -> mutation().list().ofSize(n));
        return Combinators.combine(Arbitraries.of(SEEDS), mutations).as(this::build);
    }

    private Arbitrary<Mutation> mutation() {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 1000);
        return Arbitraries.of(Kind.values()).flatMap(kind -> Combinators.combine(pick, values(kind))
                .as((p, v) -> new Mutation(kind, p, v)));
    }

    private static Arbitrary<String> values(Kind kind) {
        return switch (kind) {
            case TEXT, RETYPE -> hostileText();
            case DATE -> Arbitraries.of("2018-02-30", "2018-13-01", "2025-02-29", "0000-00-00", "99999-12-31", "2999-01-01",
                    "2025-01-16", "early 2999", "circa 3000", "tomorrow", "", " ", "2018-02-28T10:00:00Z", "18-02-2018",
                    "31 February 2018", "last year", "2024-02-29", "July 2018");
            case ENUM -> Arbitraries.of("SPY", "joint_exercise", "", "HIGH ", "0", "null", "QUOTE\u0000", "ÜBER");
            case ID -> Arbitraries.of("no-such-record", "NO-SUCH", "a", "-x-", "x".repeat(101), "été", "../etc/passwd",
                    "hostile-base-ir ", "1", "hostile-base-initiative");
            case COUNTRY -> Arbitraries.of("XX", "ir", "IRN", "", "🇮🇷", "I\u0000", "pk ", "ZZ", "EU", "UK");
            case PATH_ID -> Arbitraries.of("UPPER-Case", "ab", "x".repeat(150), "%C3%A9t%C3%A9", "%2e%2e", "with%20space",
                    "..", "-leading", "no-such-record-xyz", "semi;colon", "%252e");
            // (not %00, %2F or %5C: Tomcat refuses an encoded NUL, slash or backslash in the path itself, with an empty
            // 400, before Ties sees the request)
            case CONTENT_TYPE -> Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x", "application/json; charset=UTF-16", "", "application/*",
                    "application/merge-patch+json");
            case ACCEPT -> Arbitraries.of("application/xml", "text/html", "image/png", "application/json;q=0",
                    "*/*", "application/problem+json", "application/*", "not a media type", "text/event-stream");
            case HEADER -> Arbitraries.of("If-Match: \"x\"", "If-Match: 99999999999999999999", "If-Match: W/\"0\"",
                    "If-Match: *", "X-Request-Id: has space", "X-Request-Id: " + "r".repeat(200), "X-Ties-Editor: admin");
            default -> Arbitraries.integers().between(0, 5000).map(String::valueOf);
        };
    }

    /** Text that breaks rules or tests the storage: control characters, odd Unicode, markup, huge. */
    static Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(
                Arbitraries.of("\u0000", "line\nbreak", "tab\tbed", "esc\u001b[31m", "bell\u0007", "del\u007f", "nel\u0085",
                        "\ud800", "\udfff lone", "\u202egnp.exe", "zero\u200bwidth", "e\u0301\u0301\u0301\u0301",
                        "<script>alert(1)</script>", "'; DROP TABLE domain_event_entry; --", "\" onmouseover=\"x",
                        "${jndi:ldap://x/a}", "{{7*7}}", "%s%n", "🇮🇷🇵🇰", "", "   ", "null"),
                Arbitraries.integers().between(150, 400).map("ش"::repeat),
                Arbitraries.integers().between(190, 22_000).map("😀"::repeat),
                Arbitraries.integers().between(1_000, 120_000).map("x"::repeat),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30));
    }

    // ---------------------------------------------------------------- building a request

    private Hostile build(Seed seed, List<Mutation> mutations) {
        String id = "hostile-" + FRESH.incrementAndGet();
        String path = seed.path().replace("{id}", id);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        ObjectNode body;
        try {
            body = (ObjectNode) json.readTree(seed.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (Mutation m : mutations) {
            switch (m.kind()) {
                case DROP -> replace(body, m.pick(), any(), null);
                case RENAME -> rename(body, m.pick(), "unexpected_" + m.value());
                case RETYPE -> replace(body, m.pick(), any(), retyped(m));
                case TEXT -> replace(body, m.pick(), Node::textual, JsonNodeFactory.instance.textNode(m.value()));
                case DATE -> replace(body, m.pick(), named("occurred", "signed", "since", "until", "heldOn", "published"),
                        JsonNodeFactory.instance.textNode(m.value()));
                case ENUM -> replace(body, m.pick(), named("kind", "form", "status", "confidence", "completion"),
                        JsonNodeFactory.instance.textNode(m.value()));
                case ID -> replace(body, m.pick(), Node::idLike, JsonNodeFactory.instance.textNode(m.value()));
                case COUNTRY -> replace(body, m.pick(), named("country", "onBehalfOf", "parties"),
                        JsonNodeFactory.instance.textNode(m.value()));
                case HUGE_LIST -> replace(body, m.pick(), n -> n.value().isArray(), hugeList(m.pick()));
                case PATH_ID -> path = path.contains(id) ? path.replace(id, m.value()) : path + "/" + m.value();
                case CONTENT_TYPE -> {
                    if (m.value().isEmpty()) {
                        headers.remove("Content-Type");
                    } else {
                        headers.put("Content-Type", m.value());
                    }
                }
                case ACCEPT -> headers.put("Accept", m.value());
                case HEADER -> {
                    String[] header = m.value().split(": ", 2);
                    headers.put(header[0], header[1]);
                }
                case DEEP_NESTING, TRUNCATE, NOT_UTF8 -> {
                    // applied to the serialised body below
                }
            }
        }
        String text = body.toString();
        for (Mutation m : mutations) {
            switch (m.kind()) {
                case DEEP_NESTING -> {
                    int depth = 10 + m.pick() * 3;
                    text = text.replaceFirst("\\{", java.util.regex.Matcher.quoteReplacement(
                            "{\"nested\":" + "[".repeat(depth) + "1" + "]".repeat(depth) + ","));
                }
                case TRUNCATE -> text = text.isEmpty() ? text : text.substring(0, m.pick() % text.length());
                default -> {
                }
            }
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (Mutation m : mutations) {
            if (m.kind() == Kind.NOT_UTF8 && bytes.length > 2) {
                bytes = Arrays.copyOf(bytes, bytes.length);
                bytes[m.pick() % (bytes.length - 1)] = (byte) 0xC3;
                bytes[m.pick() % (bytes.length - 1) + 1] = (byte) 0x28;
            }
        }
        return new Hostile(seed.method(), path, headers, bytes, mutations);
    }

    private static JsonNode retyped(Mutation m) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (m.pick() % 7) {
            case 0 -> f.numberNode(m.pick() * 1_000_003L);
            case 1 -> f.booleanNode(true);
            case 2 -> f.arrayNode().add(m.value());
            case 3 -> f.objectNode().put("value", m.value());
            case 4 -> f.nullNode();
            case 5 -> f.numberNode(new java.math.BigDecimal("1e400"));
            default -> f.textNode(m.value());
        };
    }

    private static ArrayNode hugeList(int pick) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < 51 + pick; i++) {
            list.add(i % 2 == 0 ? "IR" : "hostile-base-pk");
        }
        return list;
    }

    /** A place in the JSON tree: a container and the field name or index of one of its values. */
    record Node(ContainerNode<?> parent, String field, int index, JsonNode value) {
        boolean textual() {
            return value.isTextual();
        }

        boolean idLike() {
            String name = field == null ? "" : field;
            return value.isTextual() && (name.endsWith("Id") || name.endsWith("Ids") || (field == null && value.asText().contains("-")));
        }
    }

    private static Predicate<Node> any() {
        return n -> true;
    }

    private static Predicate<Node> named(String... names) {
        List<String> list = List.of(names);
        return n -> n.field() != null && list.contains(n.field())
                || n.field() == null && n.parent() instanceof ArrayNode && n.value().isTextual();
    }

    private static List<Node> nodes(ContainerNode<?> container, List<Node> into) {
        if (container instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                into.add(new Node(object, field.getKey(), -1, field.getValue()));
                if (field.getValue() instanceof ContainerNode<?> child) {
                    nodes(child, into);
                }
            }
        } else if (container instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                into.add(new Node(array, null, i, array.get(i)));
                if (array.get(i) instanceof ContainerNode<?> child) {
                    nodes(child, into);
                }
            }
        }
        return into;
    }

    /** Replaces (or, with null, removes) the {@code pick}-th node that {@code which} accepts, or any node if none does. */
    private static void replace(ObjectNode body, int pick, Predicate<Node> which, JsonNode replacement) {
        List<Node> all = nodes(body, new ArrayList<>());
        if (all.isEmpty()) {
            return;
        }
        List<Node> candidates = all.stream().filter(which).toList();
        Node node = (candidates.isEmpty() ? all : candidates).get(pick % (candidates.isEmpty() ? all : candidates).size());
        if (node.parent() instanceof ObjectNode object) {
            if (replacement == null) {
                object.remove(node.field());
            } else {
                object.set(node.field(), replacement);
            }
        } else if (node.parent() instanceof ArrayNode array) {
            if (replacement == null) {
                array.remove(node.index());
            } else {
                array.set(node.index(), replacement);
            }
        }
    }

    private static void rename(ObjectNode body, int pick, String name) {
        List<Node> fields = nodes(body, new ArrayList<>()).stream().filter(n -> n.field() != null).toList();
        if (!fields.isEmpty()) {
            Node node = fields.get(pick % fields.size());
            ObjectNode object = (ObjectNode) node.parent();
            object.remove(node.field());
            object.set(name, node.value());
        }
    }
}
