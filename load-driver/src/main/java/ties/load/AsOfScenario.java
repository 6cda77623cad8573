package ties.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The auditors' time travel, one request at a time (no queueing: each figure is a request's own time):
 * one initiative as recorded at a past moment, the whole board as recorded then, and an initiative's
 * status on a past date as known now. Moments and initiatives are drawn from what the store holds.
 * Needs an auditor's credentials (e.g. {@code --token=ties_demo_auditor_token} on the embedded run).
 */
final class AsOfScenario {

    private AsOfScenario() {
    }

    static int run(LoadDriver.Context ctx) throws Exception {
        Options o = ctx.options();
        int requests = o.integer("requests", 200);
        int limit = o.integer("limit", 50);
        double targetOneMs = o.decimal("target-one-p99-ms", 50);
        double targetBoardMs = o.decimal("target-board-p99-ms", 500);
        o.requireAllUsed();

        ObjectMapper json = new ObjectMapper();
        JsonNode board = json.readTree(ctx.target().get("/api/initiatives?limit=500").body());
        List<String> ids = new ArrayList<>();
        List<Instant> recordedAt = new ArrayList<>();
        Instant earliest = Instant.MAX;
        Instant latest = Instant.MIN;
        for (JsonNode initiative : board.path("initiatives")) {
            ids.add(initiative.path("initiativeId").asText());
            Instant recorded = Instant.parse(initiative.path("recordedAt").asText());
            recordedAt.add(recorded);
            Instant changed = Instant.parse(initiative.path("lastChangeAt").asText());
            earliest = recorded.isBefore(earliest) ? recorded : earliest;
            latest = changed.isAfter(latest) ? changed : latest;
        }
        if (ids.isEmpty()) {
            System.err.println("as-of: the board is empty; seed the store first (seed-events)");
            return LoadDriver.EXIT_NOTHING_ANSWERED;
        }
        SplittableRandom random = new SplittableRandom(ctx.seed());
        Metrics one = new Metrics("one initiative as recorded at T");
        Metrics whole = new Metrics("board (" + limit + ") as recorded at T");
        Metrics statusOn = new Metrics("status on date D as known now");
        long span = Math.max(latest.toEpochMilli() - earliest.toEpochMilli(), 1);
        for (int i = 0; i < requests; i++) {
            int pick = random.nextInt(ids.size());
            String id = ids.get(pick);
            // One initiative: a moment after it was recorded (before that the answer is rightly 404).
            long since = recordedAt.get(pick).toEpochMilli();
            Instant seen = Instant.ofEpochMilli(since + random.nextLong(Math.max(latest.toEpochMilli() - since, 1)));
            time(ctx, one, "/api/initiatives/" + id + "?asOf=" + seen);
            Instant at = Instant.ofEpochMilli(earliest.toEpochMilli() + random.nextLong(span));
            time(ctx, whole, "/api/initiatives?limit=" + limit + "&asOf=" + at);
            time(ctx, statusOn, "/api/audit/initiatives/" + id + "/status-on?date=" + (2015 + random.nextInt(12)) + "-06-15");
            if ((i + 1) % 50 == 0) {
                Progress.note("as-of: " + (i + 1) + " of " + requests);
            }
        }

        boolean met = one.percentileMillis(99) < targetOneMs && whole.percentileMillis(99) < targetBoardMs
                && one.errorCount() + whole.errorCount() + statusOn.errorCount() == 0;
        Report report = ctx.report("as-of");
        report.line("Scenario as-of against %s: %d requests of each kind, one at a time, over %d initiatives recorded "
                + "between %s and %s", ctx.target().url(), requests, ids.size(), earliest, latest);
        report.line(Report.latencyLine(one));
        report.line(Report.latencyLine(whole));
        report.line(Report.latencyLine(statusOn));
        report.line("Target (one initiative p99 < %.0f ms, board p99 < %.0f ms, no errors): %s", targetOneMs,
                targetBoardMs, met ? "MET" : "MISSED");
        Map<String, Object> kinds = new LinkedHashMap<>();
        kinds.put("one", Report.latency(one));
        kinds.put("board", Report.latency(whole));
        kinds.put("status_on", Report.latency(statusOn));
        report.put("requests", requests).put("limit", limit).put("kinds", kinds)
                .put("target", Map.of("one_p99_ms_max", targetOneMs, "board_p99_ms_max", targetBoardMs, "met", met));
        report.finish();
        return one.okCount() == 0 ? LoadDriver.EXIT_NOTHING_ANSWERED : 0;
    }

    private static void time(LoadDriver.Context ctx, Metrics metrics, String path) {
        long sent = System.nanoTime();
        try {
            HttpConnection.Response r = ctx.target().get(path);
            if (r.ok()) {
                metrics.ok(System.nanoTime() - sent);
            } else {
                metrics.failed(r.status());
                ctx.sampleError("GET " + path, r);
            }
        } catch (IOException e) {
            metrics.failed(e);
        }
    }
}
