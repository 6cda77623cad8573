package ties.app.integrity;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import ties.audit.integrity.StoredEvent;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The rows the event storage has just written in this command's unit of work, so that the sealer
 * (which runs in the same transaction, after the flush) hashes them without reading each one back.
 */
public final class AppendedEvents {

    private static final String RESOURCE = AppendedEvents.class.getName();

    private AppendedEvents() {
    }

    /** Called by the event storage once the row is written and has its position. */
    public static void appended(StoredEvent row) {
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.root()
                .<Map<String, StoredEvent>>getOrComputeResource(RESOURCE, key -> new HashMap<>())
                .put(row.eventIdentifier(), row));
    }

    /** The row appended in this unit of work for an event, if this node appended it. */
    static Optional<StoredEvent> take(String eventIdentifier) {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        Map<String, StoredEvent> rows = CurrentUnitOfWork.get().root().getResource(RESOURCE);
        return rows == null ? Optional.empty() : Optional.ofNullable(rows.remove(eventIdentifier));
    }
}
