package ties.app.storage;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit for the embedded store: a command whose transaction has committed waits for a write
 * of the store that began after its commit, and one write serves every command that committed
 * before it began. Commands answered at the same time then share a write and a forced sync instead
 * of queueing for one each (eight connections made eight writes in a row).
 *
 * <p>A write costs about the same whatever it carries (H2 serializes the changed pages of every
 * table, read models included), so while other commands are still being handled, the writer first
 * waits up to {@code delay} for them to commit and join it, as PostgreSQL's {@code commit_delay}
 * does with {@code commit_siblings}. A command alone is written at once.
 */
final class SharedWrites {

    private final Runnable write;
    private final long delayNanos;
    /** Commits finished so far; a command's number is its place in that count. */
    private final AtomicLong committed = new AtomicLong();
    /** Commands being handled that have not committed or rolled back yet. */
    private final AtomicInteger handling = new AtomicInteger();
    private final ReentrantLock writing = new ReentrantLock();
    /** The highest commit number a finished write began after. Guarded by {@link #writing}. */
    private long covered;

    SharedWrites(Runnable write, Duration delay) {
        this.write = write;
        this.delayNanos = delay.toNanos();
    }

    /** Call when a command starts; then exactly one of {@link #committed()} or {@link #abandoned()}. */
    void started() {
        handling.incrementAndGet();
    }

    /** Call when the command's transaction rolled back: it will not join a write. */
    void abandoned() {
        handling.decrementAndGet();
    }

    /** Call after the transaction committed; returns once a write has covered it. */
    void committed() {
        long mine = committed.incrementAndGet();
        handling.decrementAndGet();
        writing.lock();
        try {
            if (covered >= mine) {
                return;
            }
            waitForOthers();
            // Every commit counted so far has finished, so the write that starts now includes it.
            long upTo = committed.get();
            write.run();
            covered = upTo;
        } finally {
            writing.unlock();
        }
    }

    private void waitForOthers() {
        long deadline = System.nanoTime() + delayNanos;
        long left;
        while (handling.get() > 0 && (left = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(Math.min(left, 200_000));
        }
    }
}
