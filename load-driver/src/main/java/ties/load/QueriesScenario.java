package ties.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Reads under a steady rate: open loop at {@code --rate} requests per second, alternating between the
 * initiative board and the timeline, each cycling through a few filters. Latency counts from each
 * request's due time (coordinated omission corrected).
 */
final class QueriesScenario {

    private QueriesScenario() {
    }

    record Variant(String endpoint, String name, String path, Metrics metrics, LongAdder bytes) {
    }

    static int run(LoadDriver.Context ctx) throws Exception {
        Options o = ctx.options();
        double rate = o.decimal("rate", 200);
        long warmup = o.number("warmup-s", 5) * 1_000_000_000L;
        long duration = o.number("duration-s", 30) * 1_000_000_000L;
        long maxRequests = o.number("max-requests", 1_000_000);
        int workers = o.integer("workers", 32);
        int limit = o.integer("limit", 50);
        // Identical SQL with identical parameters may be answered from the database's result cache (H2
        // keeps one per connection while the tables are unchanged), which no real reader with writes
        // going on would see; so by default the page size varies by up to 5 either side of --limit.
        int spread = o.flag("fixed-limit") ? 0 : Math.min(5, limit - 1);
        double targetP99 = o.decimal("target-p99-ms", 20);
        o.requireAllUsed();

        String l = "limit=" + limit;
        List<Variant> board = List.of(
                variant("board", "board", "/api/initiatives?" + l),
                variant("board", "board party=IR", "/api/initiatives?party=IR&" + l),
                variant("board", "board status=IMPLEMENTING", "/api/initiatives?status=IMPLEMENTING&" + l),
                variant("board", "board kind=JOINT_EXERCISE", "/api/initiatives?kind=JOINT_EXERCISE&" + l));
        List<Variant> timeline = List.of(
                variant("timeline", "timeline", "/api/timeline?" + l),
                variant("timeline", "timeline country=IR,PK", "/api/timeline?country=IR&country=PK&" + l),
                variant("timeline", "timeline country=IR", "/api/timeline?country=IR&" + l),
                variant("timeline", "timeline kind=VISIT", "/api/timeline?kind=VISIT&" + l));

        // What the store holds, as the board and the timeline see it.
        String shape = describeData(ctx.target(), limit);
        Metrics boardAll = new Metrics("board (all filters)");
        Metrics timelineAll = new Metrics("timeline (all filters)");
        Metrics service = new Metrics("service time (sent->answered)");
        java.util.concurrent.atomic.AtomicLong sequence = new java.util.concurrent.atomic.AtomicLong();
        long measureFrom = System.nanoTime() + 10_000_000 + warmup;
        Resources.Window window = Resources.window(ctx.target(), measureFrom);
        Thread progress = Progress.start(() -> String.format("queries: board %d, timeline %d answered; errors %d",
                sumOk(board), sumOk(timeline), sumErrors(board) + sumErrors(timeline)));

        OpenLoop.Result result = OpenLoop.run(rate, warmup, duration, maxRequests, workers, 60_000_000_000L, (due, measured) -> {
            long i = sequence.getAndIncrement();
            List<Variant> endpoint = i % 2 == 0 ? board : timeline;
            Variant v = endpoint.get((int) ((i / 2) % endpoint.size()));
            String path = spread == 0 ? v.path()
                    : v.path().replace("limit=" + limit, "limit=" + (limit - spread + (int) ((i / 8) % (2 * spread + 1))));
            long sent = System.nanoTime();
            try {
                HttpConnection.Response r = ctx.target().get(path);
                long now = System.nanoTime();
                if (!measured) {
                    return;
                }
                if (r.ok()) {
                    v.metrics().ok(now - due);
                    v.bytes().add(r.body().length);
                    service.ok(now - sent);
                } else {
                    v.metrics().failed(r.status());
                    ctx.sampleError("GET " + v.path(), r);
                }
            } catch (IOException e) {
                if (measured) {
                    v.metrics().failed(e);
                }
            }
        });
        Map<String, Object> resources = window.close();
        progress.interrupt();
        board.forEach(v -> v.metrics().addTo(boardAll));
        timeline.forEach(v -> v.metrics().addTo(timelineAll));

        Report report = ctx.report("queries");
        report.line("Scenario queries: open loop at %.0f requests/s (board and timeline alternating), %d s warm-up + %.1f s "
                + "measured, against %s", rate, warmup / 1_000_000_000L, result.measuredSeconds(), ctx.target().url());
        report.line("Data: %s", shape);
        report.line(spread == 0 ? "Page size fixed at %d" : "Page size varying %d..%d (defeats per-connection result caches)",
                limit - spread, limit + spread);
        long answered = boardAll.okCount() + timelineAll.okCount();
        double achieved = answered / result.measuredSeconds();
        report.line("%d of %d requests due in the window answered", answered, result.measuredScheduled());
        report.line("Achieved %.1f requests/s; max driver backlog %d; %d still queued when the drain time ran out", achieved,
                result.maxBacklog(), result.unfinished());
        report.line(Report.latencyLine(boardAll));
        report.line(Report.latencyLine(timelineAll));
        for (Variant v : board) {
            report.line("  " + Report.latencyLine(v.metrics()) + String.format("  avg %d B", avgBytes(v)));
        }
        for (Variant v : timeline) {
            report.line("  " + Report.latencyLine(v.metrics()) + String.format("  avg %d B", avgBytes(v)));
        }
        report.line(Report.latencyLine(service) + "   (without driver queueing)");
        report.line(Resources.describe(resources));
        boolean met = boardAll.percentileMillis(99) < targetP99 && timelineAll.percentileMillis(99) < targetP99
                && boardAll.errorCount() + timelineAll.errorCount() == 0 && result.unfinished() == 0
                && achieved >= rate * 0.98;
        report.line("Target (p99 < %.0f ms on each endpoint at the full rate, no errors): %s", targetP99, met ? "MET" : "MISSED");

        Metrics overall = new Metrics("all");
        boardAll.addTo(overall);
        timelineAll.addTo(overall);
        Map<String, Object> endpoints = new LinkedHashMap<>();
        endpoints.put("board", Report.latency(boardAll));
        endpoints.put("timeline", Report.latency(timelineAll));
        Map<String, Object> variants = new LinkedHashMap<>();
        for (Variant v : concat(board, timeline)) {
            Map<String, Object> m = Report.latency(v.metrics());
            m.put("path", v.path());
            m.put("avg_bytes", avgBytes(v));
            variants.put(v.name(), m);
        }
        report.putOpenLoop(rate, result, achieved, overall, service, resources)
                .put("limit", limit).put("limit_spread", spread).put("endpoints", endpoints).put("variants", variants).put("data", shape)
                .put("target", new LinkedHashMap<>(Map.of("p99_ms_max", targetP99, "met", met)));
        report.finish();
        return overall.okCount() == 0 ? LoadDriver.EXIT_NOTHING_ANSWERED : 0;
    }

    private static Variant variant(String endpoint, String name, String path) {
        return new Variant(endpoint, name, path, new Metrics(name), new LongAdder());
    }

    private static long avgBytes(Variant v) {
        long n = v.metrics().okCount();
        return n == 0 ? 0 : v.bytes().sum() / n;
    }

    private static long sumOk(List<Variant> variants) {
        return variants.stream().mapToLong(v -> v.metrics().okCount()).sum();
    }

    private static long sumErrors(List<Variant> variants) {
        return variants.stream().mapToLong(v -> v.metrics().errorCount()).sum();
    }

    private static List<Variant> concat(List<Variant> a, List<Variant> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String describeData(Target target, int limit) {
        ObjectMapper json = new ObjectMapper();
        try {
            HttpConnection.Response b = target.get("/api/initiatives?limit=" + limit);
            HttpConnection.Response t = target.get("/api/timeline?limit=" + limit);
            JsonNode boardBody = json.readTree(b.body());
            JsonNode timelineBody = json.readTree(t.body());
            return String.format("first board page holds %d initiatives (%d bytes), first timeline page %d developments "
                            + "(%d bytes)", boardBody.path("initiatives").size(), b.body().length,
                    firstArraySize(timelineBody), t.body().length);
        } catch (Exception e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static int firstArraySize(JsonNode node) {
        for (JsonNode child : node) {
            if (child.isArray()) {
                return child.size();
            }
        }
        return -1;
    }
}
