package ties.initiative;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import ties.fact.Reason;

public record WithdrawInitiative(
        @TargetAggregateIdentifier @NotNull String initiativeId,
        @Reason String reason,
        @TargetAggregateVersion Long expectedVersion) {
}
