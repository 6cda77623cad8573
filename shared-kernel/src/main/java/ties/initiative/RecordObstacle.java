package ties.initiative;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ties.record.Ids;

public record RecordObstacle(
        @TargetAggregateIdentifier @NotNull String initiativeId,
        @NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String obstacleId,
        @NotNull @Valid ObstacleFacts obstacle) {
}
