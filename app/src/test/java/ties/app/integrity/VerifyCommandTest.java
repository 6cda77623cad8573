package ties.app.integrity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The command-line verifier on an Axon Server configuration")
class VerifyCommandTest {

    @Test
    void sends_the_auditor_to_the_api_or_an_export_instead_of_reporting_every_event_missing() {
        ByteArrayOutputStream said = new ByteArrayOutputStream();

        int exit = VerifyCommand.verifyDatabase(new String[]{"--spring.profiles.active=postgres,axonserver",
                "--spring.datasource.url=jdbc:h2:mem:verify-axonserver"}, new PrintStream(said, true, UTF_8));

        assertThat(exit).isEqualTo(VerifyCommand.USAGE);
        assertThat(said.toString(UTF_8)).contains("the events are in Axon Server")
                .contains("GET /api/audit/integrity").contains("verify-export");
    }
}
