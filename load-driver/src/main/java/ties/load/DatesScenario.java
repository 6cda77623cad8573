package ties.load;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Date previews under a steady rate: open loop at {@code --rate} requests per second of
 * {@code GET /api/dates}, cycling through phrases of every kind the resolver knows (weekdays, relative
 * months, parts of periods, spans, durations, plans), report days on every weekday and all three
 * tenses, with a few refusals among them (a 400 where the phrase must be refused counts as answered;
 * any other status than the one a phrase must get is an error). Latency counts from each request's due time (coordinated omission corrected).
 */
final class DatesScenario {

    /** Phrase, report day, tense, the status it must get: the request cycle, as an editor previewing copy would send it. */
    static final List<String[]> PREVIEWS = List.of(
            new String[] {"Tuesday", "2019-03-13", "DONE", "200"},
            new String[] {"from Thursday", "2019-03-13", "PLANNED", "200"},
            new String[] {"last Friday", "2018-11-30", "DONE", "200"},
            new String[] {"November last year", "2019-03-13", "DONE", "200"},
            new String[] {"earlier this month", "2021-07-24", "DONE", "200"},
            new String[] {"in June", "2020-01-05", "PLANNED", "200"},
            new String[] {"mid-2017", "2019-03-11", "DONE", "200"},
            new String[] {"the third quarter of 2017", "2019-03-13", "DONE", "200"},
            new String[] {"late March", "2017-08-17", "DONE", "200"},
            new String[] {"the 1990s", "2025-01-14", "DONE", "200"},
            new String[] {"6–10 March 2019", "2019-03-13", "DONE", "200"},
            new String[] {"March 6-10, 2019", "2019-03-11", "PLANNED", "200"},
            new String[] {"between 2015 and 2017", "2020-01-05", "DONE", "200"},
            new String[] {"from July to September 2018", "2019-03-13", "DONE", "200"},
            new String[] {"since 2016", "2019-03-13", "ONGOING", "200"},
            new String[] {"a four-day visit from Tuesday", "2019-03-13", "ONGOING", "200"},
            new String[] {"a week-long exercise starting 4 March", "2019-03-13", "DONE", "200"},
            new String[] {"in the near future", "2025-01-14", "PLANNED", "200"},
            new String[] {"by 2030", "2019-03-13", "PLANNED", "200"},
            new String[] {"next month", "2019-03-13", "DONE", "400"},
            new String[] {"after the elections", "2019-03-13", "DONE", "400"});

    private DatesScenario() {
    }

    static int run(LoadDriver.Context ctx) throws Exception {
        Options o = ctx.options();
        double rate = o.decimal("rate", 200);
        long warmup = o.number("warmup-s", 10) * 1_000_000_000L;
        long duration = o.number("duration-s", 30) * 1_000_000_000L;
        long maxRequests = o.number("max-requests", 1_000_000);
        int workers = o.integer("workers", 16);
        double targetP99 = o.decimal("target-p99-ms", 5);
        o.requireAllUsed();

        List<String> paths = PREVIEWS.stream().map(p -> "/api/dates?phrase=" + URLEncoder.encode(p[0], StandardCharsets.UTF_8)
                + "&reported=" + p[1] + "&tense=" + p[2]).toList();
        int[] expected = PREVIEWS.stream().mapToInt(p -> Integer.parseInt(p[3])).toArray();
        Metrics resolved = new Metrics("resolved (200)");
        Metrics refused = new Metrics("refused (400, as meant)");
        Metrics service = new Metrics("service time (sent->answered)");
        AtomicLong sequence = new AtomicLong();
        long measureFrom = System.nanoTime() + 10_000_000 + warmup;
        Resources.Window window = Resources.window(ctx.target(), measureFrom);
        Thread progress = Progress.start(() -> String.format("dates: %d resolved, %d refused; errors %d",
                resolved.okCount(), refused.okCount(), resolved.errorCount()));

        OpenLoop.Result result = OpenLoop.run(rate, warmup, duration, maxRequests, workers, 60_000_000_000L, (due, measured) -> {
            int pick = (int) (sequence.getAndIncrement() % paths.size());
            String path = paths.get(pick);
            long sent = System.nanoTime();
            try {
                HttpConnection.Response r = ctx.target().get(path);
                long now = System.nanoTime();
                if (!measured) {
                    return;
                }
                if (r.status() == expected[pick]) {
                    (r.ok() ? resolved : refused).ok(now - due);
                    service.ok(now - sent);
                } else {
                    resolved.failed(r.status());
                    ctx.sampleError("GET " + path, r);
                }
            } catch (IOException e) {
                if (measured) {
                    resolved.failed(e);
                }
            }
        });
        Map<String, Object> resources = window.close();
        progress.interrupt();

        Metrics overall = new Metrics("all previews");
        resolved.addTo(overall);
        refused.addTo(overall);
        double achieved = overall.okCount() / result.measuredSeconds();
        boolean met = overall.percentileMillis(99) < targetP99 && overall.errorCount() == 0 && result.unfinished() == 0
                && achieved >= rate * 0.98;
        Report report = ctx.report("dates");
        report.line("Scenario dates: open loop at %.0f requests/s of GET /api/dates (%d phrases cycling), %d s warm-up + "
                + "%.1f s measured, against %s", rate, paths.size(), warmup / 1_000_000_000L, result.measuredSeconds(),
                ctx.target().url());
        report.line("Achieved %.1f requests/s; max driver backlog %d; %d still queued when the drain time ran out", achieved,
                result.maxBacklog(), result.unfinished());
        report.line(Report.latencyLine(overall));
        report.line("  " + Report.latencyLine(resolved));
        report.line("  " + Report.latencyLine(refused));
        report.line(Report.latencyLine(service) + "   (without driver queueing)");
        report.line(Resources.describe(resources));
        report.line("Target (p99 < %.0f ms at the full rate, no errors): %s", targetP99, met ? "MET" : "MISSED");
        Map<String, Object> outcomes = new LinkedHashMap<>();
        outcomes.put("resolved", Report.latency(resolved));
        outcomes.put("refused", Report.latency(refused));
        report.putOpenLoop(rate, result, achieved, overall, service, resources).put("outcomes", outcomes)
                .put("target", new LinkedHashMap<>(Map.of("p99_ms_max", targetP99, "met", met)));
        report.finish();
        return overall.okCount() == 0 ? LoadDriver.EXIT_NOTHING_ANSWERED : 0;
    }
}
