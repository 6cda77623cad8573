package ties.postgres;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ties.durability.KillDuringWrites;
import ties.durability.ServiceProcess;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The kill -9 under load on PostgreSQL (profile {@code postgres}), in a schema of its own that is
 * dropped afterwards; skipped, saying why, without a PostgreSQL (CI then fails, see {@code .ci/run}).
 */
@ExtendWith(PostgresStoreTest.RequiresPostgres.class)
@DisplayName("PostgreSQL store: a kill -9 under load loses no acknowledged command")
class PostgresKillTest {

    private final String schema = "ties_kill_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String url = PostgresAvailability.url();
    private final String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;

    @BeforeEach
    void createSchema() throws SQLException {
        try (Connection connection = connect()) {
            connection.createStatement().execute("create schema " + schema);
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection connection = connect()) {
            connection.createStatement().execute("drop schema if exists " + schema + " cascade");
        }
    }

    @Test
    void every_acknowledged_proposal_survives_a_kill_of_the_service_exactly_once() throws Exception {
        Path folder = Path.of("target", "kill-tests", schema).toAbsolutePath();
        Map<String, String> database = Map.of("TIES_DB_URL", schemaUrl, "TIES_DB_USER", PostgresAvailability.user(),
                "TIES_DB_PASSWORD", PostgresAvailability.password());
        new KillDuringWrites().run(
                name -> ServiceProcess.start(folder, name, List.of("--spring.profiles.active=postgres",
                        "--ties.data-dir=" + folder.resolve("data")), database),
                () -> KillDuringWrites.read(schemaUrl, PostgresAvailability.user(),
                        PostgresAvailability.password()));
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, PostgresAvailability.user(), PostgresAvailability.password());
    }
}
