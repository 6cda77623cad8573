package ties.load;

import java.util.function.Supplier;

/** Progress lines on standard error every few seconds, so that standard output holds only the results. */
final class Progress {

    private static final long START = System.nanoTime();

    private Progress() {
    }

    /** Loads the class, so that progress times count from the driver's start. */
    static void init() {
    }

    static void note(String message) {
        System.err.printf("[%6.1f s] %s%n", (System.nanoTime() - START) / 1e9, message);
    }

    /** Prints {@code status} every 5 s until interrupted. */
    static Thread start(Supplier<String> status) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException e) {
                    return;
                }
                note(status.get());
            }
        }, "progress");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
