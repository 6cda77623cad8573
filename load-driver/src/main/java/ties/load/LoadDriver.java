package ties.load;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures a running Ties over HTTP. One scenario per run; every scenario stops by itself (bounded
 * in time and in count), prints human-readable lines and, last, one JSON line.
 *
 * <p>Exit status: 0 done (whether or not the targets were met: see the JSON's {@code target.met}),
 * 1 bad usage or replay not finished, 2 server unreachable, 3 the server answered nothing useful.
 */
public final class LoadDriver {

    static final int EXIT_USAGE = 1;
    static final int EXIT_UNREACHABLE = 2;
    static final int EXIT_NOTHING_ANSWERED = 3;

    private static final String USAGE = """
            Usage: java -jar load-driver.jar <scenario> [options]

            Scenarios (each bounded in time and count, stops by itself):
              commands      N clients send mixed commands back to back (closed loop); throughput and latency
                            --clients=8 --warmup-s=5 --duration-s=30 --max-commands=5000000 --changes-per-initiative=8
              lag           open-loop status changes at a fixed rate; time until each shows on the board
                            --rate=200 --warmup-s=5 --duration-s=30 --max-commands=1000000 --poll-interval-ms=10
                            --visibility-timeout-ms=10000 --initiatives=2*rate --workers=64
              seed-events   fill the store with events via the command API, then wait for the read models
                            --events=100000 --clients=8 --max-duration-s=1800 --catch-up-timeout-s=1800
              queries       open-loop GETs of board and timeline (alternating, with filters) at a fixed rate
                            --rate=200 --warmup-s=5 --duration-s=30 --max-requests=1000000 --workers=32 --limit=50 --fixed-limit
              replay-time   wait for a (re)starting server, then for every read model to reach the head position
                            --catch-up-timeout-s=3600 --position=N (default: learnt from an idempotent probe command)
              rebuild       rebuild a read model through the API (blue/green) and follow it to the switch-over;
                            needs an auditor: --token=ties_demo_auditor_token; --reference first has the service replay the
                            store into a handler that does nothing and judges the rebuild by its share of that rate (admin)
                            --read-model=initiative-board --timeout-s=3600 --target-events-per-s=10000
                            --reference --target-share-of-reference=0.5
              as-of         auditors' time travel, one request at a time: an initiative and the board as recorded
                            at past moments, an initiative's status on past dates; needs an auditor (as above)
                            --requests=200 --limit=50 --target-one-p99-ms=50 --target-board-p99-ms=500
              pages         open-loop GETs of the web interface's pages (board with and without filters, timeline,
                            an initiative), signed in through the login page as --page-user
                            --rate=20 --warmup-s=5 --duration-s=30 --workers=8 --page-user=auditor --target-p99-ms=100
              dates         open-loop previews of date phrases (GET /api/dates: weekdays, spans, durations, plans,
                            a few refusals) at a fixed rate; any signed-in user
                            --rate=200 --warmup-s=10 --duration-s=30 --max-requests=1000000 --workers=16 --target-p99-ms=5

            Common options:
              --url=http://127.0.0.1:18080   the server (loopback only unless --allow-non-loopback)
              --user=NAME --password=PW      HTTP basic authentication, or
              --token=T                      Authorization: Bearer T (default: the embedded demo editor's token)
              --metrics-token=T              token for the server's actuator CPU/GC figures (default: the demo
                                             admin's; empty to skip them)
              --wait-s=0                     wait this long for the server to answer before giving up (replay-time: 600)
              --timeout-ms=30000             connect and read timeout per request
              --seed=N                       random seed for the generated content (default: random)
              --target-...                   override a scenario's target (e.g. --target-p99-ms=50)
            """;

    record Context(Options options, Target target, String runId, long seed, AtomicInteger errorSamples) {

        Report report(String scenario) {
            return new Report(scenario, System.out).put("run", runId).put("url", target.url());
        }

        /** Shows the first few refusals in full on standard error, so a broken payload is obvious. */
        void sampleError(String what, HttpConnection.Response r) {
            if (errorSamples.incrementAndGet() <= 5) {
                String body = r.text();
                Progress.note("error sample: " + what + " -> " + r.status() + " "
                        + (body.length() > 600 ? body.substring(0, 600) + "..." : body));
            }
        }
    }

    private LoadDriver() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        long driverStart = System.nanoTime();
        Progress.init();
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            System.out.print(USAGE);
            return args.length == 0 ? EXIT_USAGE : 0;
        }
        String scenario = args[0];
        try {
            Options options = new Options(args, 1);
            boolean replay = scenario.equals("replay-time");
            long waitSeconds = options.number("wait-s", replay ? 600 : 0);
            long seed = options.number("seed", new SecureRandom().nextLong());
            boolean allowRemote = options.flag("allow-non-loopback");
            try (Target target = Target.from(options)) {
                if (!target.loopback() && !allowRemote) {
                    throw new Options.UsageException("the driver measures a server on this machine; " + target.host
                            + " is not a loopback address (add --allow-non-loopback if you really mean it)");
                }
                long reachable = awaitReachable(target, waitSeconds);
                if (reachable < 0) {
                    System.err.println("Ties is unreachable at " + target.url()
                            + (waitSeconds > 0 ? " (waited " + waitSeconds + " s)" : "") + ": start it first, or pass --wait-s");
                    return EXIT_UNREACHABLE;
                }
                Context ctx = new Context(options, target, runId(seed), seed, new AtomicInteger());
                Progress.note("scenario " + scenario + ", run id " + ctx.runId() + ", server " + target.url());
                return switch (scenario) {
                    case "commands" -> CommandsScenario.run(ctx);
                    case "lag" -> LagScenario.run(ctx);
                    case "seed-events" -> SeedScenario.run(ctx);
                    case "queries" -> QueriesScenario.run(ctx);
                    case "replay-time" -> ReplayTimeScenario.run(ctx, driverStart, reachable);
                    case "rebuild" -> RebuildScenario.run(ctx);
                    case "as-of" -> AsOfScenario.run(ctx);
                    case "dates" -> DatesScenario.run(ctx);
                    case "pages" -> PagesScenario.run(ctx);
                    default -> throw new Options.UsageException("unknown scenario '" + scenario + "'");
                };
            }
        } catch (Options.UsageException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            return EXIT_USAGE;
        } catch (Exception e) {
            e.printStackTrace();
            return EXIT_NOTHING_ANSWERED;
        }
    }

    /**
     * The {@link System#nanoTime()} at which the server first gave any HTTP answer to
     * {@code GET /actuator/health}, or -1 when it did not within {@code waitSeconds}.
     */
    static long awaitReachable(Target target, long waitSeconds) {
        long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
        while (true) {
            try {
                HttpConnection.Response r = target.get("/actuator/health");
                if (r.status() == 401 || r.status() == 403) {
                    Progress.note("the server answers " + r.status() + " to /actuator/health: check --user/--password/--token");
                }
                return System.nanoTime();
            } catch (IOException e) {
                if (System.nanoTime() >= deadline) {
                    return -1;
                }
                sleepMillis(100);
            }
        }
    }

    /** A short id that keeps this run's records apart from earlier runs' on the same store: "ld" + 5 base-36 chars. */
    private static String runId(long seed) {
        long value = Math.floorMod(seed ^ System.currentTimeMillis(), 36L * 36 * 36 * 36 * 36);
        StringBuilder s = new StringBuilder(Long.toString(value, 36));
        while (s.length() < 5) {
            s.insert(0, '0');
        }
        return "ld" + s;
    }

    static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleepUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(wait);
        }
    }
}
