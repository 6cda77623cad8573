package ties.deadletter;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import ties.statement.StatementEvent.StatementRecorded;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fault in the statements read model, for tests: a handler of the same processing group that fails
 * on the statements named poisoned until they are cured. It runs before the real projection, so a
 * poisoned statement reaches no read model of the group until its dead letter is retried.
 * Import it into a test's application (never the shared test context: the letters it leaves would
 * show in every other test's health and admin answers).
 */
@ProcessingGroup("statements")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Poison {

    private final Set<String> poisoned = ConcurrentHashMap.newKeySet();

    public void poison(String statementId) {
        poisoned.add(statementId);
    }

    public void cure(String statementId) {
        poisoned.remove(statementId);
    }

    @EventHandler
    void on(StatementRecorded event) {
        if (poisoned.contains(event.statementId())) {
            throw new IllegalStateException("statement " + event.statementId() + " is poisoned for the test");
        }
    }
}
