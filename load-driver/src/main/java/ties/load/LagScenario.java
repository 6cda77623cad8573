package ties.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Projection lag under a steady write load. Open loop at {@code --rate} status changes per second,
 * spread over a pool of initiatives (no initiative gets a change while its previous one is still
 * unanswered). After each answer, the driver polls {@code GET /api/initiatives/{id}} (immediately,
 * then every {@code --poll-interval-ms}) until the view's {@code version} reaches the receipt's: the
 * lag is the time from the command's answer to the answer of the first poll that shows the change.
 * This is visibility as a reader sees it (not {@code minPosition}, whose server-side wait backs off
 * up to 100 ms and would quantise the figure).
 */
final class LagScenario {

    private static final JsonFactory JSON = new JsonFactory();

    private LagScenario() {
    }

    static int run(LoadDriver.Context ctx) throws Exception {
        Options o = ctx.options();
        double rate = o.decimal("rate", 200);
        long warmup = o.number("warmup-s", 5) * 1_000_000_000L;
        long duration = o.number("duration-s", 30) * 1_000_000_000L;
        long maxCommands = o.number("max-commands", 1_000_000);
        int pollMillis = o.integer("poll-interval-ms", 10);
        long visibilityTimeout = o.number("visibility-timeout-ms", 10_000) * 1_000_000L;
        int workers = o.integer("workers", 64);
        int poolSize = o.integer("initiatives", (int) Math.max(50, rate * 2));
        double targetP99 = o.decimal("target-p99-ms", 200);
        o.requireAllUsed();

        // Set-up (not measured): the initiatives the changes move.
        ConcurrentLinkedQueue<Workload.Initiative> free = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        LongAdder setupFailures = new LongAdder();
        Thread[] setup = new Thread[8];
        for (int t = 0; t < setup.length; t++) {
            setup[t] = new Thread(() -> {
                int k;
                while ((k = next.getAndIncrement()) < poolSize) {
                    String id = ctx.runId() + "-lag-" + k;
                    try {
                        HttpConnection.Response r = ctx.target().put("/api/initiatives/" + id, Payloads.initiative(
                                "Lag initiative " + id, "JOINT_PATROL", "IR", "PK", Workload.day(k % 300)));
                        if (r.ok()) {
                            free.add(new Workload.Initiative(id, k % 300));
                        } else {
                            setupFailures.increment();
                        }
                    } catch (IOException e) {
                        setupFailures.increment();
                    }
                }
            });
            setup[t].start();
        }
        for (Thread t : setup) {
            t.join();
        }
        if (free.isEmpty()) {
            System.err.println("lag: could not create any initiative (" + setupFailures.sum() + " failures)");
            return LoadDriver.EXIT_NOTHING_ANSWERED;
        }

        Metrics command = new Metrics("status change (answer)");
        Metrics lag = new Metrics("lag to board");
        Metrics poll = new Metrics("visibility polls");
        LongAdder notVisible = new LongAdder();
        LongAdder noFreeInitiative = new LongAdder();
        LongAdder retired = new LongAdder();
        long measureFrom = System.nanoTime() + 10_000_000 + warmup;
        Resources.Window window = Resources.window(ctx.target(), measureFrom);
        Thread progress = Progress.start(() -> String.format("lag: %d changes answered, %d seen on the board, %d errors",
                command.okCount(), lag.okCount(), command.errorCount() + notVisible.sum()));

        OpenLoop.Result result = OpenLoop.run(rate, warmup, duration, maxCommands, workers, visibilityTimeout + 30_000_000_000L,
                (due, measured) -> {
                    Workload.Initiative initiative = free.poll();
                    if (initiative == null) {
                        if (measured) {
                            noFreeInitiative.increment();
                        }
                        return;
                    }
                    int change = initiative.changes;
                    long version;
                    long answered;
                    try {
                        HttpConnection.Response r = ctx.target().post("/api/initiatives/" + initiative.id + "/status",
                                Payloads.status(Lifecycle.nth(change), Workload.day(initiative.firstDay + change / 4)));
                        answered = System.nanoTime();
                        if (!r.ok()) {
                            if (measured) {
                                command.failed(r.status());
                            }
                            ctx.sampleError("POST status " + initiative.id, r);
                            retired.increment();
                            return;
                        }
                        version = Receipt.parse(r.body()).version();
                        initiative.changes++;
                        free.add(initiative);
                        if (measured) {
                            command.ok(answered - due);
                        }
                    } catch (IOException e) {
                        if (measured) {
                            command.failed(e);
                        }
                        retired.increment();
                        return;
                    }
                    // Visibility: poll the initiative until its view has this change.
                    String path = "/api/initiatives/" + initiative.id;
                    while (true) {
                        long sent = System.nanoTime();
                        try {
                            HttpConnection.Response r = ctx.target().get(path);
                            long now = System.nanoTime();
                            if (measured) {
                                if (r.ok() || r.status() == 404) {
                                    poll.ok(now - sent);
                                } else {
                                    poll.failed(r.status());
                                }
                            }
                            if (r.ok() && versionOf(r.body()) >= version) {
                                if (measured) {
                                    lag.sample(now - answered);
                                }
                                return;
                            }
                        } catch (IOException e) {
                            if (measured) {
                                poll.failed(e);
                            }
                        }
                        if (System.nanoTime() - answered > visibilityTimeout) {
                            if (measured) {
                                notVisible.increment();
                            }
                            return;
                        }
                        LoadDriver.sleepMillis(pollMillis);
                    }
                });
        Map<String, Object> resources = window.close();
        progress.interrupt();

        Report report = ctx.report("lag");
        report.line("Scenario lag: open loop at %.0f status changes/s over %d initiatives, %d s warm-up + %.1f s measured, "
                        + "polling every %d ms, against %s", rate, poolSize, warmup / 1_000_000_000L, result.measuredSeconds(),
                pollMillis, ctx.target().url());
        double achieved = command.okCount() / result.measuredSeconds();
        double pollRate = (poll.okCount() + poll.errorCount()) / result.measuredSeconds();
        report.line("%d of %d changes due in the window answered (%d refused or failed)", command.okCount(),
                result.measuredScheduled(), command.errorCount());
        report.line("Achieved %.1f changes/s; %d changes never seen within %d ms; %d skipped for want of a free initiative; "
                        + "max driver backlog %d; %d still queued when the drain time ran out; %.0f polls/s added", achieved,
                notVisible.sum(), visibilityTimeout / 1_000_000, noFreeInitiative.sum(), result.maxBacklog(), result.unfinished(),
                pollRate);
        report.line(Report.latencyLine(lag));
        report.line(Report.latencyLine(command) + "   (from due time: includes any queueing in the driver)");
        report.line(Report.latencyLine(poll));
        report.line(Resources.describe(resources));
        boolean met = lag.percentileMillis(99) < targetP99 && notVisible.sum() == 0 && command.errorCount() == 0
                && achieved >= rate * 0.98 && result.unfinished() == 0;
        report.line("Target (lag p99 < %.0f ms at %.0f changes/s, every change seen): %s", targetP99, rate, met ? "MET" : "MISSED");
        report.put("rate", rate).put("duration_s", result.measuredSeconds()).put("throughput", achieved)
                .put("scheduled", result.measuredScheduled())
                .put("p50_ms", lag.percentileMillis(50)).put("p90_ms", lag.percentileMillis(90))
                .put("p99_ms", lag.percentileMillis(99)).put("max_ms", lag.maxMillis())
                .put("count", lag.okCount()).put("not_visible", notVisible.sum())
                .put("errors", command.errors()).put("poll_interval_ms", pollMillis).put("polls_per_s", pollRate)
                .put("command", Report.latency(command)).put("poll", Report.latency(poll))
                .put("max_backlog", result.maxBacklog()).put("unfinished", result.unfinished()).put("driver_task_failures", result.taskFailures())
                .put("no_free_initiative", noFreeInitiative.sum())
                .put("resources", resources)
                .put("target", new LinkedHashMap<>(Map.of("p99_ms_max", targetP99, "met", met)));
        report.finish();
        return command.okCount() == 0 ? LoadDriver.EXIT_NOTHING_ANSWERED : 0;
    }

    /** The top-level {@code version} of an initiative view, or -1. */
    static long versionOf(byte[] json) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return -1;
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("version".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
                    return p.getLongValue();
                }
                p.skipChildren();
            }
            return -1;
        }
    }
}
