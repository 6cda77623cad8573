package ties.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web interface's pages under a steady rate: signs in through the login page as a person does (a
 * session cookie), then open-loop GETs of the board (with and without filters), the timeline and an
 * initiative's page, each rendered in full. Latency counts from each request's due time.
 */
final class PagesScenario {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CARD = Pattern.compile("href=\"/initiatives/([a-z0-9-]+)\"");

    private PagesScenario() {
    }

    record Page(String name, String path, Metrics metrics) {
    }

    static int run(LoadDriver.Context ctx) throws Exception {
        Options o = ctx.options();
        double rate = o.decimal("rate", 20);
        long warmup = o.number("warmup-s", 5) * 1_000_000_000L;
        long duration = o.number("duration-s", 30) * 1_000_000_000L;
        int workers = o.integer("workers", 8);
        String user = o.string("page-user", "auditor");
        String password = o.string("page-password", user + "-demo");
        double targetP99 = o.decimal("target-p99-ms", 100);
        o.requireAllUsed();

        Target target = ctx.target();
        String session = signIn(target.url(), user, password);
        ThreadLocal<HttpConnection> connections = ThreadLocal.withInitial(() -> new HttpConnection(target.host, target.port,
                30_000, "Accept: text/html\r\nCookie: JSESSIONID=" + session + "\r\n"));
        HttpConnection probe = new HttpConnection(target.host, target.port, 30_000, "Cookie: JSESSIONID=" + session + "\r\n");
        Matcher card = CARD.matcher(probe.exchange("GET", "/board", null).text());
        String initiative = card.find() ? card.group(1) : null;
        probe.close();

        List<Page> pages = new java.util.ArrayList<>(List.of(
                page("board", "/board"),
                page("board party=IR&party=PK", "/board?party=IR&party=PK"),
                page("board kind=JOINT_EXERCISE", "/board?kind=JOINT_EXERCISE"),
                page("timeline", "/timeline"),
                page("timeline country=IR&country=PK", "/timeline?country=IR&country=PK")));
        if (initiative != null) {
            pages.add(page("initiative", "/initiatives/" + initiative));
        }
        Metrics all = new Metrics("all pages");
        AtomicLong sequence = new AtomicLong();
        Thread progress = Progress.start(() -> String.format("pages: %d answered", all.okCount()));
        OpenLoop.Result result = OpenLoop.run(rate, warmup, duration, 1_000_000, workers, 60_000_000_000L, (due, measured) -> {
            Page page = pages.get((int) (sequence.getAndIncrement() % pages.size()));
            try {
                HttpConnection.Response r = connections.get().exchange("GET", page.path(), null);
                long now = System.nanoTime();
                if (!measured) {
                    return;
                }
                if (r.ok()) {
                    page.metrics().ok(now - due);
                    all.ok(now - due);
                } else {
                    page.metrics().failed(r.status());
                    all.failed(r.status());
                    ctx.sampleError("GET " + page.path(), r);
                }
            } catch (IOException e) {
                if (measured) {
                    page.metrics().failed(e);
                    all.failed(e);
                }
            }
        });
        progress.interrupt();

        Report report = ctx.report("pages");
        report.line("Scenario pages: open loop at %.0f pages/s, signed in as %s, %d s warm-up + %.1f s measured, against %s",
                rate, user, warmup / 1_000_000_000L, result.measuredSeconds(), target.url());
        double achieved = all.okCount() / result.measuredSeconds();
        report.line("Achieved %.1f pages/s; %d still queued when the drain time ran out", achieved, result.unfinished());
        report.line(Report.latencyLine(all));
        Map<String, Object> byPage = new LinkedHashMap<>();
        for (Page page : pages) {
            report.line("  " + Report.latencyLine(page.metrics()));
            Map<String, Object> m = Report.latency(page.metrics());
            m.put("path", page.path());
            byPage.put(page.name(), m);
        }
        boolean met = pages.stream().allMatch(p -> p.metrics().percentileMillis(99) < targetP99)
                && all.errorCount() == 0 && result.unfinished() == 0 && achieved >= rate * 0.98;
        report.line("Target (p99 < %.0f ms on each page at the full rate, no errors): %s", targetP99, met ? "MET" : "MISSED");
        report.put("rate", rate).put("achieved", achieved).put("overall", Report.latency(all)).put("pages", byPage)
                .put("target", new LinkedHashMap<>(Map.of("p99_ms_max", targetP99, "met", met)));
        report.finish();
        return all.okCount() == 0 ? LoadDriver.EXIT_NOTHING_ANSWERED : 0;
    }

    private static Page page(String name, String path) {
        return new Page(name, path, new Metrics(name));
    }

    /** Signs in through the login form; answers the session id. */
    private static String signIn(String url, String user, String password) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
        String login = http.send(HttpRequest.newBuilder(URI.create(url + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(login);
        if (!token.find()) {
            throw new IOException("the login page has no CSRF token: is the web interface served at " + url + "?");
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token.group(1),
                StandardCharsets.UTF_8);
        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(url + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String location = answer.headers().firstValue("Location").orElse("");
        if (location.contains("error")) {
            throw new IOException("signing in as " + user + " was refused");
        }
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new IOException("no session after signing in"));
    }
}
