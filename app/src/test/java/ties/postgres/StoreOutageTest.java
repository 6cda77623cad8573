package ties.postgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import ties.Api;
import ties.Api.Answer;
import ties.SeedJson;

import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database outage, injected with a TCP proxy between the service and PostgreSQL (the shared server
 * is never stopped): while the store is unreachable health answers 503 DOWN and readiness is down,
 * liveness stays up, and requests answer a 503 problem with Retry-After within seconds instead of
 * hanging; when the proxy forwards again the service recovers without a restart.
 */
@ExtendWith(PostgresStoreTest.RequiresPostgres.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Database outage (PostgreSQL): health and readiness tell the truth, requests answer 503 in bounded time, "
        + "the service recovers by itself")
class StoreOutageTest {

    /** Hikari's connection timeout (3 s) plus room for a loaded machine. */
    static final Duration BOUNDED = Duration.ofSeconds(15);

    final String schema = "ties_outage_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    TcpProxy proxy;
    ConfigurableApplicationContext app;

    @BeforeAll
    void start() throws Exception {
        exec("create schema " + schema);
        URI server = URI.create(PostgresStoreTest.URL.substring("jdbc:".length()));
        proxy = new TcpProxy(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort());
        String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + server.getPath() + "?currentSchema=" + schema;
        app = PostgresAvailability.startService(url, List.of(), "postgres");
    }

    @AfterAll
    void stop() throws SQLException {
        if (app != null) {
            app.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        exec("drop schema if exists " + schema + " cascade");
    }

    @Test
    @DisplayName("cut: 503 DOWN, readiness down, 503 store-unavailable problems with Retry-After; restored: UP and "
            + "writes and reads work again")
    void an_outage_is_told_and_recovered_from() throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        Api anyone = new Api(port, null);
        Api editor = new Api(port, "editor");
        Api viewer = new Api(port, "viewer");
        assertThat(editor.put("/api/actors/shehbaz-sharif", SeedJson.person("Shehbaz Sharif", "PK")).status()).isEqualTo(201);
        assertThat(anyone.get("/actuator/health").status()).isEqualTo(200);

        proxy.cut();
        Answer health = timed(() -> anyone.get("/actuator/health"));
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.text("status")).isEqualTo("DOWN");
        assertThat(timed(() -> anyone.get("/actuator/health/readiness")).status()).isEqualTo(503);
        assertThat(anyone.get("/actuator/health/liveness").status()).as("a restart would not help").isEqualTo(200);
        assertUnavailable(timed(() -> editor.put("/api/actors/masoud-pezeshkian",
                SeedJson.person("Masoud Pezeshkian", "IR"))));
        assertUnavailable(timed(() -> viewer.get("/api/actors/shehbaz-sharif")));

        proxy.restore();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (anyone.get("/actuator/health/readiness").status() != 200) {
            assertThat(System.nanoTime()).as("ready again within 30 s of the database's return").isLessThan(deadline);
            Thread.sleep(200);
        }
        Answer recorded = editor.put("/api/actors/masoud-pezeshkian", SeedJson.person("Masoud Pezeshkian", "IR"));
        assertThat(recorded.status()).as("the write refused during the outage is accepted now").isEqualTo(201);
        Answer read = viewer.get("/api/actors/masoud-pezeshkian?minPosition=" + recorded.body().path("position").asLong());
        assertThat(read.status()).as("the read models resumed by themselves").isEqualTo(200);
        assertThat(viewer.get("/api/actors/shehbaz-sharif").status()).isEqualTo(200);
    }

    private static void assertUnavailable(Answer answer) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(503);
        assertThat(answer.headers().getContentType()).hasToString("application/problem+json");
        assertThat(answer.text("type")).isEqualTo("urn:ties:problem:store-unavailable");
        assertThat(answer.headers().getFirst("Retry-After")).isEqualTo("5");
    }

    /** The answer, which must come within {@link #BOUNDED}. */
    private static Answer timed(Supplier<Answer> request) {
        long start = System.nanoTime();
        Answer answer = request.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("answered in bounded time").isLessThan(BOUNDED);
        return answer;
    }

    private static void exec(String sql) throws SQLException {
        PostgresAvailability.exec(sql);
    }
}
