package ties.postgres;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import ties.TiesApplication;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the PostgreSQL test suite finds its server: {@code TIES_TEST_DB_URL}, {@code TIES_TEST_DB_USER},
 * {@code TIES_TEST_DB_PASSWORD}, defaulting to the local server of these machines.
 */
public final class PostgresAvailability {

    private PostgresAvailability() {
    }

    public static String url() {
        return env("TIES_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    public static String user() {
        return env("TIES_TEST_DB_USER", "postgres");
    }

    public static String password() {
        return env("TIES_TEST_DB_PASSWORD", "");
    }

    public static boolean reachable() {
        try (Connection ignored = DriverManager.getConnection(url(), user(), password())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Runs one statement on the test server's database, such as creating or dropping a test's schema. */
    static void exec(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The service on a random port over the database at {@code jdbcUrl}, with the beans of {@code extra}. */
    static ConfigurableApplicationContext startService(String jdbcUrl, List<Class<?>> extra, String... profiles) {
        List<Class<?>> sources = new ArrayList<>(List.of(TiesApplication.class));
        sources.addAll(extra);
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .profiles(profiles)
                // Command-line arguments: they outrank application-postgres.yml.
                .run("--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=" + user(),
                        "--spring.datasource.password=" + password(),
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--ties.read-your-writes.max-wait=30s");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
