package ties.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.ActiveProfiles;
import ties.Api;
import ties.Api.Answer;
import ties.SeedJson;
import ties.TiesApplication;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code oidc} profile: JWTs in, roles from a configured claim, the name from another; the
 * embedded users and tokens are not accepted. The issuer's keys are replaced by a key pair of the
 * test (the one thing an offline test cannot fetch); everything else is the profile as shipped.
 * The one Spring context besides {@code TiesTest}'s.
 */
@SpringBootTest(classes = {TiesApplication.class, OidcProfileTest.TestIssuer.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:ties-oidc-test;DB_CLOSE_DELAY=-1",
        "TIES_OIDC_ISSUER_URI=https://issuer.test",
        "TIES_OIDC_ROLES_CLAIM=realm_access.roles",
        "TIES_OIDC_ROLE_PREFIX=ties-",
        "TIES_OIDC_NAME_CLAIM=preferred_username"
})
@ActiveProfiles("oidc")
@DisplayName("OIDC profile: JWT sign-in with roles from a claim")
class OidcProfileTest {

    static final KeyPair ISSUER_KEYS = rsa();
    static final KeyPair OTHER_KEYS = rsa();

    @TestConfiguration
    static class TestIssuer {
        @Bean
        JwtDecoder jwtDecoder() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) ISSUER_KEYS.getPublic()).build();
        }
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
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("https://issuer.test").subject("sub-" + user)
                .claim("preferred_username", user).claim("realm_access", Map.of("roles", roles))
                .expirationTime(Date.from(expires)).issueTime(new Date()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }

    private static Instant inAnHour() {
        return Instant.now().plusSeconds(3600);
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
}
