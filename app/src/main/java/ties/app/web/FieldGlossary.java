package ties.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Gives every field of the API description its meaning and an example, from one glossary
 * ({@code api/fields.properties}): a field means the same in every schema that has it ("occurred",
 * "provenance", "recordedBy"), unless the glossary names the schema. The rules of a field are not in the
 * glossary: they come from the code ({@link ConstraintSchemas}, springdoc's Bean Validation support) and are
 * kept after the meaning. An example that the field's own rules would refuse (another enum, another type) is
 * replaced by one that fits or left out, so that the description never shows an invalid example.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 2)
public class FieldGlossary implements OpenApiCustomizer {

    private static final String PARAMETER = "?";

    private final Map<String, Entry> entries;
    private final ObjectMapper json = new ObjectMapper();

    /** A field's meaning and an example value as JSON. */
    record Entry(String meaning, String example) {
    }

    public FieldGlossary() {
        this.entries = load();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void customise(OpenAPI api) {
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().forEach((name, schema) -> describe(name, schema));
        }
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(this::describe);
                }
            }));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void describe(String schemaName, Schema schema) {
        if (schema.getProperties() != null) {
            Map<String, Schema> described = new LinkedHashMap<>();
            ((Map<String, Schema>) schema.getProperties()).forEach((field, property) -> {
                Entry entry = entries.getOrDefault(schemaName + "." + field, entries.get(field));
                described.put(field, entry == null ? property : apply(entry, property));
                describe(schemaName, property);
                if (property.getItems() != null) {
                    describe(schemaName, property.getItems());
                }
            });
            schema.setProperties(described);
        }
        if (schema.getOneOf() != null) {
            ((List<Schema>) schema.getOneOf()).forEach(variant -> describe(schemaName, variant));
        }
    }

    private void describe(Parameter parameter) {
        Entry entry = entries.get(PARAMETER + parameter.getName());
        if (entry == null) {
            return;
        }
        if (parameter.getDescription() == null || parameter.getDescription().isBlank()) {
            parameter.setDescription(entry.meaning());
        }
        if (parameter.getExample() == null && parameter.getSchema() != null) {
            Object example = fitting(entry.example(), parameter.getSchema());
            if (example != null) {
                parameter.setExample(example);
            }
        }
    }

    /** The entry's meaning before the rules the code states; a reference keeps only the meaning (3.0 allows no siblings). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private Schema apply(Entry entry, Schema property) {
        if (property.get$ref() != null) {
            return new Schema<>().allOf(List.of(new Schema<>().$ref(property.get$ref()))).description(entry.meaning());
        }
        String rules = property.getDescription();
        if (rules == null || rules.isBlank()) {
            property.setDescription(entry.meaning());
        } else if (!rules.contains(entry.meaning())) {
            property.setDescription(entry.meaning() + " " + rules);
        }
        if (property.getExample() == null) {
            Object example = fitting(entry.example(), property);
            if (example != null) {
                property.setExample(example);
            }
        }
        return property;
    }

    /** The example if the field's type and values allow it; for an enum, its first value otherwise. */
    @SuppressWarnings("rawtypes")
    private Object fitting(String example, Schema schema) {
        Object value;
        try {
            value = json.readValue(example, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("api/fields.properties: example " + example + " is not JSON", e);
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().contains(value) ? value : schema.getEnum().get(0);
        }
        String type = schema.getType();
        boolean fits = type == null ? value instanceof Map
                : switch (type) {
                    case "string" -> value instanceof String text && (schema.getMaxLength() == null
                            || text.length() <= schema.getMaxLength()) && formatted(text, schema.getFormat());
                    case "integer" -> value instanceof Integer || value instanceof Long;
                    case "number" -> value instanceof Number;
                    case "boolean" -> value instanceof Boolean;
                    case "array" -> value instanceof List<?> list && (schema.getMinItems() == null
                            || list.size() >= schema.getMinItems());
                    case "object" -> value instanceof Map;
                    default -> false;
                };
        return fits ? value : null;
    }

    /** Whether a text example has the form its field's format asks for (a date, an instant). */
    private static boolean formatted(String text, String format) {
        return format == null || switch (format) {
            case "date" -> text.matches("\\d{4}-\\d{2}-\\d{2}");
            case "date-time" -> text.matches("\\d{4}-\\d{2}-\\d{2}T.+");
            default -> true;
        };
    }

    private static Map<String, Entry> load() {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource("api/fields.properties").getInputStream()) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            String[] parts = value.toString().split(" \\| ", 2);
            if (parts.length != 2) {
                throw new IllegalStateException("api/fields.properties: '" + key + "' needs 'meaning | example'");
            }
            entries.put(key.toString(), new Entry(parts[0].strip(), parts[1].strip()));
        });
        return entries;
    }
}
