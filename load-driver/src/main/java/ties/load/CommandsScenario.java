package ties.load;

import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Closed loop: {@code --clients} threads each send mixed commands ({@link Workload}) back to back for
 * {@code --warmup-s} plus {@code --duration-s} seconds (or until {@code --max-commands} measured
 * commands). Only commands sent inside the measured window count.
 */
final class CommandsScenario {

    private CommandsScenario() {
    }

    static int run(LoadDriver.Context ctx) throws Exception {
        Options o = ctx.options();
        int clients = o.integer("clients", 8);
        long warmup = o.number("warmup-s", 5) * 1_000_000_000L;
        long duration = o.number("duration-s", 30) * 1_000_000_000L;
        long maxCommands = o.number("max-commands", 5_000_000);
        int maxChanges = o.integer("changes-per-initiative", 8);
        double targetRate = o.decimal("target-throughput", 1000);
        double targetP99 = o.decimal("target-p99-ms", 50);
        o.requireAllUsed();

        Metrics all = new Metrics("all commands");
        Map<Workload.Kind, Metrics> byKind = new EnumMap<>(Workload.Kind.class);
        for (Workload.Kind k : Workload.Kind.values()) {
            byKind.put(k, new Metrics(k.name().toLowerCase() + " commands"));
        }
        LongAdder measured = new LongAdder();
        long start = System.nanoTime();
        long measureFrom = start + warmup;
        long end = measureFrom + duration;
        Resources.Window window = Resources.window(ctx.target(), measureFrom);
        Thread progress = Progress.start(() -> String.format("commands: %d measured ok, %d errors",
                all.okCount(), all.errorCount()));

        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            Workload workload = new Workload(ctx.runId() + "-c" + c, ctx.seed() + c, maxChanges);
            threads[c] = new Thread(() -> {
                while (true) {
                    long now = System.nanoTime();
                    if (now >= end || measured.sum() >= maxCommands) {
                        return;
                    }
                    Workload.Op op = workload.next();
                    boolean inWindow = now >= measureFrom;
                    long sent = System.nanoTime();
                    boolean ok = false;
                    try {
                        HttpConnection.Response r = ctx.target().exchange(op.method(), op.path(), op.body());
                        long took = System.nanoTime() - sent;
                        ok = r.ok();
                        if (inWindow) {
                            measured.increment();
                            if (ok) {
                                all.ok(took);
                                byKind.get(op.kind()).ok(took);
                            } else {
                                all.failed(r.status());
                                byKind.get(op.kind()).failed(r.status());
                                ctx.sampleError(op.method() + " " + op.path(), r);
                            }
                        }
                    } catch (IOException e) {
                        if (inWindow) {
                            measured.increment();
                            all.failed(e);
                            byKind.get(op.kind()).failed(e);
                        }
                        LoadDriver.sleepMillis(10);
                    }
                    workload.answered(op, ok);
                }
            }, "client-" + c);
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (Math.min(System.nanoTime(), end) - measureFrom) / 1e9;
        Map<String, Object> resources = window.close();
        progress.interrupt();

        double throughput = all.okCount() / seconds;
        Report report = ctx.report("commands");
        report.line("Scenario commands: %d clients, closed loop, %d s warm-up + %.1f s measured, against %s",
                clients, warmup / 1_000_000_000L, seconds, ctx.target().url());
        report.line("Throughput: %.1f commands/s (%d accepted, %d failed)", throughput, all.okCount(), all.errorCount());
        report.line(Report.latencyLine(all));
        byKind.values().stream().filter(m -> m.okCount() + m.errorCount() > 0).forEach(m -> report.line(Report.latencyLine(m)));
        report.line(Resources.describe(resources));
        boolean met = throughput >= targetRate && all.percentileMillis(99) < targetP99 && all.errorCount() == 0;
        report.line("Target (>= %.0f commands/s and p99 < %.0f ms, no errors): %s", targetRate, targetP99, met ? "MET" : "MISSED");
        report.put("clients", clients).put("duration_s", seconds).put("throughput", throughput)
                .put("p50_ms", all.percentileMillis(50)).put("p90_ms", all.percentileMillis(90))
                .put("p99_ms", all.percentileMillis(99)).put("max_ms", all.maxMillis())
                .put("count", all.okCount()).put("errors", all.errors());
        Map<String, Object> kinds = new LinkedHashMap<>();
        byKind.forEach((k, m) -> kinds.put(k.name().toLowerCase(), Report.latency(m)));
        report.put("by_kind", kinds).put("resources", resources).put("connections", ctx.target().connects())
                .put("target", Map.of("throughput_min", targetRate, "p99_ms_max", targetP99, "met", met));
        report.finish();
        return all.okCount() == 0 ? LoadDriver.EXIT_NOTHING_ANSWERED : 0;
    }
}
