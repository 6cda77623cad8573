package ties.actor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import ties.fact.Name;

public record AddActorAlias(
        @TargetAggregateIdentifier @NotNull String actorId,
        @NotBlank @Name String alias,
        @TargetAggregateVersion Long expectedVersion) {
}
