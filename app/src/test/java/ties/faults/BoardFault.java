package ties.faults;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import ties.initiative.InitiativeEvent.InitiativeProposed;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Faults in the initiative board's processing group, for tests: a handler that runs before the board's
 * projection and fails on the initiatives named poisoned (until cured), or holds the processor on the
 * initiatives named held (until released), so that a test can look at the read model while the
 * processor is stuck on one event. Import it into a test application of its own, never the shared one.
 */
@ProcessingGroup("initiative-board")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BoardFault {

    private final Set<String> poisoned = ConcurrentHashMap.newKeySet();
    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> reached = new ConcurrentHashMap<>();

    public void poison(String initiativeId) {
        poisoned.add(initiativeId);
    }

    public void cure(String initiativeId) {
        poisoned.remove(initiativeId);
    }

    public void hold(String initiativeId) {
        held.put(initiativeId, new CountDownLatch(1));
        reached.put(initiativeId, new CountDownLatch(1));
    }

    /** Waits until the processor is holding at the initiative's proposal. */
    public void awaitHeld(String initiativeId) throws InterruptedException {
        if (!reached.get(initiativeId).await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the board never reached the proposal of " + initiativeId);
        }
    }

    public void release(String initiativeId) {
        held.remove(initiativeId).countDown();
    }

    @EventHandler
    void on(InitiativeProposed event) throws InterruptedException {
        if (poisoned.contains(event.initiativeId())) {
            throw new IllegalStateException("initiative " + event.initiativeId() + " is poisoned for the test");
        }
        CountDownLatch gate = held.get(event.initiativeId());
        if (gate != null) {
            reached.get(event.initiativeId()).countDown();
            gate.await(30, TimeUnit.SECONDS);
        }
    }
}
