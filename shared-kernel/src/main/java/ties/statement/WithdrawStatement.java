package ties.statement;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import ties.fact.Reason;

public record WithdrawStatement(
        @TargetAggregateIdentifier @NotNull String statementId,
        @Reason String reason,
        @TargetAggregateVersion Long expectedVersion) {
}
