package ties.actor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RecordActorRole(
        @TargetAggregateIdentifier @NotNull String actorId,
        @NotNull @Valid RoleFacts role,
        @TargetAggregateVersion Long expectedVersion) {
}
