package ties.app.storage;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit for the embedded store: a command whose transaction has committed waits for a write
 * of the store that began after its commit, and one write serves every command that committed
 * before it began. Commands answered at the same time then share a write and a forced sync instead
 * of queueing for one each (eight connections made eight writes in a row).
 */
final class SharedWrites {

    private final Runnable write;
    /** Commits finished so far; a command's number is its place in that count. */
    private final AtomicLong committed = new AtomicLong();
    private final ReentrantLock writing = new ReentrantLock();
    /** The highest commit number a finished write began after. Guarded by {@link #writing}. */
    private long covered;

    SharedWrites(Runnable write) {
        this.write = write;
    }

    /** Call after the transaction committed; returns once a write has covered it. */
    void committed() {
        long mine = committed.incrementAndGet();
        writing.lock();
        try {
            if (covered >= mine) {
                return;
            }
            // Every commit counted so far has finished, so the write that starts now includes it.
            long upTo = committed.get();
            write.run();
            covered = upTo;
        } finally {
            writing.unlock();
        }
    }
}
