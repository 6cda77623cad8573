package ties.app.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * States what each operation can answer, from what the operation is: every success with its headers
 * (a command's receipt comes with {@code ETag} and {@code Location}, and a create also answers 201), and
 * every problem it can meet (a body can be too large or of the wrong type, a read that waits for a position
 * can answer 503 with {@code Retry-After}), each as {@code application/problem+json}. Live feeds are
 * described as the event streams they are.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class OperationAnswers implements OpenApiCustomizer, OperationCustomizer {

    /** Set by {@link RecordOperations} on operations that create a record (and so may answer 201). */
    static final String CREATES = "x-ties-creates";
    /** Set here on operations whose handler is {@link StoreFree}: they cannot meet an unreachable store. */
    private static final String STORE_FREE = "x-ties-store-free";

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String EVENT_STREAM = "text/event-stream";
    private static final String RECEIPT = "#/components/schemas/Receipt";
    private static final String MIN_POSITION = "minPosition";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (handler.hasMethodAnnotation(StoreFree.class)) {
            operation.addExtension(STORE_FREE, true);
        }
        return operation;
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            operation.setResponses(responses);
            successes(operation, responses);
            problems(method, operation, responses);
            if (operation.getDescription() == null || operation.getDescription().isBlank()) {
                operation.setDescription(describe(operation));
            }
        }));
    }

    /** Whether the operation carries the marker extension; the marker is removed, it is not part of the contract. */
    private static boolean marked(Operation operation, String extension) {
        boolean marked = operation.getExtensions() != null && operation.getExtensions().remove(extension) != null;
        if (operation.getExtensions() != null && operation.getExtensions().isEmpty()) {
            operation.setExtensions(null);
        }
        return marked;
    }

    private static void successes(Operation operation, ApiResponses responses) {
        boolean creates = marked(operation, CREATES);
        for (ApiResponse response : new ArrayList<>(responses.values())) {
            if (response.getContent() == null) {
                continue;
            }
            if (response.getContent().containsKey(EVENT_STREAM)) {
                response.getContent().put(EVENT_STREAM, new MediaType().schema(new StringSchema()
                        .description("Server-Sent Events: first a `snapshot` event whose data is the current state as "
                                + "JSON, then a `change` event for each change, and a `keep-alive` comment every 15 s.")
                        .example("event:snapshot\ndata:{\"initiatives\":[]}\n\n")));
            }
            MediaType json = response.getContent().get("application/json");
            if (json != null && json.getSchema() != null && RECEIPT.equals(json.getSchema().get$ref())) {
                response.addHeaderObject(HttpHeaders.ETAG, new Header().required(true).schema(new StringSchema()
                                .example("\"3\"")).description("The record's version after the command, quoted: send it "
                                + "back in If-Match to change the record only if no one else did meanwhile."))
                        .addHeaderObject(HttpHeaders.LOCATION, new Header().required(true).schema(new StringSchema()
                                .example("/api/actors/mohammad-bagheri")).description("The record's path, relative to "
                                + "the service."));
                response.setDescription("The command was accepted: the receipt names the record's id, its new "
                        + "version, what changed (UPDATED, or UNCHANGED for a retry) and the position to read it at.");
            }
        }
        ApiResponse ok = responses.get("200");
        if (creates && ok != null) {
            responses.put("201", new ApiResponse().content(ok.getContent()).headers(ok.getHeaders())
                    .description("The record was created (outcome CREATED); Location names it."));
        }
    }

    private static void problems(PathItem.HttpMethod method, Operation operation, ApiResponses responses) {
        List<Integer> statuses = new ArrayList<>(List.of(400, 401, 403, 404, 406, 500));
        if (method != PathItem.HttpMethod.GET) {
            statuses.add(409);
        }
        if (operation.getRequestBody() != null) {
            statuses.addAll(List.of(413, 415));
        }
        // Every operation that reads or writes the store answers 503 while the database cannot be reached.
        if (!marked(operation, STORE_FREE)) {
            statuses.add(503);
        }
        Map<Integer, ApiResponse> problems = new LinkedHashMap<>();
        for (int status : statuses) {
            ApiResponse response = new ApiResponse().description(Arrays.stream(ProblemType.values())
                            .filter(t -> t.status() == status).map(t -> t.uri() + ": " + t.meaning())
                            .collect(Collectors.joining("; ")))
                    .content(new Content().addMediaType(PROBLEM_JSON,
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ApiDescription.PROBLEM))));
            if (status == 503) {
                response.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header().required(true)
                        .description("Seconds to wait before asking again.").schema(new IntegerSchema().example(1)));
            }
            problems.put(status, response);
        }
        problems.forEach((status, response) -> responses.put(String.valueOf(status), response));
    }

    /** An operation's description where its code gives none: its summary and what its answers imply. */
    private static String describe(Operation operation) {
        StringBuilder text = new StringBuilder(operation.getSummary() == null ? "" : operation.getSummary().strip());
        if (!text.isEmpty() && !text.toString().endsWith(".")) {
            text.append('.');
        }
        ApiResponses responses = operation.getResponses();
        if (responses.containsKey("201")) {
            text.append(" Answers 201 with the receipt when it creates the record, and 200 with outcome UNCHANGED when "
                    + "the same record is sent again (a different record under the same id is a 409).");
        } else if (responses.values().stream().anyMatch(r -> r.getHeaders() != null && r.getHeaders().containsKey(HttpHeaders.ETAG))) {
            text.append(" Send the record's version (its ETag) in If-Match to refuse the change with a 409 if the record"
                    + " changed meanwhile.");
        }
        if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> MIN_POSITION.equals(p.getName()))) {
            text.append(" With minPosition (a receipt's position) it answers once its read model has reached that "
                    + "position, or 503 with Retry-After.");
        }
        return text.toString().strip();
    }
}
