package ties.deadletter;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import ties.TiesTest;

/**
 * Dead letters on the embedded store; {@code ties.postgres.PostgresDeadLetterTest} runs the same on
 * PostgreSQL. A context of its own (with the {@link Poison}) and a database of its own: sharing the
 * shared context's in-memory database would make the two applications two nodes of one deployment.
 */
@TiesTest
@Import(Poison.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:ties-dead-letters;DB_CLOSE_DELAY=-1")
@DisplayName("Dead letters (H2): a failing event is parked, listed, retried after the fix, evicted, or applied by a rebuild")
class DeadLetterTest {

    @LocalServerPort
    int port;

    @Autowired
    Poison poison;

    @Test
    @DisplayName("the statements read model parks a poisoned record and goes on; the admin API retries and evicts; "
            + "a rebuild applies what was parked")
    void a_poisoned_statement_is_parked_retried_evicted_or_rebuilt() throws InterruptedException {
        new DeadLetterScenario(port, poison, "h2").run();
    }
}
