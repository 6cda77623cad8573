package ties.actor;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import ties.fact.Reason;

public record WithdrawActor(
        @TargetAggregateIdentifier @NotNull String actorId,
        @Reason String reason,
        @TargetAggregateVersion Long expectedVersion) {
}
