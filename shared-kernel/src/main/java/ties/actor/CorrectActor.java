package ties.actor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import ties.fact.Reason;

public record CorrectActor(
        @TargetAggregateIdentifier @NotNull String actorId,
        @Reason String reason,
        @NotNull @Valid ActorFacts corrected,
        @TargetAggregateVersion Long expectedVersion) {
}
