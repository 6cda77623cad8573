package ties.security;

import com.nimbusds.jose.JOSEException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ties.Api;
import ties.Api.Answer;
import ties.SeedJson;
import ties.TiesApplication;
import ties.ui.PageClient;

import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code oidc} profile as shipped, against an issuer in the test's JVM ({@link TestIssuer}): API
 * calls bring the issuer's JWTs, roles from a configured claim, the name from another, and the embedded
 * users and tokens are not accepted; people sign in to the pages at the issuer (authorization code)
 * and get the same roles and the same page rules as in the embedded mode.
 * The one Spring context besides {@code TiesTest}'s.
 */
@SpringBootTest(classes = TiesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:ties-oidc-test;DB_CLOSE_DELAY=-1",
                "TIES_OIDC_ROLES_CLAIM=realm_access.roles",
                "TIES_OIDC_ROLE_PREFIX=ties-",
                "TIES_OIDC_NAME_CLAIM=preferred_username",
                "TIES_OIDC_CLIENT_ID=ties-web",
                "TIES_OIDC_CLIENT_SECRET=ties-web-secret"
        })
@ActiveProfiles("oidc")
@DisplayName("OIDC profile: JWT sign-in with roles from a claim, pages signed in at the issuer")
class OidcProfileTest {

    static final KeyPair ISSUER_KEYS = rsa();
    static final KeyPair OTHER_KEYS = rsa();
    static final TestIssuer ISSUER = TestIssuer.start(ISSUER_KEYS, "ties-web", "ties-web-secret");

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry properties) {
        properties.add("TIES_OIDC_ISSUER_URI", ISSUER::uri);
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jwt(KeyPair keys, String user, List<String> roles, Instant expires) throws JOSEException {
        return ISSUER.token(keys, user, roles, expires, Map.of());
    }

    private static Instant inAnHour() {
        return Instant.now().plusSeconds(3600);
    }

    /**
     * Opens a page as someone the issuer signs in with the given roles, following every redirect: to the
     * start of the sign-in, to the issuer, back with a code, and on to the page.
     */
    private PageClient signedIn(String name, List<String> roles) {
        ISSUER.signsIn(name, roles);
        PageClient browser = new PageClient(port);
        HttpResponse<String> answer = browser.get("/board");
        for (int hop = 0; hop < 5 && answer.statusCode() == 302; hop++) {
            answer = browser.follow(answer);
        }
        assertThat(answer.statusCode()).as("the board after signing in").isEqualTo(200);
        return browser;
    }

    @Test
    void an_editor_claimed_by_the_issuer_records_under_the_claimed_name() throws Exception {
        Api amina = Api.withToken(port, jwt(ISSUER_KEYS, "amina", List.of("ties-editor", "offline_access"), inAnHour()));

        Answer answer = amina.put("/api/actors/oidc-recorded", SeedJson.person("Recorded over OIDC", "PK"));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(eventStore.readEvents("oidc-recorded").next().getMetaData()).containsEntry("recordedBy", "amina");
    }

    @Test
    void a_viewer_reads_but_may_not_write_and_unknown_roles_give_nothing() throws Exception {
        Api viewer = Api.withToken(port, jwt(ISSUER_KEYS, "farid", List.of("TIES-VIEWER"), inAnHour()));
        Api nobody = Api.withToken(port, jwt(ISSUER_KEYS, "guest", List.of("ties-superuser"), inAnHour()));

        assertThat(viewer.get("/api/initiatives").status()).isEqualTo(200);
        assertThat(viewer.put("/api/actors/oidc-viewer", SeedJson.person("Viewer write", "PK")).status()).isEqualTo(403);
        assertThat(nobody.get("/api/initiatives").status()).isEqualTo(403);
    }

    @Test
    void expired_foreign_and_embedded_credentials_are_401_problems() throws Exception {
        Answer expired = Api.withToken(port, jwt(ISSUER_KEYS, "amina", List.of("ties-admin"),
                Instant.now().minusSeconds(3600))).get("/api/initiatives");
        Answer foreign = Api.withToken(port, jwt(OTHER_KEYS, "amina", List.of("ties-admin"), inAnHour()))
                .get("/api/initiatives");
        Answer demoToken = Api.withToken(port, "ties_demo_admin_token").get("/api/initiatives");
        Answer demoUser = new Api(port, null).send(HttpMethod.GET, "/api/initiatives", null,
                Map.of("Authorization", Api.demoUser("admin")));

        for (Answer answer : List.of(expired, foreign, demoToken, demoUser)) {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.headers().getContentType()).hasToString("application/problem+json");
            assertThat(answer.text("type")).isEqualTo("urn:ties:problem:unauthenticated");
        }
        assertThat(new Api(port, null).get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void anyone_opening_a_page_is_sent_to_the_issuer_as_the_pages_client() {
        PageClient anonymous = new PageClient(port);

        HttpResponse<String> start = anonymous.get("/board");
        HttpResponse<String> toIssuer = anonymous.follow(start);

        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(toIssuer.statusCode()).isEqualTo(302);
        assertThat(toIssuer.headers().firstValue("Location").orElseThrow())
                .startsWith(ISSUER.uri() + "/authorize?")
                .contains("client_id=ties-web", "response_type=code", "scope=openid%20profile", "nonce=")
                .contains("redirect_uri=http://localhost:" + port + "/login/oauth2/code/ties");
    }

    @Test
    void a_viewer_signed_in_at_the_issuer_reads_the_pages_under_the_claimed_name_but_may_not_record() {
        PageClient farid = signedIn("farid", List.of("ties-viewer", "offline_access"));

        HttpResponse<String> board = farid.get("/board");
        HttpResponse<String> record = farid.get("/record");

        assertThat(board.body()).contains("<span class=\"who\">farid</span>");
        assertThat(board.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'", "form-action 'self' " + ISSUER.uri());
        assertThat(record.statusCode()).isEqualTo(403);
        assertThat(record.body()).contains("Not for your role");
        assertThat(farid.get("/audit").statusCode()).as("auditors' page").isEqualTo(403);
    }

    @Test
    void an_editor_reaches_the_forms_but_a_form_without_the_sessions_csrf_token_is_refused() {
        PageClient amina = signedIn("amina", List.of("TIES-EDITOR"));

        assertThat(amina.get("/record/initiative").statusCode()).isEqualTo(200);
        amina.get("/record/actor");
        HttpResponse<String> forged = amina.postRaw("/record/actor", Map.of("name", "Forged Person", "kind", "PERSON"));
        HttpResponse<String> real = amina.post("/record/actor", Map.of("name", "Asim Munir", "kind", "PERSON"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(real.statusCode()).as("a real submission: refused by the command side, shown in the form").isEqualTo(200);
        assertThat(real.body()).contains("value=\"Asim Munir\"");
    }

    @Test
    void a_page_session_is_no_api_credential_and_the_api_sets_no_session() throws Exception {
        PageClient farid = signedIn("farid", List.of("ties-viewer"));
        Answer bearer = Api.withToken(port, jwt(ISSUER_KEYS, "farid", List.of("ties-viewer"), inAnHour()))
                .get("/api/initiatives");

        assertThat(farid.get("/api/initiatives").statusCode()).isEqualTo(401);
        assertThat(bearer.status()).isEqualTo(200);
        assertThat(bearer.headers().get("Set-Cookie")).isNull();
    }

    @Test
    void signing_out_ends_the_session_and_the_issuers_with_a_way_back() {
        PageClient farid = signedIn("farid", List.of("ties-viewer"));
        farid.get("/board");

        HttpResponse<String> signedOut = farid.post("/logout", Map.of());

        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location").orElseThrow()).startsWith(ISSUER.uri() + "/logout?")
                .contains("id_token_hint=", "post_logout_redirect_uri=http://localhost:" + port + "/login?signedOut");
        assertThat(farid.get("/board").statusCode()).as("no longer signed in").isEqualTo(302);
        assertThat(farid.get("/login?signedOut").body()).contains("You are signed out")
                .contains("href=\"/oauth2/authorization/ties\"").doesNotContain("type=\"password\"");
    }
}
