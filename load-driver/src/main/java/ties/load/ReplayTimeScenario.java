package ties.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long the read models take to replay the store. Start it together with a server whose read
 * models must be rebuilt (see docs/benchmarks.md); the driver waits for the server to answer, learns
 * the store's head position from an idempotent command (a probe actor: appended once, unchanged on
 * every later run), then waits until each read model has processed that position. Times count from
 * the driver's start and from the moment the server first answered.
 */
final class ReplayTimeScenario {

    static final String PROBE_ACTOR = "/api/actors/load-driver-probe";
    static final byte[] PROBE_BODY = ("{\"kind\":\"OTHER_ORGANISATION\",\"name\":\"Load Driver Probe\","
            + "\"provenance\":{\"sources\":[{\"publisher\":\"Load Driver\",\"published\":\"2025-01-01\"}],"
            + "\"confidence\":\"LOW\"}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private ReplayTimeScenario() {
    }

    static int run(LoadDriver.Context ctx, long driverStart, long reachable) throws Exception {
        Options o = ctx.options();
        long timeout = o.number("catch-up-timeout-s", 3600) * 1_000_000_000L;
        long given = o.number("position", -1);
        o.requireAllUsed();

        long position = given;
        if (position < 0) {
            HttpConnection.Response r = ctx.target().put(PROBE_ACTOR, PROBE_BODY);
            if (!r.ok()) {
                ctx.sampleError("PUT " + PROBE_ACTOR, r);
                System.err.println("replay-time: the probe command was refused (" + r.status() + "); pass --position=N");
                return LoadDriver.EXIT_NOTHING_ANSWERED;
            }
            position = Receipt.parse(r.body()).position();
        }
        long probed = System.nanoTime();
        Progress.note("replay-time: waiting for every read model to reach position " + position);
        Map<String, Long> reached = CatchUpProbe.await(ctx.target(), position, probed + timeout);

        Report report = ctx.report("replay-time");
        report.line("Scenario replay-time against %s: head position %d", ctx.target().url(), position);
        report.line("Server first answered %.1f s after the driver started", (reachable - driverStart) / 1e9);
        Map<String, Object> fromStart = new LinkedHashMap<>();
        Map<String, Object> fromReachable = new LinkedHashMap<>();
        long last = reachable;
        boolean all = true;
        for (String model : CatchUpProbe.READ_MODELS.keySet()) {
            Long at = reached.get(model);
            fromStart.put(model, at == null ? null : Report.round((at - driverStart) / 1e9));
            fromReachable.put(model, at == null ? null : Report.round((at - reachable) / 1e9));
            if (at == null) {
                all = false;
            } else {
                last = Math.max(last, at);
            }
            report.line("  %-18s caught up %s s after the driver started, %s s after the server first answered", model,
                    fromStart.get(model), fromReachable.get(model));
        }
        double replay = (last - reachable) / 1e9;
        report.line(all ? String.format("All read models at position %d %.1f s after the server first answered (%.0f events/s "
                + "if replay began then)", position, replay, position / Math.max(replay, 1e-3))
                : "Not every read model caught up within the timeout");
        report.put("position", position).put("reachable_s", (reachable - driverStart) / 1e9)
                .put("replay_s", all ? replay : null)
                .put("throughput", all ? position / Math.max(replay, 1e-3) : null)
                .put("caught_up_from_driver_start_s", fromStart).put("caught_up_from_reachable_s", fromReachable);
        report.finish();
        return all ? 0 : 1;
    }
}
