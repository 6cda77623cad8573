package ties.ui;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without a browser: a cookie jar, sign-in through the login form, and the CSRF token of the last page. */
public final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http;
    private String csrf;

    public PageClient(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in through the login page; answers where the login sent the browser. */
    String signIn(String user, String password) {
        get("/login");
        HttpResponse<String> answer = post("/login", Map.of("username", user, "password", password));
        return answer.headers().firstValue("Location").orElse("");
    }

    public HttpResponse<String> get(String path) {
        return open(URI.create("http://localhost:" + port + path));
    }

    /** Goes where a redirect sends the browser, be it Ties or another site (an issuer). */
    public HttpResponse<String> follow(HttpResponse<String> redirect) {
        return open(redirect.uri().resolve(redirect.headers().firstValue("Location").orElseThrow()));
    }

    private HttpResponse<String> open(URI uri) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri).GET());
        Matcher token = CSRF.matcher(answer.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return answer;
    }

    /** Posts a form with the CSRF token of the last page fetched. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        return postRaw(path, csrf == null ? form : with(form, "_csrf", csrf));
    }

    /** Posts a form as given: without a CSRF token unless the form holds one. */
    public HttpResponse<String> postRaw(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static Map<String, String> with(Map<String, String> form, String name, String value) {
        Map<String, String> all = new java.util.LinkedHashMap<>(form);
        all.put(name, value);
        return all;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
