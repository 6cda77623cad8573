package ties.initiative;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import ties.fact.Reason;

public record CorrectInitiative(
        @TargetAggregateIdentifier @NotNull String initiativeId,
        @Reason String reason,
        @NotNull @Valid InitiativeFacts corrected,
        @TargetAggregateVersion Long expectedVersion) {
}
