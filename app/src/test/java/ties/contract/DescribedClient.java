package ties.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.HttpMethod;
import ties.Api;
import ties.Api.Answer;
import ties.Contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client that knows Ties only through its served API description, as a generated client does: it finds an
 * operation by its operationId, fills the path parameters by name, and sends a body it has checked against the
 * operation's request schema. Nothing about an endpoint is written here by hand.
 */
public final class DescribedClient {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final Api api;
    private final JsonNode description;

    public DescribedClient(int port, Api api) {
        this.api = api;
        try {
            this.description = new ObjectMapper().readTree(Contract.of(port).description());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An operation of the description: its method and path template. */
    public record Described(String method, String path, JsonNode operation) {
    }

    public Described operation(String operationId) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = description.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (operationId.equals(op.getValue().path("operationId").asText())) {
                    return new Described(op.getKey().toUpperCase(), path.getKey(), op.getValue());
                }
            }
        }
        throw new AssertionError("the API description has no operation '" + operationId + "'");
    }

    /**
     * Calls an operation: path parameters from {@code parameters} by name, the body as given. The request is
     * checked against the description before it is sent ({@link Contract}, through {@link Api}).
     */
    public Answer call(String operationId, Map<String, String> parameters, ObjectNode body) {
        Described described = operation(operationId);
        Matcher matcher = PARAMETER.matcher(described.path());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = parameters.get(matcher.group(1));
            if (value == null) {
                throw new AssertionError(operationId + " needs path parameter '" + matcher.group(1) + "'");
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return api.send(HttpMethod.valueOf(described.method()), path.toString(), body == null ? null : body.toString(), Map.of());
    }

    /** The names of the fields the operation's request body takes, from its schema. */
    public JsonNode requestSchema(String operationId) {
        String ref = operation(operationId).operation().path("requestBody").path("content").path("application/json")
                .path("schema").path("$ref").asText();
        return description.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }
}
