package ties.obstacle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import ties.fact.Prose;

/** Corrects an obstacle's facts, including which initiatives it holds back (link or unlink one). */
public record CorrectRelationshipObstacle(
        @TargetAggregateIdentifier @NotNull String obstacleId,
        @NotBlank @Prose(max = 2000) String reason,
        @NotNull @Valid RelationshipObstacleFacts corrected,
        @TargetAggregateVersion Long expectedVersion) {
}
