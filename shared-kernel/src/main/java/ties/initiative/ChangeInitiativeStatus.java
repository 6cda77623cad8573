package ties.initiative;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ChangeInitiativeStatus(
        @TargetAggregateIdentifier @NotNull String initiativeId,
        @NotNull @Valid StatusChange change,
        @TargetAggregateVersion Long expectedVersion) {
}
