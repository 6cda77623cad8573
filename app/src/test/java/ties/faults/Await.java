package ties.faults;

import ties.Api;
import ties.Api.Answer;

/** Waits for the read side to show something, without a fixed sleep. */
final class Await {

    private Await() {
    }

    /** Returns once {@code path} answers 200, or fails after 30 s. */
    static void found(Api api, String path) {
        try {
            for (int attempt = 0; attempt < 300; attempt++) {
                if (api.get(path).status() == 200) {
                    return;
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError(path + " never answered 200");
    }

    /**
     * Reads {@code path} (which carries a {@code minPosition}), asking again while it answers 503 "not caught
     * up" as a client is told to (on a loaded machine the read model may need longer than the 5 s a request
     * waits); fails after 30 s or on any other status than 200.
     */
    static Answer caughtUp(Api api, String path) {
        try {
            for (int attempt = 0; attempt < 300; attempt++) {
                Answer answer = api.get(path);
                if (answer.status() != 503) {
                    if (answer.status() != 200) {
                        throw new AssertionError(path + " answered " + answer.status() + ": " + answer.body());
                    }
                    return answer;
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError(path + " never caught up");
    }
}
