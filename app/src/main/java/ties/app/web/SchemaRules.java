package ties.app.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * States in every schema what the server does with the fields, derived from the schemas springdoc built
 * from the code (so from the Bean Validation rules):
 * <ul>
 *   <li>unknown fields are refused (Jackson's {@code fail-on-unknown-properties}): {@code additionalProperties: false};</li>
 *   <li>an optional field may be sent and comes back as {@code null}: {@code nullable};</li>
 *   <li>answers always carry every field (Jackson writes nulls): in schemas only answers use, all are required;</li>
 *   <li>a Bean Validation pattern must match the whole value: patterns are anchored;</li>
 *   <li>schemas nothing refers to are left out.</li>
 * </ul>
 * Runs after the other customizers, on the finished description.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class SchemaRules implements OpenApiCustomizer {

    private static final String REF = "#/components/schemas/";

    /** Marks a schema or field whose nulls Jackson leaves out ({@code @JsonInclude}): such fields are not required. */
    static final String OMITS_NULLS = "x-ties-omits-nulls";

    @Override
    @SuppressWarnings("rawtypes")
    public void customise(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Set<String> requests = reachable(requestRoots(api), schemas);
        schemas.forEach((name, schema) -> constrain(schema, requests.contains(name)));
        Set<String> used = reachable(allRoots(api), schemas);
        schemas.keySet().removeIf(name -> !used.contains(name));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void constrain(Schema schema, boolean request) {
        if (schema == null) {
            return;
        }
        if (schema.getPattern() != null && !(schema.getPattern().startsWith("^") && schema.getPattern().endsWith("$"))) {
            schema.setPattern("^(?:" + schema.getPattern() + ")$");
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null && !properties.isEmpty()) {
            schema.setAdditionalProperties(false);
            List<String> required = schema.getRequired() == null ? List.of() : List.copyOf(schema.getRequired());
            boolean allWritten = !request && schema.getRequired() == null && !omitsNulls(schema);
            List<String> written = new ArrayList<>();
            Map<String, Schema> stated = new LinkedHashMap<>();
            properties.forEach((field, property) -> {
                if (allWritten && !omitsNulls(property)) {
                    written.add(field);
                }
                constrain(property, request);
                stated.put(field, required.contains(field) ? property : nullable(property));
            });
            schema.setProperties(stated);
            if (allWritten) {
                schema.setRequired(written);
            }
        }
        constrain(schema.getItems(), request);
        Stream.of(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()).filter(Objects::nonNull)
                .forEach(list -> ((List<Schema>) list).forEach(s -> constrain(s, request)));
    }

    @SuppressWarnings("rawtypes")
    private static boolean omitsNulls(Schema schema) {
        boolean omits = schema.getExtensions() != null && schema.getExtensions().remove(OMITS_NULLS) != null;
        if (schema.getExtensions() != null && schema.getExtensions().isEmpty()) {
            schema.setExtensions(null);
        }
        return omits;
    }

    /**
     * An optional field may be null. A reference cannot carry {@code nullable} itself (OpenAPI 3.0), and
     * {@code nullable} beside an {@code allOf} does not let null through it: such a field is the referenced
     * schema or null ({@code anyOf}, with the 3.0 idiom for a null-only schema).
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema property) {
        String ref = property.get$ref() != null ? property.get$ref()
                : property.getAllOf() != null && property.getAllOf().size() == 1 ? ((Schema) property.getAllOf().get(0)).get$ref()
                : null;
        if (ref != null) {
            return new Schema<>().description(property.getDescription()).anyOf(List.of(new Schema<>().$ref(ref),
                    new StringSchema().nullable(true)._enum(nullOnly()).description("absent")));
        }
        property.setNullable(true);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            property.getEnum().add(null);
        }
        return property;
    }

    private static List<String> nullOnly() {
        List<String> values = new ArrayList<>();
        values.add(null);
        return values;
    }

    private static List<Object> requestRoots(OpenAPI api) {
        List<Object> roots = new ArrayList<>();
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getRequestBody() != null) {
                    roots.add(operation.getRequestBody().getContent());
                }
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> roots.add(p.getSchema()));
                }
            }));
        }
        return roots;
    }

    private static List<Object> allRoots(OpenAPI api) {
        List<Object> roots = requestRoots(api);
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getResponses() != null) {
                    operation.getResponses().values().forEach(response -> roots.add(response.getContent()));
                }
            }));
        }
        return roots;
    }

    /** The names of the component schemas the roots refer to, directly or through other schemas. */
    @SuppressWarnings("rawtypes")
    private static Set<String> reachable(List<Object> roots, Map<String, Schema> schemas) {
        Set<String> names = new HashSet<>();
        List<Object> pending = new ArrayList<>(roots);
        while (!pending.isEmpty()) {
            Object next = pending.remove(pending.size() - 1);
            if (next instanceof Content content) {
                content.values().forEach(media -> pending.add(media.getSchema()));
            } else if (next instanceof Schema schema) {
                if (schema.get$ref() != null && schema.get$ref().startsWith(REF)) {
                    String name = schema.get$ref().substring(REF.length());
                    if (names.add(name)) {
                        pending.add(schemas.get(name));
                    }
                }
                if (schema.getProperties() != null) {
                    pending.addAll(schema.getProperties().values());
                }
                if (schema.getItems() != null) {
                    pending.add(schema.getItems());
                }
                if (schema.getAdditionalProperties() instanceof Schema additional) {
                    pending.add(additional);
                }
                Stream.of(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()).filter(Objects::nonNull)
                        .forEach(pending::addAll);
            }
        }
        return names;
    }
}
