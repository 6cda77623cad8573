package ties.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.FilterChainProxy;
import ties.Api;
import ties.Api.Answer;
import ties.SeedJson;
import ties.TiesTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@TiesTest
@DisplayName("Security: sign-in, refusals, headers, CORS, the API description")
class SecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private void problem(Answer answer, int status, String type) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.headers().getContentType()).hasToString("application/problem+json");
        assertThat(answer.text("type")).isEqualTo("urn:ties:problem:" + type);
        assertThat(answer.text("detail")).isNotBlank();
    }

    @Test
    void the_demo_users_sign_in_with_http_basic_and_a_wrong_password_is_401() {
        assertThat(new Api(port, "viewer").get("/api/initiatives").status()).isEqualTo(200);
        assertThat(new Api(port, "auditor").get("/api/initiatives?asOf=2025-01-01T00:00:00Z").status()).isEqualTo(200);

        Answer wrong = new Api(port, null).send(HttpMethod.GET, "/api/initiatives", null,
                Map.of("Authorization", Api.basic("editor", "not-the-password")));
        Answer unknown = new Api(port, null).send(HttpMethod.GET, "/api/initiatives", null,
                Map.of("Authorization", Api.basic("mallory", "editor-demo")));

        problem(wrong, 401, "unauthenticated");
        problem(unknown, 401, "unauthenticated");
        assertThat(wrong.text("detail")).contains("user name or password");
    }

    /**
     * Security's own chain, without the filter it puts before it to look every request's MVC handler up
     * in advance for matchers Ties does not use; the tests above show that both chains still decide.
     */
    @Test
    void the_servlet_filter_is_securitys_chain_itself_with_no_handler_lookup_before_it() {
        Object filter = context.getBean("springSecurityFilterChain");

        // WebMvcSecurityConfiguration's composite is the one that adds the lookup; WebSecurityConfiguration's is the chain.
        assertThat(filter).isInstanceOf(FilterChainProxy.class);
        assertThat(filter.getClass().getName()).doesNotContain("WebMvcSecurityConfiguration");
        assertThat(((FilterChainProxy) filter).getFilterChains()).hasSize(2);
    }

    @Test
    void an_unknown_or_malformed_bearer_token_is_401_and_no_browser_is_asked_for_a_password() {
        Answer unknown = Api.withToken(port, "ties_not_a_token_we_issued").get("/api/initiatives");
        Answer malformed = new Api(port, null).send(HttpMethod.GET, "/api/initiatives", null,
                Map.of("Authorization", "Bearer has spaces in it"));
        Answer anonymous = new Api(port, null).get("/api/initiatives");

        problem(unknown, 401, "unauthenticated");
        problem(malformed, 401, "unauthenticated");
        problem(anonymous, 401, "unauthenticated");
        assertThat(anonymous.headers().getFirst("WWW-Authenticate")).startsWith("Bearer").doesNotContain("Basic");
    }

    /** HostileInputTest found it: a form body's stray '%' failed in Spring's form filter before any handler (500). */
    @Test
    void a_json_body_sent_as_a_form_is_refused_with_a_problem_and_records_nothing() {
        Answer answer = new Api(port, "editor").put("/api/actors/form-bodied-bagheri",
                "{\"name\":\"Mohammad Bagheri\",\"aliases\":[[\"%s%n\"]],\"country\":\"IR\"}",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.headers().getContentType()).hasToString("application/problem+json");
        assertThat(new Api(port, "viewer").get("/api/actors/form-bodied-bagheri").status()).isEqualTo(404);
    }

    @Test
    void a_forbidden_request_says_which_role_it_needs() {
        Answer answer = new Api(port, "viewer").put("/api/actors/viewer-cannot-write", SeedJson.person("Nobody", "PK"));

        problem(answer, 403, "forbidden");
        assertThat(answer.text("detail")).contains("VIEWER").contains("EDITOR");
    }

    @Test
    void text_is_stored_and_served_as_given_and_who_recorded_it_is_the_signed_in_client() throws Exception {
        // Ties renders no HTML of its own: text goes out only as JSON, under nosniff and a CSP that lets
        // nothing run, so a browser never interprets it; and no SQL is built from input (JPA parameters).
        String text = "He said \"<script>alert(1)</script>\" & '; DROP TABLE domain_event_entry; -- \u00e9\u202e";
        String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of(
                "speaker", Map.of("description", "<b>an official</b>"), "form", "QUOTE", "text", text,
                "occurred", "recently", "provenance", new com.fasterxml.jackson.databind.ObjectMapper()
                        .readValue(SeedJson.PROVENANCE, Map.class)));
        Answer recorded = Api.withToken(port, "ties_demo_editor_token").put("/api/statements/script-and-sql", body);
        Answer read = new Api(port, "viewer").get("/api/statements/script-and-sql?minPosition="
                + recorded.body().path("position").asLong());

        assertThat(recorded.status()).isEqualTo(201);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("text")).isEqualTo(text);
        assertThat(read.text("recordedBy")).isEqualTo("editor-client");
        assertThat(read.headers().getContentType().toString()).startsWith("application/json");
        assertThat(read.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(read.headers().getFirst("Content-Security-Policy")).contains("default-src 'none'");
    }

    @Test
    void every_answer_carries_the_security_headers_and_sets_no_cookie() {
        for (Answer answer : new Answer[]{new Api(port, "viewer").get("/api/initiatives"),
                new Api(port, null).get("/api/initiatives"),
                new Api(port, "editor").put("/api/actors/x", "{"),
                new Api(port, null).get("/actuator/health")}) {
            assertThat(answer.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.headers().getFirst("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.headers().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(answer.headers().getFirst("Content-Security-Policy")).contains("default-src 'none'")
                    .contains("frame-ancestors 'none'");
            assertThat(answer.headers().getFirst("Cache-Control")).contains("no-store");
            assertThat(answer.headers().get("Set-Cookie")).isNull();
        }
    }

    @Test
    void a_body_over_the_limit_is_401_before_sign_in_and_413_after() {
        String huge = "{\"name\":\"" + "x".repeat(70_000) + "\"}";
        problem(new Api(port, null).put("/api/actors/too-large-anonymous", huge), 401, "unauthenticated");
        Answer signedIn = new Api(port, "editor").put("/api/actors/too-large-editor", huge);
        problem(signedIn, 413, "too-large");
        assertThat(signedIn.headers().getFirst("Content-Security-Policy")).isNotBlank();
    }

    @Test
    void cross_origin_calls_get_no_cors_permission_by_default() {
        Answer preflight = new Api(port, null).send(HttpMethod.OPTIONS, "/api/initiatives", null,
                Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "POST"));
        Answer read = new Api(port, "viewer").send(HttpMethod.GET, "/api/initiatives", null,
                Map.of("Origin", "https://evil.example"));

        assertThat(preflight.headers().getAccessControlAllowOrigin()).isNull();
        assertThat(read.headers().getAccessControlAllowOrigin()).isNull();
    }

    @Test
    void a_url_the_firewall_refuses_is_a_400_problem() {
        problem(new Api(port, "viewer").get("/api/actors/a;b"), 400, "malformed");
    }

    @Test
    void the_api_description_is_public_and_lists_the_problem_catalogue_and_the_sign_in_schemes() {
        Answer docs = new Api(port, null).get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        JsonNode api = docs.body();
        assertThat(api.path("components").path("schemas").path("Problem").path("required").toString())
                .contains("type", "title", "status", "detail");
        assertThat(api.path("x-problem-types").findValuesAsText("type")).contains("urn:ties:problem:invalid-input",
                "urn:ties:problem:unauthenticated", "urn:ties:problem:forbidden", "urn:ties:problem:too-large");
        assertThat(api.path("info").path("description").asText()).contains("urn:ties:problem:unknown-record");
        assertThat(api.path("components").path("securitySchemes").has("basic")).isTrue();
        assertThat(api.path("components").path("securitySchemes").has("bearer")).isTrue();
        JsonNode put = api.path("paths").path("/api/actors/{id}").path("put").path("responses");
        assertThat(put.path("413").path("content").has("application/problem+json")).isTrue();
        assertThat(put.path("401").path("description").asText()).contains("unauthenticated");
    }
}
