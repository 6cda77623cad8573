package ties.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import ties.statement.StatementEvent.StatementCorrected;
import ties.statement.StatementEvent.StatementRecorded;

import java.util.List;
import java.util.Set;

/**
 * Reads statement events stored before their facts had a language (revision 1) as revision 2: each
 * facts object gains {@code "language": null}. Null, not a guess: what language an old statement's
 * words are in was never recorded. Stored events stay as they are; this runs on every read, for the
 * aggregates and for the read models alike.
 */
public class StatementLanguageUpcaster extends SingleEventUpcaster {

    private static final Set<String> TYPES = Set.of(StatementRecorded.class.getName(), StatementCorrected.class.getName());
    /** Where the two events keep facts: a recording its {@code statement}, a correction both versions. */
    private static final List<String> FACTS = List.of("statement", "previous", "corrected");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return TYPES.contains(event.getType().getName()) && "1".equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), "2"), JsonNode.class,
                StatementLanguageUpcaster::withoutLanguage);
    }

    private static JsonNode withoutLanguage(JsonNode payload) {
        ObjectNode upcast = payload.deepCopy();
        FACTS.stream().map(upcast::path).filter(JsonNode::isObject)
                .forEach(facts -> ((ObjectNode) facts).putNull("language"));
        return upcast;
    }
}
