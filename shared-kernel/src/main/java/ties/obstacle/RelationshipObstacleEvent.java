package ties.obstacle;

import org.axonframework.serialization.Revision;
import ties.record.RecordCreated;
import ties.record.RecordEvent;
import ties.record.RecordType;
import ties.record.RecordWithdrawn;

/** Everything that can happen to an obstacle recorded against a relationship. */
public sealed interface RelationshipObstacleEvent extends RecordEvent {

    String obstacleId();

    @Override
    default String recordId() {
        return obstacleId();
    }

    @Override
    default RecordType recordType() {
        return RecordType.OBSTACLE;
    }

    @Revision("1")
    record RelationshipObstacleRecorded(String obstacleId, RelationshipObstacleFacts obstacle)
            implements RelationshipObstacleEvent, RecordCreated {
    }

    @Revision("1")
    record RelationshipObstacleCorrected(String obstacleId, RelationshipObstacleFacts previous,
                                         RelationshipObstacleFacts corrected, String reason)
            implements RelationshipObstacleEvent {
    }

    @Revision("1")
    record RelationshipObstacleWithdrawn(String obstacleId, String reason)
            implements RelationshipObstacleEvent, RecordWithdrawn {
    }
}
