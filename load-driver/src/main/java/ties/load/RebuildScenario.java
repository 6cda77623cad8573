package ties.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;

/**
 * Rebuilds one read model through the API (blue/green: the serving generation keeps answering) and
 * follows the service's own progress report until the new generation has taken over. Needs an auditor's
 * credentials (e.g. {@code --token=ties_demo_auditor_token} on the embedded run).
 *
 * <p>With {@code --reference=true} (an admin's credentials, {@code --token=ties_demo_admin_token}) it
 * first has the service replay the same store into a handler that does nothing
 * ({@code POST /api/admin/replay-reference}) and judges the rebuild by its share of that rate (issue 15:
 * at least half), both rates as the service measured them from start to finish.
 */
final class RebuildScenario {

    private RebuildScenario() {
    }

    static int run(LoadDriver.Context ctx) throws Exception {
        Options o = ctx.options();
        String model = o.string("read-model", "initiative-board");
        long timeout = o.number("timeout-s", 3600) * 1_000_000_000L;
        double targetRate = o.decimal("target-events-per-s", 10_000);
        boolean withReference = o.flag("reference");
        double targetShare = o.decimal("target-share-of-reference", 0.5);
        o.requireAllUsed();

        ObjectMapper json = new ObjectMapper();
        // Twice: the first replay after a start also pays for compiling the replay's code paths, which a
        // rebuild run after it no longer does (6,500 against 30,000 events/s at 20,000 events).
        JsonNode reference = withReference && referenceReplay(ctx, json, timeout) != null
                ? referenceReplay(ctx, json, timeout) : null;
        if (withReference && reference == null) {
            return LoadDriver.EXIT_NOTHING_ANSWERED;
        }
        String path = "/api/admin/read-models/" + model;
        long started = System.nanoTime();
        HttpConnection.Response r = ctx.target().post(path + "/rebuild", null);
        if (r.status() != 202) {
            ctx.sampleError("POST " + path + "/rebuild", r);
            return LoadDriver.EXIT_NOTHING_ANSWERED;
        }
        JsonNode progress = json.readTree(r.body());
        long deadline = started + timeout;
        while ("BUILDING".equals(progress.path("rebuild").path("state").asText()) && System.nanoTime() < deadline) {
            LoadDriver.sleepMillis(100);
            progress = json.readTree(ctx.target().get(path).body());
            JsonNode rebuild = progress.path("rebuild");
            Progress.note(String.format("rebuild %s: position %d of %d, %.0f events/s", model,
                    rebuild.path("position").asLong(), rebuild.path("head").asLong(), rebuild.path("eventsPerSecond").asDouble()));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        JsonNode rebuild = progress.path("rebuild");
        String state = rebuild.path("state").asText();
        long position = rebuild.path("position").asLong();
        double rate = position / seconds;
        double serviceRate = rebuild.path("eventsPerSecond").asDouble();
        Double share = reference == null ? null : serviceRate / reference.path("eventsPerSecond").asDouble();
        boolean met = "SWITCHED".equals(state) && (share == null ? rate >= targetRate : share >= targetShare);

        Report report = ctx.report("rebuild");
        report.line("Scenario rebuild of %s against %s: %s at position %d after %.1f s (request to switch-over)", model,
                ctx.target().url(), state, position, seconds);
        report.line("%.0f events/s (the service's own figure: %.0f events/s)%s", rate,
                rebuild.path("eventsPerSecond").asDouble(), state.equals("FAILED") ? "; failure: " + rebuild.path("failure").asText() : "");
        if (reference != null) {
            report.line("Reference: the same store replayed into a handler that does nothing, %d events at %.0f events/s; "
                            + "rebuild ÷ reference %.2f", reference.path("position").asLong(),
                    reference.path("eventsPerSecond").asDouble(), share);
            report.line("Target (rebuild >= %.2f of the reference, switched over): %s", targetShare, met ? "MET" : "MISSED");
            report.put("reference_events_per_s", reference.path("eventsPerSecond").asDouble())
                    .put("reference_position", reference.path("position").asLong()).put("share_of_reference", share);
        } else {
            report.line("Target (>= %.0f events/s, switched over): %s", targetRate, met ? "MET" : "MISSED");
        }
        report.put("read_model", model).put("state", state).put("position", position).put("duration_s", seconds)
                .put("throughput", rate).put("generation", rebuild.path("generation").asInt())
                .put("service_events_per_s", serviceRate)
                .put("target", reference == null ? Map.of("events_per_s_min", targetRate, "met", met)
                        : Map.of("share_of_reference_min", targetShare, "met", met));
        report.finish();
        return "SWITCHED".equals(state) ? 0 : 1;
    }

    /** Runs the service's reference replay to its end; null (with the error sampled) when it cannot. */
    private static JsonNode referenceReplay(LoadDriver.Context ctx, ObjectMapper json, long timeout) throws Exception {
        String path = "/api/admin/replay-reference";
        long deadline = System.nanoTime() + timeout;
        HttpConnection.Response r = ctx.target().post(path, null);
        if (r.status() != 202) {
            ctx.sampleError("POST " + path, r);
            return null;
        }
        String startedAt = json.readTree(r.body()).path("startedAt").asText();
        while (System.nanoTime() < deadline) {
            LoadDriver.sleepMillis(100);
            for (JsonNode replay : json.readTree(ctx.target().get(path).body())) {
                if (!replay.path("startedAt").asText().equals(startedAt)) {
                    continue;
                }
                Progress.note(String.format("reference replay: position %d of %d, %.0f events/s",
                        replay.path("position").asLong(), replay.path("head").asLong(), replay.path("eventsPerSecond").asDouble()));
                if (replay.path("state").asText().equals("FINISHED")) {
                    return replay;
                }
                if (replay.path("state").asText().equals("FAILED")) {
                    ctx.sampleError("reference replay failed: " + replay.path("failure").asText(), r);
                    return null;
                }
            }
        }
        return null;
    }
}
