package ties;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The served API description as a contract every end-to-end exchange must keep (swagger-request-validator):
 * an answer must be one the description declares (status, headers, media type, body schema), and a request
 * the description refuses must be refused by the server (4xx). Drift between the two fails the build.
 */
public final class Contract {

    /** Validators by description: building one parses the whole description. */
    private static final Map<String, Contract> BY_DESCRIPTION = new ConcurrentHashMap<>();

    private final OpenApiInteractionValidator validator;
    private final String description;

    private Contract(String description) {
        this.description = description;
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(description).build();
    }

    /**
     * The contract the service on {@code port} serves now (a node of one role describes only its endpoints,
     * and a port may serve another context later).
     */
    public static Contract of(int port) {
        String description = RestClient.create().get().uri("http://127.0.0.1:" + port + "/v3/api-docs")
                .retrieve().body(String.class);
        return BY_DESCRIPTION.computeIfAbsent(description, Contract::new);
    }

    /** The description as served, JSON. */
    public String description() {
        return description;
    }

    /** A request as the contract sees it: {@code pathAndQuery} as sent (already encoded). */
    public static Request request(String method, String pathAndQuery, HttpHeaders headers, String body) {
        int query = pathAndQuery.indexOf('?');
        String path = query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
        if (query >= 0) {
            for (String pair : pathAndQuery.substring(query + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                request.withQueryParam(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        headers.forEach(request::withHeader);
        if (body != null) {
            request.withBody(body);
        }
        return request.build();
    }

    /** What the description says about {@code request}, alone. */
    public ValidationReport check(Request request) {
        return validator.validateRequest(request);
    }

    /**
     * Checks one exchange and throws an {@link AssertionError} naming every disagreement. Paths outside the
     * API ({@code /actuator}, the description itself) are not part of the contract.
     */
    public void verify(Request request, int status, HttpHeaders headers, String body) {
        if (!request.getPath().startsWith("/api/")) {
            return;
        }
        ValidationReport requestReport = validator.validateRequest(request);
        boolean described = requestReport.getMessages().stream().noneMatch(m ->
                m.getKey().equals("validation.request.path.missing") || m.getKey().equals("validation.request.operation.notAllowed"));
        if (requestReport.hasErrors() && (status < 400 || status >= 500)) {
            throw new AssertionError(request.getMethod() + " " + request.getPath() + " answered " + status
                    + " to a request the API description refuses:\n" + render(requestReport));
        }
        if (!described) {
            return;
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        headers.forEach(response::withHeader);
        if (body != null) {
            response.withBody(body);
        }
        ValidationReport responseReport = validator.validateResponse(request.getPath(), request.getMethod(), response.build());
        if (responseReport.hasErrors()) {
            throw new AssertionError(request.getMethod() + " " + request.getPath() + " answered " + status
                    + " in a way the API description does not declare:\n" + render(responseReport) + "\nbody: " + body);
        }
    }

    private static String render(ValidationReport report) {
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> "  " + m.getKey() + ": " + m.getMessage() + m.getContext()
                        .flatMap(c -> c.getPointers()).map(p -> " at " + p.getInstance()).orElse(""))
                .collect(Collectors.joining("\n"));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
