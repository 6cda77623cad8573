package ties.visit;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import ties.fact.Reason;

public record WithdrawVisit(
        @TargetAggregateIdentifier @NotNull String visitId,
        @Reason String reason,
        @TargetAggregateVersion Long expectedVersion) {
}
