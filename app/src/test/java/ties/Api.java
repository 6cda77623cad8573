package ties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A client of the running service for end-to-end tests: JSON in, status and JSON out, no exceptions on
 * 4xx/5xx. Signs in as one of the demo users of application.yml (docs/security.md), or as no one. Every
 * exchange is checked against the served API description ({@link Contract}).
 */
public final class Api {

    /** An answer: status, headers and the body parsed as JSON (null when empty). */
    public record Answer(int status, HttpHeaders headers, JsonNode body, String raw) {
        public String text(String field) {
            return body.path(field).asText();
        }
    }

    private final String base;
    private final RestClient client;
    private final ObjectMapper json = new ObjectMapper();
    private final String authorization;
    private final int port;
    private Contract contract;

    /** @param user a demo user (viewer, editor, auditor, admin), signed in with HTTP Basic; null for no one */
    public Api(int port, String user) {
        this(port, user, user == null ? null : basic(user, user + "-demo"));
    }

    private Api(int port, String user, String authorization) {
        this.base = "http://127.0.0.1:" + port;
        this.client = RestClient.create();
        this.authorization = authorization;
        this.port = port;
    }

    /** A client that sends {@code Authorization: Bearer token}. */
    public static Api withToken(int port, String token) {
        return new Api(port, null, "Bearer " + token);
    }

    /** The {@code Authorization} header of a demo user. */
    public static String demoUser(String user) {
        return basic(user, user + "-demo");
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public Answer put(String path, String body, Map<String, String> headers) {
        return send(HttpMethod.PUT, path, body, headers);
    }

    public Answer put(String path, String body) {
        return send(HttpMethod.PUT, path, body, Map.of());
    }

    public Answer post(String path, String body) {
        return send(HttpMethod.POST, path, body, Map.of());
    }

    public Answer post(String path, String body, Map<String, String> headers) {
        return send(HttpMethod.POST, path, body, headers);
    }

    public Answer get(String path) {
        return send(HttpMethod.GET, path, null, Map.of());
    }

    public Answer send(HttpMethod method, String path, String body, Map<String, String> headers) {
        HttpHeaders sent = new HttpHeaders();
        if (authorization != null) {
            sent.set(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (body != null && !headers.containsKey(HttpHeaders.CONTENT_TYPE)) {
            sent.setContentType(MediaType.APPLICATION_JSON);
        }
        headers.forEach(sent::set);
        // Paths are sent as written (already encoded), not expanded as URI templates.
        RestClient.RequestBodySpec request = client.method(method).uri(URI.create(base + path))
                .headers(h -> h.addAll(sent));
        if (body != null) {
            request.body(body);
        }
        Answer answer = request.exchange((req, response) -> {
            byte[] bytes = response.getBody().readAllBytes();
            return new Answer(response.getStatusCode().value(), response.getHeaders(),
                    bytes.length == 0 ? null : parse(bytes), bytes.length == 0 ? null : new String(bytes, StandardCharsets.UTF_8));
        });
        if (path.startsWith("/api/")) {
            // Read once the service is known to answer (tests poll nodes that are still starting).
            contract = contract == null ? Contract.of(port) : contract;
            contract.verify(Contract.request(method.name(), path, sent, body), answer.status(), answer.headers(), answer.raw());
        }
        return answer;
    }

    private JsonNode parse(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
