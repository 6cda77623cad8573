package ties.deadletter;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import ties.TiesTest;

/** Dead letters on the embedded store; {@code ties.postgres.PostgresDeadLetterTest} runs the same on PostgreSQL. */
@TiesTest
@Import(Poison.class)
@DisplayName("Dead letters (H2): a failing event is parked, listed, retried after the fix, or evicted")
class DeadLetterTest {

    @LocalServerPort
    int port;

    @Autowired
    Poison poison;

    @Test
    @DisplayName("the statements read model parks a poisoned record and goes on; the admin API retries and evicts")
    void a_poisoned_statement_is_parked_retried_and_evicted() {
        new DeadLetterScenario(port, poison, "h2").run();
    }
}
