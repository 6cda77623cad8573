package ties.visit;

import org.axonframework.serialization.Revision;
import ties.record.RecordCreated;
import ties.record.RecordEvent;
import ties.record.RecordType;
import ties.record.RecordWithdrawn;

/** Everything that can happen to a visit. */
public sealed interface VisitEvent extends RecordEvent {

    String visitId();

    @Override
    default String recordId() {
        return visitId();
    }

    @Override
    default RecordType recordType() {
        return RecordType.VISIT;
    }

    @Revision("1")
    record VisitRecorded(String visitId, VisitFacts visit) implements VisitEvent, RecordCreated {
    }

    /**
     * @param datedByVisit the meeting was sent without a date and took the visit's
     */
    @Revision("1")
    record MeetingRecorded(String visitId, String meetingId, MeetingFacts meeting, boolean datedByVisit) implements VisitEvent {
    }

    @Revision("1")
    record VisitCorrected(String visitId, VisitFacts previous, VisitFacts corrected, String reason) implements VisitEvent {
    }

    @Revision("1")
    record VisitWithdrawn(String visitId, String reason) implements VisitEvent, RecordWithdrawn {
    }
}
