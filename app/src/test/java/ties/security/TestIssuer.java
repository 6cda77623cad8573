package ties.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * An OpenID Connect issuer in the test's JVM, shaped like Keycloak's: discovery, signing keys, an
 * authorization endpoint that signs in whoever the test says is at the browser (no password page), a
 * token endpoint that checks the client's secret, and an end-session endpoint. Its tokens carry the
 * roles in {@code realm_access.roles} and the name in {@code preferred_username}.
 */
final class TestIssuer {

    static final String KEY_ID = "ties-test-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final KeyPair keys;
    private final String clientId;
    private final String clientSecret;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private volatile Person atTheBrowser;

    /** Who the issuer signs in next, with the roles it claims for them. */
    record Person(String name, List<String> roles) {
    }

    private record Grant(Person person, String nonce) {
    }

    private TestIssuer(KeyPair keys, String clientId, String clientSecret) throws IOException {
        this.keys = keys;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/.well-known/openid-configuration", exchange -> answer(exchange, 200, discovery()));
        server.createContext("/jwks", exchange -> answer(exchange, 200,
                new JWKSet(new RSAKey.Builder((RSAPublicKey) keys.getPublic()).keyID(KEY_ID).build()).toString()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/logout", exchange -> answer(exchange, 200, "{}"));
        server.start();
    }

    static TestIssuer start(KeyPair keys, String clientId, String clientSecret) {
        try {
            return new TestIssuer(keys, clientId, clientSecret);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void stop() {
        server.stop(0);
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void signsIn(String name, List<String> roles) {
        atTheBrowser = new Person(name, roles);
    }

    /** A token as this issuer signs it (or as a forger would, with other keys). */
    String token(KeyPair signer, String user, List<String> roles, Instant expires, Map<String, Object> more)
            throws JOSEException {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(uri()).subject("sub-" + user)
                .claim("preferred_username", user).claim("realm_access", Map.of("roles", roles))
                .expirationTime(Date.from(expires)).issueTime(new Date());
        more.forEach(claims::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(), claims.build());
        jwt.sign(new RSASSASigner(signer.getPrivate()));
        return jwt.serialize();
    }

    private String discovery() throws IOException {
        return JSON.writeValueAsString(Map.of("issuer", uri(),
                "authorization_endpoint", uri() + "/authorize",
                "token_endpoint", uri() + "/token",
                "jwks_uri", uri() + "/jwks",
                "end_session_endpoint", uri() + "/logout",
                "response_types_supported", List.of("code"),
                "subject_types_supported", List.of("public"),
                "id_token_signing_alg_values_supported", List.of("RS256"),
                "token_endpoint_auth_methods_supported", List.of("client_secret_basic")));
    }

    /** Signs in the person at the browser at once and sends the browser back to the client with a code. */
    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> request = form(exchange.getRequestURI().getRawQuery());
        if (!clientId.equals(request.get("client_id")) || !"code".equals(request.get("response_type"))) {
            answer(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(atTheBrowser, request.get("nonce")));
        exchange.getResponseHeaders().add("Location", request.get("redirect_uri") + "?code=" + code
                + "&state=" + URLEncoder.encode(request.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    /** Trades a code, once, for an ID token naming the client as its audience and echoing the sign-in's nonce. */
    private void token(HttpExchange exchange) throws IOException {
        String basic = "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + clientSecret)
                .getBytes(StandardCharsets.UTF_8));
        if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        Grant grant = codes.remove(form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                .get("code"));
        if (grant == null) {
            answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        try {
            Instant expires = Instant.now().plusSeconds(300);
            Map<String, Object> idClaims = new LinkedHashMap<>(Map.of("aud", clientId, "nonce", grant.nonce()));
            answer(exchange, 200, JSON.writeValueAsString(Map.of(
                    "access_token", token(keys, grant.person().name(), grant.person().roles(), expires, Map.of()),
                    "token_type", "Bearer", "expires_in", 300,
                    "id_token", token(keys, grant.person().name(), grant.person().roles(), expires, idClaims))));
        } catch (JOSEException e) {
            throw new IOException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        return Arrays.stream(encoded == null ? new String[0] : encoded.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""));
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
