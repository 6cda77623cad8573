package ties.obstacle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ties.record.CreatesRecord;
import ties.record.Ids;
import ties.record.RecordType;

public record RecordRelationshipObstacle(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String obstacleId,
        @NotNull @Valid RelationshipObstacleFacts obstacle) implements CreatesRecord {

    @Override
    public String recordId() {
        return obstacleId;
    }

    @Override
    public RecordType recordType() {
        return RecordType.OBSTACLE;
    }
}
