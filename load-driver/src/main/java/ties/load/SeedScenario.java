package ties.load;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Fills the store through the command API: {@code --clients} threads send the {@link Workload} mix
 * until the commands of this run have appended {@code --events} events (or {@code --max-duration-s}
 * passed), then waits for every read model to catch up with the last position and reports both.
 */
final class SeedScenario {

    private SeedScenario() {
    }

    static int run(LoadDriver.Context ctx) throws Exception {
        Options o = ctx.options();
        long events = o.number("events", 100_000);
        int clients = o.integer("clients", 8);
        long maxDuration = o.number("max-duration-s", 1800) * 1_000_000_000L;
        long catchUpTimeout = o.number("catch-up-timeout-s", 1800) * 1_000_000_000L;
        int maxChanges = o.integer("changes-per-initiative", 8);
        o.requireAllUsed();

        Metrics all = new Metrics("seed commands");
        LongAdder appended = new LongAdder();
        AtomicLong lastPosition = new AtomicLong(-1);
        long start = System.nanoTime();
        long deadline = start + maxDuration;
        Resources before = Resources.take(ctx.target());
        Thread progress = Progress.start(() -> String.format("seed: %d events appended (%.0f/s), %d errors, head position %d",
                appended.sum(), appended.sum() / ((System.nanoTime() - start) / 1e9), all.errorCount(), lastPosition.get()));
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            Workload workload = new Workload(ctx.runId() + "-s" + c, ctx.seed() + 1000 + c, maxChanges);
            threads[c] = new Thread(() -> {
                while (appended.sum() < events && System.nanoTime() < deadline) {
                    Workload.Op op = workload.next();
                    long sent = System.nanoTime();
                    boolean ok = false;
                    try {
                        HttpConnection.Response r = ctx.target().exchange(op.method(), op.path(), op.body());
                        long took = System.nanoTime() - sent;
                        ok = r.ok();
                        if (ok) {
                            all.ok(took);
                            Receipt receipt = Receipt.parse(r.body());
                            if (receipt.appended()) {
                                appended.increment();
                            }
                            lastPosition.accumulateAndGet(receipt.position(), Math::max);
                        } else {
                            all.failed(r.status());
                            ctx.sampleError(op.method() + " " + op.path(), r);
                        }
                    } catch (IOException e) {
                        all.failed(e);
                        LoadDriver.sleepMillis(10);
                    }
                    workload.answered(op, ok);
                }
            }, "seeder-" + c);
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long seeded = System.nanoTime();
        Map<String, Object> resources = Resources.take(ctx.target()).since(before);
        progress.interrupt();
        double seconds = (seeded - start) / 1e9;
        double rate = appended.sum() / seconds;

        Report report = ctx.report("seed-events");
        report.line("Scenario seed-events: %d clients, closed loop, against %s", clients, ctx.target().url());
        report.line("Appended %d events in %.1f s: %.1f events/s (%d commands answered, %d failed); store head position %d",
                appended.sum(), seconds, rate, all.okCount(), all.errorCount(), lastPosition.get());
        report.line(Report.latencyLine(all));
        report.line(Resources.describe(resources));

        Map<String, Object> catchUp = new LinkedHashMap<>();
        if (lastPosition.get() >= 0) {
            Progress.note("seed: waiting for the read models to reach position " + lastPosition.get());
            Map<String, Long> reached = CatchUpProbe.await(ctx.target(), lastPosition.get(), seeded + catchUpTimeout);
            for (String model : CatchUpProbe.READ_MODELS.keySet()) {
                Long at = reached.get(model);
                catchUp.put(model, at == null ? null : Report.round((at - seeded) / 1e9));
            }
            report.line("Read models caught up with the last position, seconds after seeding ended: %s "
                    + "(null: not within %d s)", catchUp, catchUpTimeout / 1_000_000_000L);
        }
        report.put("clients", clients).put("duration_s", seconds).put("throughput", rate)
                .put("events", appended.sum()).put("head_position", lastPosition.get())
                .put("p50_ms", all.percentileMillis(50)).put("p99_ms", all.percentileMillis(99)).put("max_ms", all.maxMillis())
                .put("count", all.okCount()).put("errors", all.errors()).put("catch_up_s", catchUp)
                .put("resources", resources);
        report.finish();
        return all.okCount() == 0 ? LoadDriver.EXIT_NOTHING_ANSWERED : 0;
    }
}
