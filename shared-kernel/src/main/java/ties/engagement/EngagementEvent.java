package ties.engagement;

import org.axonframework.serialization.Revision;
import ties.record.RecordCreated;
import ties.record.RecordEvent;
import ties.record.RecordType;
import ties.record.RecordWithdrawn;

/** Everything that can happen to an engagement. */
public sealed interface EngagementEvent extends RecordEvent {

    String engagementId();

    @Override
    default String recordId() {
        return engagementId();
    }

    @Override
    default RecordType recordType() {
        return RecordType.ENGAGEMENT;
    }

    @Revision("1")
    record EngagementRecorded(String engagementId, EngagementFacts engagement) implements EngagementEvent, RecordCreated {
    }

    /** @param from the state it left */
    @Revision("1")
    record EngagementStateChanged(String engagementId, EngagementState from, StateChange change) implements EngagementEvent {
    }

    @Revision("1")
    record EngagementCorrected(String engagementId, EngagementFacts previous, EngagementFacts corrected, String reason)
            implements EngagementEvent {
    }

    @Revision("1")
    record EngagementWithdrawn(String engagementId, String reason) implements EngagementEvent, RecordWithdrawn {
    }
}
