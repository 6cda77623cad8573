package ties.obstacle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import ties.fact.Prose;

public record WithdrawRelationshipObstacle(
        @TargetAggregateIdentifier @NotNull String obstacleId,
        @NotBlank @Prose(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) {
}
