package ties.command.scenario;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ties.fact.Provenance;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * How scenario JSON is read: as strictly as the API reads commands (unknown fields, numbers for enums,
 * coerced scalars and duplicate keys are errors), and walked against the command records' shapes so
 * that every unknown field is reported, not only the first, and so that facts without a provenance get
 * the scenario's default.
 */
final class ScenarioJson {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .findAndAddModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    /** For binding a step whose unknown fields were already reported, to find its other errors too. */
    private static final ObjectMapper LENIENT = STRICT.copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ScenarioJson() {
    }

    static ObjectMapper mapper() {
        return STRICT;
    }

    /** The JSON tree of a body; a missing node when the body is empty. */
    static JsonNode read(byte[] json) throws java.io.IOException {
        return STRICT.readTree(json);
    }

    static <T> T bind(JsonNode node, Class<T> type, boolean ignoreUnknown) throws java.io.IOException {
        return (ignoreUnknown ? LENIENT : STRICT).treeToValue(node, type);
    }

    /**
     * Walks {@code node} as JSON for {@code type}: reports fields the type does not have, and gives every
     * record with a {@code provenance} component that lacks one a copy of {@code defaultProvenance} (when
     * there is one), telling {@code defaulted} the path of each provenance it was missing.
     */
    static void walk(JsonNode node, Type type, String path, JsonNode defaultProvenance,
                     BiConsumer<String, String> unknownField, Consumer<String> defaulted) {
        if (node == null || node.isNull()) {
            return;
        }
        if (type instanceof Class<?> c && c.isRecord() && node.isObject()) {
            RecordComponent[] components = c.getRecordComponents();
            Set<String> known = new TreeSet<>(Arrays.stream(components).map(RecordComponent::getName).toList());
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!known.contains(name)) {
                    unknownField.accept(join(path, name), "unknown field '" + name + "'"
                            + suggestion(name, known).map(s -> "; did you mean '" + s + "'?").orElse("")
                            + " (known fields: " + String.join(", ", known) + ")");
                }
            }
            for (RecordComponent component : components) {
                JsonNode value = node.get(component.getName());
                if (value == null && component.getType() == Provenance.class) {
                    if (defaultProvenance != null) {
                        ((ObjectNode) node).set(component.getName(), defaultProvenance.deepCopy());
                    }
                    defaulted.accept(join(path, component.getName()));
                    continue;
                }
                walk(value, component.getGenericType(), join(path, component.getName()), defaultProvenance, unknownField, defaulted);
            }
            return;
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class && node.isArray()) {
            Type element = list.getActualTypeArguments()[0];
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), element, path + "[" + i + "]", defaultProvenance, unknownField, defaulted);
            }
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** A known name close to an unknown one (same letters ignoring case, or one or two edits away). */
    static Optional<String> suggestion(String unknown, Iterable<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int distance = candidate.equalsIgnoreCase(unknown) ? 0 : distance(unknown.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
