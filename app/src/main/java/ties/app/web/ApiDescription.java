package ties.app.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ties.fact.DateRefused;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completes the OpenAPI description: who runs Ties and how to sign in (HTTP Basic or a bearer token); the
 * problem+json error catalogue ({@link ProblemType}) as a {@code Problem} schema, a table in the description
 * and an {@code x-problem-types} extension. What each operation answers is {@link OperationAnswers}'s part.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiDescription implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    private static final String PARTIAL_DATE = "PartialDate";
    private static final String IMPORT_REPORT = "ImportReport";

    @Override
    public void customise(OpenAPI api) {
        Info info = api.getInfo() == null ? new Info() : api.getInfo();
        info.setTitle("Ties");
        info.setDescription(description());
        // Whoever runs the service answers for it; the project ships no address of its own.
        info.setContact(new Contact().name("The operators of this Ties service"));
        api.setInfo(info);

        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        components.addSchemas(PROBLEM, problemSchema(components));
        describePartialDate(components);
        components.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("a user of ties.security.users (embedded mode)"));
        components.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("an API token of ties.security.tokens, or a JWT from the OIDC issuer (profile oidc)"));
        api.setComponents(components);
        api.setSecurity(List.of(new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("bearer")));
        api.addExtension("x-problem-types", catalogue());
    }

    @SuppressWarnings("rawtypes")
    private static Schema<?> problemSchema(Components components) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").description("The type of the catalogue; clients may "
                        + "switch on it.").example(ProblemType.INVALID_INPUT.uri().toString())
                ._enum(Arrays.stream(ProblemType.values()).map(t -> t.uri().toString()).toList()));
        properties.put("title", new StringSchema().description("The type's title, the same for every problem of the type.")
                .example(ProblemType.INVALID_INPUT.title()));
        properties.put("status", new IntegerSchema().description("The HTTP status, repeated for clients that lose it.")
                .example(400));
        properties.put("detail", new StringSchema().description("What is wrong with this request and how to fix it.")
                .example("actor.country: 'ZZ' is not a country code (ISO 3166-1 alpha-2, e.g. IR, PK)"));
        // A relative reference (the request path), not an absolute URI: no format "uri".
        properties.put("instance", new StringSchema().description("The request path the problem is about, a relative "
                + "reference.").example("/api/actors/mohammad-bagheri"));
        properties.put("errors", new ArraySchema().description("For invalid input: each offending field and what to fix.")
                .items(new ObjectSchema().description("One offending field.")
                        .addProperty("field", new StringSchema().description("The dotted path of the field in the body, "
                                + "or the name of a parameter or header.").example("actor.country"))
                        .addProperty("message", new StringSchema().description("What is wrong with it and what to fix.")
                                .example("'ZZ' is not a country code (ISO 3166-1 alpha-2, e.g. IR, PK)"))
                        .addProperty("position", new StringSchema().description("For a scenario import: where the "
                                + "problem is, steps[3] (counted from 0) or scenario.").example("steps[3]"))
                        .addProperty("step", new StringSchema().description("For a scenario import: the step, by its "
                                + "type and ids.").example("RecordVisit bagheri-islamabad-2025"))
                        .required(List.of("message"))));
        properties.put("totalSteps", new IntegerSchema().description("For an invalid scenario import: how many steps "
                + "it has.").example(73));
        properties.put("reason", new StringSchema().description("For a refused date phrase: why, as a stable code.")
                ._enum(new ArrayList<>(Arrays.stream(DateRefused.Reason.values()).map(Enum::name).toList()))
                .example(DateRefused.Reason.NOT_UNDERSTOOD.name()));
        properties.put("acceptedForms", new ArraySchema().description("For a refused date phrase: the forms Ties "
                + "understands, as examples to copy.").items(new StringSchema().example(DateRefused.ACCEPTED_FORMS.get(0))));
        if (components.getSchemas() != null && components.getSchemas().containsKey(IMPORT_REPORT)) {
            // Only a node that takes imports (command role) answers with a report.
            properties.put("report", new Schema<>().$ref("#/components/schemas/" + IMPORT_REPORT).description("For a "
                    + "scenario import refused while it ran: what was recorded before the refusal."));
        }
        Schema<?> schema = new ObjectSchema().description("RFC 9457 problem details: every refusal and failure.");
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
