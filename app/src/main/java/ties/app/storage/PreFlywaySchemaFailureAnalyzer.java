package ties.app.storage;

import org.flywaydb.core.api.FlywayException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up on a database that Hibernate built before Flyway took over the schema: tables,
 * but no Flyway history. Flyway's own message suggests baselining, which would mark that older,
 * different schema as current and fail later and less clearly; this says what to do instead.
 */
class PreFlywaySchemaFailureAnalyzer extends AbstractFailureAnalyzer<FlywayException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FlywayException cause) {
        String message = cause.getMessage();
        if (message == null || !message.contains("but no schema history table")) {
            return null;
        }
        return new FailureAnalysis(
                "The database has tables but no Flyway schema history (" + message + "). It was most likely "
                        + "created by a Ties build from before Flyway managed the schema, whose tables differ "
                        + "from the migrations.",
                "For the embedded store, delete the data folder (./data, or the folder set by ties.data-dir) "
                        + "and start again. For PostgreSQL, point TIES_DB_URL at an empty database or schema. "
                        + "Do not set spring.flyway.baseline-on-migrate: see docs/postgres.md.",
                cause);
    }
}
