package ties.load;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load: request {@code i} is due at {@code start + i / rate}, whether or not earlier ones
 * have been answered. Tasks measure latency from their due time, not from when a worker got round to
 * them, so a slow server cannot hide its slowness by slowing the driver down (coordinated omission).
 */
final class OpenLoop {

    interface Task {
        /** @param dueNanos when the request should have been sent ({@link System#nanoTime()} scale) */
        void run(long dueNanos, boolean measured) throws Exception;
    }

    record Result(long scheduled, long measuredScheduled, double measuredSeconds, int maxBacklog, long unfinished,
                  long taskFailures) {
    }

    private OpenLoop() {
    }

    static Result run(double rate, long warmupNanos, long durationNanos, long maxMeasured, int workers, long drainNanos,
                      Task task) throws InterruptedException {
        AtomicInteger threadNumber = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "open-loop-" + threadNumber.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.prestartAllCoreThreads();
        AtomicLong failures = new AtomicLong();
        double periodNanos = 1e9 / rate;
        long start = System.nanoTime() + 10_000_000;
        long measureFrom = start + warmupNanos;
        long end = measureFrom + durationNanos;
        long scheduled = 0;
        long measured = 0;
        int maxBacklog = 0;
        for (long i = 0; ; i++) {
            long due = start + (long) (i * periodNanos);
            if (due >= end || measured >= maxMeasured) {
                break;
            }
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            boolean inWindow = due >= measureFrom;
            if (inWindow) {
                measured++;
            }
            scheduled++;
            pool.execute(() -> {
                try {
                    task.run(due, inWindow);
                } catch (Throwable e) {
                    if (failures.incrementAndGet() <= 3) {
                        Progress.note("driver task failed: " + e);
                    }
                }
            });
            maxBacklog = Math.max(maxBacklog, pool.getQueue().size());
        }
        long lastDue = System.nanoTime();
        pool.shutdown();
        long unfinished = 0;
        if (!pool.awaitTermination(drainNanos, TimeUnit.NANOSECONDS)) {
            unfinished = pool.shutdownNow().size() + pool.getActiveCount();
        }
        double seconds = (Math.min(lastDue, end) - measureFrom) / 1e9;
        return new Result(scheduled, measured, Math.max(seconds, 1e-9), maxBacklog, unfinished, failures.get());
    }
}
