package ties.app.storage;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class SharedWritesTest {

    /** Commits the test has finished, and the highest count a write saw when it began. */
    private final AtomicLong commitsDone = new AtomicLong();
    private final AtomicLong coveredByWrites = new AtomicLong();
    private final AtomicInteger writes = new AtomicInteger();

    private final SharedWrites shared = new SharedWrites(() -> {
        coveredByWrites.accumulateAndGet(commitsDone.get(), Math::max);
        writes.incrementAndGet();
        sleep(3); // a forced sync takes a while: commits pile up behind it
    }, Duration.ZERO);

    @Test
    void commitsOneAfterAnotherEachGetTheirOwnWrite() {
        for (int i = 0; i < 3; i++) {
            commit();
        }
        assertThat(writes).hasValue(3);
    }

    @Test
    void concurrentCommitsReturnOnlyAfterAWriteThatBeganAfterThemAndShareWrites() throws Exception {
        int threads = 8;
        int commitsEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> uncovered = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            uncovered.add(pool.submit(() -> {
                start.await();
                int notCovered = 0;
                for (int i = 0; i < commitsEach; i++) {
                    long mine = commit();
                    if (coveredByWrites.get() < mine) {
                        notCovered++;
                    }
                }
                return notCovered;
            }));
        }
        start.countDown();
        int notCovered = 0;
        for (Future<Integer> f : uncovered) {
            notCovered += f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(commitsDone).hasValue(threads * commitsEach);
        assertThat(notCovered).as("commits answered before a write included them").isZero();
        assertThat(writes.get()).as("writes for 200 commits").isLessThan(threads * commitsEach);
    }

    @Test
    void aWriteWaitsForACommandStillBeingHandledAndServesBoth() throws Exception {
        SharedWrites lingering = lingering();
        lingering.started();
        lingering.started();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        long begun = System.nanoTime();
        Future<?> first = pool.submit(lingering::committed);
        sleep(200);
        assertThat(first).as("the first command waits for the second one").isNotDone();
        lingering.committed();
        first.get(5, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(writes).as("one write for both commands").hasValue(1);
        assertThat(Duration.ofNanos(System.nanoTime() - begun)).as("not the whole delay").isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void aCommandAloneOrBesideARolledBackOneIsWrittenAtOnce() {
        SharedWrites lingering = lingering();
        long begun = System.nanoTime();
        lingering.started();
        lingering.committed();
        lingering.started();
        lingering.started();
        lingering.abandoned();
        lingering.committed();

        assertThat(writes).hasValue(2);
        assertThat(Duration.ofNanos(System.nanoTime() - begun)).as("no waiting for the delay").isLessThan(Duration.ofSeconds(30));
    }

    /** Waits up to a minute for commands still being handled: longer than any of these tests may take. */
    private SharedWrites lingering() {
        return new SharedWrites(writes::incrementAndGet, Duration.ofMinutes(1));
    }

    private long commit() {
        shared.started();
        long mine = commitsDone.incrementAndGet();
        shared.committed();
        return mine;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
