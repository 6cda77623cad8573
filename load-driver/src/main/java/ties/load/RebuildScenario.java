package ties.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;

/**
 * Rebuilds one read model through the API (blue/green: the serving generation keeps answering) and
 * follows the service's own progress report until the new generation has taken over. Needs an auditor's
 * credentials (e.g. {@code --token=ties_demo_auditor_token} on the embedded run).
 */
final class RebuildScenario {

    private RebuildScenario() {
    }

    static int run(LoadDriver.Context ctx) throws Exception {
        Options o = ctx.options();
        String model = o.string("read-model", "initiative-board");
        long timeout = o.number("timeout-s", 3600) * 1_000_000_000L;
        double targetRate = o.decimal("target-events-per-s", 10_000);
        o.requireAllUsed();

        ObjectMapper json = new ObjectMapper();
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
        boolean met = "SWITCHED".equals(state) && rate >= targetRate;

        Report report = ctx.report("rebuild");
        report.line("Scenario rebuild of %s against %s: %s at position %d after %.1f s (request to switch-over)", model,
                ctx.target().url(), state, position, seconds);
        report.line("%.0f events/s (the service's own figure: %.0f events/s)%s", rate,
                rebuild.path("eventsPerSecond").asDouble(), state.equals("FAILED") ? "; failure: " + rebuild.path("failure").asText() : "");
        report.line("Target (>= %.0f events/s, switched over): %s", targetRate, met ? "MET" : "MISSED");
        report.put("read_model", model).put("state", state).put("position", position).put("duration_s", seconds)
                .put("throughput", rate).put("generation", rebuild.path("generation").asInt())
                .put("target", Map.of("events_per_s_min", targetRate, "met", met));
        report.finish();
        return "SWITCHED".equals(state) ? 0 : 1;
    }
}
