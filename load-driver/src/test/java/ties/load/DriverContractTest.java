package ties.load;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpServer;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ties.actor.ActorFacts;
import ties.fact.DateRefused;
import ties.fact.PartialDate;
import ties.initiative.InitiativeFacts;
import ties.initiative.InitiativeStatus;
import ties.initiative.StatusChange;
import ties.statement.StatementFacts;
import ties.visit.VisitFacts;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the driver honest about the API it drives: its bodies are what the service accepts, its status
 * moves are legal, and its HTTP client reads what Tomcat sends. Not a speed test: speed comes only
 * from running the driver against a running service (docs/benchmarks.md).
 */
class DriverContractTest {

    /** Jackson as the service configures it: unknown properties refused. */
    private static final ObjectMapper STRICT = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .constraintValidatorFactory(new ConstraintValidatorFactory() {
                    @Override
                    public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
                        try {
                            var constructor = key.getDeclaredConstructor();
                            constructor.setAccessible(true);
                            return constructor.newInstance();
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException(e);
                        }
                    }

                    @Override
                    public void releaseInstance(ConstraintValidator<?, ?> instance) {
                    }
                })
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private <T> T accepted(byte[] body, Class<T> type) throws Exception {
        T value = STRICT.readValue(body, type);
        assertThat(validator.validate(value)).as(new String(body, StandardCharsets.UTF_8)).isEmpty();
        return value;
    }

    @Test
    void every_body_the_driver_sends_is_one_the_service_accepts() throws Exception {
        LocalDate day = Workload.day(599 + 3 * 9);
        assertThat(accepted(Payloads.actor("Load Person ld1 c0 a1", "IR", day), ActorFacts.class).name())
                .isEqualTo("Load Person ld1 c0 a1");
        assertThat(accepted(Payloads.initiative("Load initiative ld1-c0-i2", "JOINT_EXERCISE", "IR", "PK", day),
                InitiativeFacts.class).parties()).hasSize(2);
        for (int n = 0; n < 8; n++) {
            StatusChange change = accepted(Payloads.status(Lifecycle.nth(n), day), StatusChange.class);
            assertThat(change.status().name()).isEqualTo(Lifecycle.nth(n));
        }
        assertThat(accepted(Payloads.status("IMPLEMENTED", day), StatusChange.class).completion()).isNotNull();
        accepted(Payloads.visit("ld1-c0-a1", "ld1-c0-a2", "PK", "Islamabad", day), VisitFacts.class);
        accepted(Payloads.statement("ld1-c0-a1", "ld1-c0-i2", day), StatementFacts.class);
        accepted(Payloads.statement("ld1-c0-a1", null, day), StatementFacts.class);
        accepted(ReplayTimeScenario.PROBE_BODY, ActorFacts.class);
        assertThat(day).isBefore(LocalDate.of(2026, 1, 1));
    }

    @Test
    void every_date_preview_gets_the_answer_the_driver_counts_it_under() {
        for (String[] preview : DatesScenario.PREVIEWS) {
            int status;
            try {
                PartialDate.resolved(preview[0], LocalDate.parse(preview[1]), PartialDate.Tense.valueOf(preview[2]));
                status = 200;
            } catch (DateRefused refused) {
                status = 400;
            }
            assertThat(status).as(preview[0]).isEqualTo(Integer.parseInt(preview[3]));
        }
    }

    @Test
    void the_lifecycle_never_runs_out_of_legal_moves() {
        InitiativeStatus status = InitiativeStatus.PROPOSED;
        InitiativeStatus lastMainLine = status;
        for (int n = 0; n < 40; n++) {
            InitiativeStatus target = InitiativeStatus.valueOf(Lifecycle.nth(n));
            assertThat(status.refusalToMove(target, lastMainLine, null, null)).as("move %d to %s", n, target).isEmpty();
            status = target;
            if (target.onMainLine()) {
                lastMainLine = target;
            }
        }
    }

    @Test
    void a_workload_creates_what_it_later_refers_to() {
        Workload w = new Workload("ld1-c0", 42, 8);
        int statusChanges = 0;
        for (int i = 0; i < 400; i++) {
            Workload.Op op = w.next();
            assertThat(op.path()).matches("/api/[a-z]+/[a-z0-9]+(-[a-z0-9]+)*(/status)?");
            if (op.kind() == Workload.Kind.STATUS) {
                statusChanges++;
            }
            w.answered(op, true);
        }
        assertThat(statusChanges).isBetween(200, 240);
    }

    @Test
    void the_view_version_is_the_top_level_one() throws Exception {
        byte[] view = "{\"history\":[{\"version\":99,\"x\":{\"version\":98}}],\"statusSince\":{\"version\":97},\"version\":7}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(LagScenario.versionOf(view)).isEqualTo(7);
        assertThat(LagScenario.versionOf("{\"title\":\"no version\"}".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    }

    @Test
    void the_http_client_reads_chunked_and_sized_answers_and_survives_closed_connections() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().toString();
            byte[] request = exchange.getRequestBody().readAllBytes();
            byte[] body = ("{\"path\":\"" + path + "\",\"got\":" + request.length + ",\"editor\":\""
                    + exchange.getRequestHeaders().getFirst("X-Ties-Editor") + "\",\"auth\":\""
                    + exchange.getRequestHeaders().getFirst("Authorization") + "\"}").repeat(path.contains("big") ? 500 : 1)
                    .getBytes(StandardCharsets.UTF_8);
            if (path.contains("close")) {
                exchange.getResponseHeaders().add("Connection", "close");
            }
            boolean chunked = path.contains("chunked");
            exchange.sendResponseHeaders(path.contains("missing") ? 404 : 200, chunked ? 0 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try (Target target = new Target("http://127.0.0.1:" + server.getAddress().getPort(), "ann", "pw", null, null, 5000)) {
            HttpConnection.Response sized = target.put("/sized", "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
            assertThat(sized.status()).isEqualTo(200);
            assertThat(sized.text()).contains("\"got\":7", "\"editor\":\"null\"", "Basic YW5uOnB3");
            HttpConnection.Response chunked = target.get("/chunked/big");
            String one = "{\"path\":\"/chunked/big\",\"got\":0,\"editor\":\"null\",\"auth\":\"Basic YW5uOnB3\"}";
            assertThat(chunked.text().equals(one.repeat(500))).as("chunked body read whole").isTrue();
            assertThat(target.get("/missing").status()).isEqualTo(404);
            assertThat(target.get("/close").ok()).isTrue();
            assertThat(target.get("/after-close").text()).contains("/after-close");
            assertThat(target.connects()).isEqualTo(2);
        } finally {
            server.stop(0);
        }
        assertThat(requests.get()).isEqualTo(5);
    }
}
