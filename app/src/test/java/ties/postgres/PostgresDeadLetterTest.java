package ties.postgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import ties.deadletter.DeadLetterScenario;
import ties.deadletter.Poison;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Dead letters on PostgreSQL: Axon's JPA dead-letter queue in {@code dead_letter_entry} (bytea
 * columns, see {@code TiesPostgresDialect}), through the same scenario as on H2. A schema of its own
 * per run, dropped at the end; skipped, saying why, without PostgreSQL (CI fails on that).
 */
@ExtendWith(PostgresStoreTest.RequiresPostgres.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Dead letters (PostgreSQL): a failing event is parked, listed, retried after the fix, evicted, or applied by a rebuild")
class PostgresDeadLetterTest {

    final String schema = "ties_dlq_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    ConfigurableApplicationContext app;

    @BeforeAll
    void start() throws SQLException {
        exec("create schema " + schema);
        String url = PostgresStoreTest.URL + (PostgresStoreTest.URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        app = PostgresAvailability.startService(url, List.of(Poison.class), "postgres");
    }

    @AfterAll
    void stop() throws SQLException {
        if (app != null) {
            app.close();
        }
        exec("drop schema if exists " + schema + " cascade");
    }

    @Test
    @DisplayName("the statements read model parks a poisoned record and goes on; the admin API retries and evicts; "
            + "a rebuild applies what was parked")
    void a_poisoned_statement_is_parked_retried_evicted_or_rebuilt() throws InterruptedException {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        new DeadLetterScenario(port, app.getBean(Poison.class), "pg").run();
    }

    private static void exec(String sql) throws SQLException {
        PostgresAvailability.exec(sql);
    }
}
