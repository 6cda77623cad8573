package ties.app.storage;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class PreFlywaySchemaFailureAnalyzerTest {

    private final PreFlywaySchemaFailureAnalyzer analyzer = new PreFlywaySchemaFailureAnalyzer();

    @Test
    void a_schema_without_flyway_history_is_explained_with_what_to_do() {
        FlywayException flyway = new FlywayException("Found non-empty schema(s) \"PUBLIC\" but no schema history table. "
                + "Use baseline() or set baselineOnMigrate to true to initialize the schema history table.");

        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("start-up failed", flyway));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("no Flyway schema history");
        assertThat(analysis.getAction()).contains("delete the data folder").contains("Do not set spring.flyway.baseline-on-migrate");
    }

    @Test
    void other_flyway_failures_keep_their_own_message() {
        assertThat(analyzer.analyze(new FlywayException("Validate failed: checksum mismatch"))).isNull();
    }
}
