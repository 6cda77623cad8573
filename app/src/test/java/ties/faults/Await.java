package ties.faults;

import ties.Api;

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
}
