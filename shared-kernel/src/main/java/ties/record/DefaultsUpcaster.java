package ties.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads events of some types stored at one revision as the next one, when the change is that objects
 * inside the payload gained fields whose value for old events is known: each named object (say the
 * {@code "agreement"}, {@code "previous"} and {@code "corrected"} facts) gets the fields filled in by
 * {@code defaults}. Pure function of the stored JSON (docs/schema-evolution.md).
 */
public class DefaultsUpcaster extends SingleEventUpcaster {

    private final Set<String> types;
    private final String fromRevision;
    private final String toRevision;
    private final List<String> objects;
    private final Consumer<ObjectNode> defaults;

    public DefaultsUpcaster(Set<Class<?>> types, String fromRevision, String toRevision, List<String> objects,
                            Consumer<ObjectNode> defaults) {
        this.types = types.stream().map(Class::getName).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.fromRevision = fromRevision;
        this.toRevision = toRevision;
        this.objects = List.copyOf(objects);
        this.defaults = defaults;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return types.contains(event.getType().getName()) && fromRevision.equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), toRevision), JsonNode.class,
                this::withDefaults);
    }

    private JsonNode withDefaults(JsonNode payload) {
        ObjectNode upcast = payload.deepCopy();
        objects.stream().map(upcast::path).filter(JsonNode::isObject).forEach(node -> defaults.accept((ObjectNode) node));
        return upcast;
    }
}
