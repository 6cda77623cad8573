package ties.app.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Completes the OpenAPI description: the problem+json error catalogue ({@link ProblemType}) as a
 * {@code Problem} schema, a table in the description and an {@code x-problem-types} extension; the
 * problems each operation may answer with; and how to sign in (HTTP Basic or a bearer token).
 */
@Component
public class ApiDescription implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    private static final String PARTIAL_DATE = "PartialDate";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** The statuses a read and a write may answer with besides success. */
    private static final List<Integer> READ_STATUSES = List.of(400, 401, 403, 404, 406, 500, 503);
    private static final List<Integer> WRITE_STATUSES = List.of(400, 401, 403, 404, 406, 409, 413, 415, 500);

    @Override
    public void customise(OpenAPI api) {
        Info info = api.getInfo() == null ? new Info() : api.getInfo();
        info.setTitle("Ties");
        info.setDescription(description());
        api.setInfo(info);

        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        components.addSchemas(PROBLEM, problemSchema());
        describePartialDate(components);
        components.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("a user of ties.security.users (embedded mode)"));
        components.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("an API token of ties.security.tokens, or a JWT from the OIDC issuer (profile oidc)"));
        api.setComponents(components);
        api.setSecurity(List.of(new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("bearer")));
        api.addExtension("x-problem-types", catalogue());

        if (api.getPaths() != null) {
            api.getPaths().values().forEach(this::describeProblems);
        }
    }

    private void describeProblems(PathItem path) {
        path.readOperationsMap().forEach((method, operation) ->
                addProblems(operation, method == PathItem.HttpMethod.GET ? READ_STATUSES : WRITE_STATUSES));
    }

    private static void addProblems(Operation operation, List<Integer> statuses) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        for (int status : statuses) {
            String code = String.valueOf(status);
            ApiResponse response = responses.computeIfAbsent(code, c -> new ApiResponse());
            response.setDescription(Arrays.stream(ProblemType.values()).filter(t -> t.status() == status)
                    .map(t -> t.uri() + ": " + t.meaning()).collect(Collectors.joining("; ")));
            response.setContent(new Content().addMediaType(PROBLEM_JSON,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        }
        operation.setResponses(responses);
    }

    @SuppressWarnings("rawtypes")
    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").description("a type of the catalogue, e.g. "
                + ProblemType.INVALID_INPUT.uri() + "; clients may switch on it")
                ._enum(Arrays.stream(ProblemType.values()).map(t -> t.uri().toString()).toList()));
        properties.put("title", new StringSchema().description("the type's title"));
        properties.put("status", new IntegerSchema().description("the HTTP status"));
        properties.put("detail", new StringSchema().description("what is wrong with this request and how to fix it"));
        properties.put("instance", new StringSchema().format("uri").description("the request path"));
        properties.put("errors", new ArraySchema().description("for invalid input: each offending field")
                .items(new ObjectSchema().addProperty("field", new StringSchema().description("dotted path of the field"))
                        .addProperty("message", new StringSchema().description("what to fix"))));
        Schema<?> schema = new ObjectSchema().description("RFC 9457 problem details: every refusal and failure");
        schema.setProperties(properties);
        schema.setRequired(List.of("type", "title", "status", "detail"));
        return schema;
    }

    /**
     * Editors send a date as the report words it, a plain string; the object form is what answers show
     * once the server has resolved that phrase against the report's date. The generated schema knows
     * only the object (Jackson's delegating creator is invisible to it).
     */
    private static void describePartialDate(Components components) {
        Schema<?> resolved = components.getSchemas() == null ? null : components.getSchemas().get(PARTIAL_DATE);
        if (resolved == null) {
            return;
        }
        resolved.description("a phrase resolved against the report's day and the fact's tense: the interval "
                + "[earliest, latest] it stands for (latest null only for an open end of a plan or of something under way), "
                + "at its precision; for spans the start and end bounds (end absent: open); the ISO 8601-2 / EDTF form "
                + "(\"2019-03-06/2019-03-10\", \"2018-11\", \"2017-35\", \"2016/..\"); and for an ambiguous phrase the "
                + "reading taken. GET /api/dates previews it.");
        Schema<?> phrase = new StringSchema().maxLength(100).example("6-10 March 2019").description("the phrase as the "
                + "report has it: \"2025-01-13\", \"July 2018\", \"Tuesday\", \"last Friday\", \"earlier this month\", "
                + "\"November last year\", \"mid-2017\", \"Q3 2017\", \"the 1990s\", \"6-10 March 2019\", "
                + "\"between 2015 and 2017\", \"since 2016\", \"a four-day visit from Tuesday\", \"recently\"; the server "
                + "resolves it against the report's day. Facts reported as done may not begin or end after the report; "
                + "plan-only phrases (\"next month\", \"in the near future\", \"by 2030\") are refused for them. "
                + "Every form: docs/dates.md");
        components.addSchemas(PARTIAL_DATE, new ComposedSchema().oneOf(List.of(phrase, resolved))
                .description("When something happened, as the report words it. Send the phrase; answers show it resolved."));
    }

    private static List<Map<String, Object>> catalogue() {
        return Arrays.stream(ProblemType.values()).map(t -> Map.<String, Object>of("type", t.uri().toString(),
                "status", t.status(), "title", t.title(), "meaning", t.meaning())).toList();
    }

    private static String description() {
        StringBuilder text = new StringBuilder("""
                Event-sourced tracking of defence and diplomatic relations between countries.

                **Signing in.** Every endpoint but health and this description needs a signed-in caller: HTTP Basic \
                for users, `Authorization: Bearer <token>` for API clients (or a JWT in the `oidc` profile). Roles: \
                VIEWER reads and follows live feeds; EDITOR also records, corrects, withdraws and imports; AUDITOR also \
                reads history and earlier states (`asOf`), exports, checks and rebuilds; ADMIN may do everything.

                **Errors.** Every refusal is `application/problem+json` (RFC 9457) with `type`, `title`, `status` \
                and a `detail` that says what to fix; invalid input also lists the offending `errors`. The types:

                | status | type | title | meaning |
                |---|---|---|---|
                """);
        for (ProblemType type : ProblemType.values()) {
            text.append("| ").append(type.status()).append(" | `").append(type.uri()).append("` | ").append(type.title())
                    .append(" | ").append(type.meaning()).append(" |\n");
        }
        return text.toString();
    }
}
