package ties.ui;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import ties.Api;
import ties.TiesTest;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reaches which page of the web interface: the API's users and roles, signed in through the login
 * page. Anonymous people are sent to sign in; a role that does not open a page gets the refusal page
 * (403); writes need the session's CSRF token; the API's own sign-in stays as it was (no session).
 */
@TiesTest
@DisplayName("Web interface: pages by role, sign-in, CSRF")
class PageAccessTest {

    @LocalServerPort
    int port;

    private static final List<String> VIEWER_PAGES = List.of("/board", "/board?party=IR&party=PK", "/timeline",
            "/relations", "/board/columns", "/actors", "/actors?name=Ashraf");
    private static final List<String> EDITOR_PAGES = List.of("/record", "/record/actor", "/record/visit",
            "/record/statement", "/record/initiative", "/record/agreement", "/import");
    private static final List<String> AUDITOR_PAGES = List.of("/audit", "/board?asOf=2025-01-01T00:00",
            "/timeline?asOf=2025-01-01T00:00", "/operations");
    private static final List<String> ADMIN_PAGES = List.of("/operations/dead-letters");

    @Test
    void anonymous_people_are_sent_to_sign_in_and_the_login_page_is_open() {
        PageClient anonymous = new PageClient(port);
        for (String page : List.of("/", "/board", "/record/visit", "/audit")) {
            HttpResponse<String> answer = anonymous.get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/login");
        }
        HttpResponse<String> login = anonymous.get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("name=\"_csrf\"").contains("Sign in");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
    }

    @Test
    void a_wrong_password_is_sent_back_to_the_login_page() {
        assertThat(new PageClient(port).signIn("editor", "not-the-password")).endsWith("/login?error");
    }

    @Test
    void each_role_reaches_its_pages_and_is_refused_the_others() {
        Map<String, List<String>> allowed = Map.of(
                "viewer", VIEWER_PAGES,
                "editor", concat(VIEWER_PAGES, EDITOR_PAGES),
                "auditor", concat(VIEWER_PAGES, AUDITOR_PAGES),
                "admin", concat(concat(VIEWER_PAGES, EDITOR_PAGES), concat(AUDITOR_PAGES, ADMIN_PAGES)));
        List<String> every = concat(concat(VIEWER_PAGES, EDITOR_PAGES), concat(AUDITOR_PAGES, ADMIN_PAGES));
        for (var user : allowed.entrySet()) {
            PageClient browser = new PageClient(port);
            assertThat(browser.signIn(user.getKey(), user.getKey() + "-demo")).endsWith("/board");
            for (String page : every) {
                int expected = user.getValue().contains(page) ? 200 : 403;
                HttpResponse<String> answer = browser.get(page);
                assertThat(answer.statusCode()).as(user.getKey() + " " + page).isEqualTo(expected);
                if (expected == 403) {
                    assertThat(answer.body()).as(user.getKey() + " " + page).contains("Not for your role");
                }
            }
        }
    }

    @Test
    void a_form_without_the_sessions_csrf_token_is_refused() {
        PageClient editor = new PageClient(port);
        editor.signIn("editor", "editor-demo");
        editor.get("/record/actor");
        HttpResponse<String> forged = editor.postRaw("/record/actor", Map.of("name", "Forged Person", "kind", "PERSON"));
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> refused = editor.post("/record/actor", Map.of("name", "Someone", "kind", "PERSON"));
        assertThat(refused.statusCode()).as("a real submission: refused by the command side, shown in the form").isEqualTo(200);
        assertThat(refused.body()).contains("id=\"e-source.publisher\"").contains("value=\"Someone\"");
    }

    @Test
    void the_api_keeps_its_own_sign_in_and_sets_no_session() {
        Api.Answer answer = new Api(port, "viewer").get("/api/initiatives");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().get("Set-Cookie")).isNull();
        PageClient browser = new PageClient(port);
        browser.signIn("viewer", "viewer-demo");
        assertThat(browser.get("/api/initiatives").statusCode()).as("a page session is no API credential").isEqualTo(401);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
