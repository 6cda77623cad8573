package ties.integrity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ties.Api;
import ties.TiesTest;
import ties.app.integrity.Checkpointer;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tamper evidence on the embedded H2 store (the same steps run on PostgreSQL in PostgresStoreTest). */
@TiesTest
@DisplayName("Integrity on H2: verify, tamper with rows, export and verify offline")
class IntegrityTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    Checkpointer checkpointer;

    @Test
    void verification_names_the_first_broken_link_and_exports_verify_offline(@TempDir Path folder) throws Exception {
        new TamperEvidence(port, dataSource::getConnection, () -> checkpointer.checkpoint(Instant.now()),
                List.of("--spring.datasource.url=jdbc:h2:mem:ties-test;DB_CLOSE_DELAY=-1"))
                .run("h2", folder);
    }

    @Test
    void bad_requests_are_problems() {
        Api auditor = new Api(port, "auditor");
        assertThat(auditor.get("/api/audit/integrity/records/no-such-record").text("type"))
                .isEqualTo("urn:ties:problem:unknown-record");
        assertThat(auditor.get("/api/audit/integrity/records/" + "x".repeat(300)).status()).isEqualTo(400);
        assertThat(new Api(port, "editor").get("/api/audit/integrity").status()).isEqualTo(403);
    }
}
