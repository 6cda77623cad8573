package ties.initiative;

import org.axonframework.serialization.Revision;
import ties.record.RecordCreated;
import ties.record.RecordEvent;
import ties.record.RecordType;
import ties.record.RecordWithdrawn;

/** Everything that can happen to an initiative. */
public sealed interface InitiativeEvent extends RecordEvent {

    String initiativeId();

    @Override
    default String recordId() {
        return initiativeId();
    }

    @Override
    default RecordType recordType() {
        return RecordType.INITIATIVE;
    }

    @Revision("1")
    record InitiativeProposed(String initiativeId, InitiativeFacts initiative) implements InitiativeEvent, RecordCreated {
    }

    @Revision("1")
    record InitiativeStatusChanged(String initiativeId, InitiativeStatus from, StatusChange change) implements InitiativeEvent {
    }

    @Revision("1")
    record ObstacleRecorded(String initiativeId, String obstacleId, ObstacleFacts obstacle) implements InitiativeEvent {
    }

    /** A series of engagements whose editions implement the initiative. */
    @Revision("1")
    record EngagementSeriesLinked(String initiativeId, String seriesId, SeriesLink link) implements InitiativeEvent {
    }

    @Revision("1")
    record InitiativeCorrected(String initiativeId, InitiativeFacts previous, InitiativeFacts corrected, String reason)
            implements InitiativeEvent {
    }

    @Revision("1")
    record InitiativeWithdrawn(String initiativeId, String reason) implements InitiativeEvent, RecordWithdrawn {
    }
}
