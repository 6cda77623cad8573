package ties.actor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import ties.fact.Prose;

public record CorrectActor(
        @TargetAggregateIdentifier @NotNull String actorId,
        @NotBlank @Prose(max = 2000) String reason,
        @NotNull @Valid ActorFacts corrected,
        @TargetAggregateVersion Long expectedVersion) {
}
