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
import java.util.Map;

/** A client of the running service for end-to-end tests: JSON in, status and JSON out, no exceptions on 4xx/5xx. */
public final class Api {

    /** An answer: status, headers and the body parsed as JSON (null when empty). */
    public record Answer(int status, HttpHeaders headers, JsonNode body) {
        public String text(String field) {
            return body.path(field).asText();
        }
    }

    private final String base;
    private final RestClient client;
    private final ObjectMapper json = new ObjectMapper();
    private final String editor;

    public Api(int port, String editor) {
        this.base = "http://127.0.0.1:" + port;
        this.client = RestClient.create();
        this.editor = editor;
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
        // Paths are sent as written (already encoded), not expanded as URI templates.
        RestClient.RequestBodySpec request = client.method(method).uri(URI.create(base + path))
                .headers(h -> {
                    if (editor != null) {
                        h.set("X-Ties-Editor", editor);
                    }
                    headers.forEach(h::set);
                });
        if (body != null) {
            if (!headers.containsKey(HttpHeaders.CONTENT_TYPE)) {
                request.contentType(MediaType.APPLICATION_JSON);
            }
            request.body(body);
        }
        return request.exchange((req, response) -> {
            byte[] bytes = response.getBody().readAllBytes();
            return new Answer(response.getStatusCode().value(), response.getHeaders(),
                    bytes.length == 0 ? null : parse(bytes));
        });
    }

    private JsonNode parse(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
