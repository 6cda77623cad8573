package ties.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

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

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
