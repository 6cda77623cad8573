package ties.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Revision;
import org.springframework.stereotype.Component;
import ties.audit.AuditEntry;
import ties.fact.Numerals;
import ties.fact.PartialDate;
import ties.fact.Provenance;
import ties.fact.Source;
import ties.query.store.Projection;
import ties.query.store.ReadModels;
import ties.query.store.Recorded;
import ties.query.store.RowContent;
import ties.query.store.SortKeys;
import ties.record.RecordEvent;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The auditors' log: every event with its type, revision, payload, three times, recorder, reason
 * and ids, kept as its own read model so that histories and "what changed between T1 and T2" are
 * answered by index, not by replaying the store.
 */
@Component
@ProcessingGroup(AuditLogProjection.GROUP)
public class AuditLogProjection implements Projection {

    public static final String GROUP = "audit-log";
    static final String MODEL = "audit";

    private final ReadModels store;
    private final ObjectMapper json;

    public AuditLogProjection(ReadModels store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    @EventHandler
    void on(RecordEvent event, Recorded recorded, MetaData metaData) {
        JsonNode payload = json.valueToTree(event);
        // Where an event holds previous and corrected facts, the corrected ones are what it asserts.
        JsonNode facts = payload.has("corrected") ? payload.get("corrected") : payload;
        Optional<PartialDate> occurred = date(facts);
        Optional<Provenance> provenance = find(facts, "provenance").flatMap(node -> read(node, Provenance.class));
        Revision revision = event.getClass().getAnnotation(Revision.class);
        AuditEntry entry = new AuditEntry(recorded.position(), recorded.eventId(), event.recordType(), event.recordId(),
                recorded.sequence(), event.getClass().getSimpleName(), revision == null ? null : revision.value(), payload,
                occurred.orElse(null), provenance.map(Provenance::reportedOn).orElse(null),
                provenance.map(Provenance::sources).orElse(List.<Source>of()), recorded.at(), recorded.by(),
                payload.hasNonNull("reason") ? payload.get("reason").asText() : null,
                text(metaData.get("requestId")), text(metaData.get("correlationId")));
        Set<String> categories = new HashSet<>();
        categories.add("type:" + entry.eventType());
        if (recorded.by() != null) {
            categories.add("editor:" + recorded.by());
        }
        store.put(MODEL, recorded.eventId(), recorded.at(), new RowContent(entry, sortKey(recorded),
                Set.of("record:" + event.recordId()), categories,
                entry.eventType(), occurred.map(PartialDate::earliest).orElse(null),
                occurred.map(PartialDate::latest).orElse(null), null));
    }

    @Override
    public List<String> models() {
        return List.of(MODEL);
    }

    @ResetHandler
    void reset() {
        store.clear(models());
    }

    /** Recorded order; the global position breaks ties between events recorded in the same millisecond. */
    static String sortKey(Recorded recorded) {
        return SortKeys.millis(recorded.at()) + "|" + Numerals.zeroPadded(Math.max(recorded.position(), 0), 19);
    }

    private Optional<PartialDate> date(JsonNode facts) {
        for (String field : List.of("occurred", "signed", "since", "heldOn")) {
            Optional<PartialDate> date = find(facts, field).flatMap(node -> read(node, PartialDate.class));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** The first object field of that name, searched breadth-first. */
    private static Optional<JsonNode> find(JsonNode node, String field) {
        List<JsonNode> level = List.of(node);
        while (!level.isEmpty()) {
            List<JsonNode> next = new java.util.ArrayList<>();
            for (JsonNode candidate : level) {
                if (candidate.path(field).isObject()) {
                    return Optional.of(candidate.get(field));
                }
                candidate.forEach(child -> {
                    if (child.isContainerNode()) {
                        next.add(child);
                    }
                });
            }
            level = next;
        }
        return Optional.empty();
    }

    private <T> Optional<T> read(JsonNode node, Class<T> type) {
        try {
            return Optional.of(json.treeToValue(node, type));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
