package ties.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Waits until every read model has processed a given event-store position, asking each read model's
 * query with {@code minPosition} (the server waits up to its read-your-writes limit, then answers
 * 503). One thread per read model, so each one's moment is measured on its own; resolution is the
 * server's polling of its token store (at most 100 ms).
 */
final class CatchUpProbe {

    /** The five tracking read models and a cheap query that waits for each. */
    static final Map<String, String> READ_MODELS = new LinkedHashMap<>();

    static {
        READ_MODELS.put("initiative-board", "/api/initiatives?limit=1&minPosition=");
        READ_MODELS.put("timeline", "/api/timeline?limit=1&minPosition=");
        READ_MODELS.put("relations", "/api/relations/IR/PK?minPosition=");
        READ_MODELS.put("actors", "/api/actors?name=load&limit=1&minPosition=");
        READ_MODELS.put("statements", "/api/statements?limit=1&minPosition=");
    }

    private CatchUpProbe() {
    }

    /**
     * @return for each read model, the {@link System#nanoTime()} at which it answered for {@code position},
     *         or no entry when {@code deadlineNanos} passed first
     */
    static Map<String, Long> await(Target target, long position, long deadlineNanos) throws InterruptedException {
        Map<String, Long> reached = new ConcurrentHashMap<>();
        Thread[] threads = new Thread[READ_MODELS.size()];
        int i = 0;
        for (Map.Entry<String, String> model : READ_MODELS.entrySet()) {
            threads[i] = new Thread(() -> {
                while (System.nanoTime() < deadlineNanos) {
                    try {
                        HttpConnection.Response r = target.get(model.getValue() + position);
                        if (r.ok()) {
                            reached.put(model.getKey(), System.nanoTime());
                            return;
                        }
                        if (r.status() != 503) {
                            Thread.sleep(100);
                        }
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException interrupted) {
                            return;
                        }
                    }
                }
            }, "catch-up-" + model.getKey());
            threads[i].setDaemon(true);
            threads[i++].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return reached;
    }
}
