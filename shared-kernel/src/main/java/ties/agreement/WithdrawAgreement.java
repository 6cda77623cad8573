package ties.agreement;

import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import ties.fact.Reason;

public record WithdrawAgreement(
        @TargetAggregateIdentifier @NotNull String agreementId,
        @Reason String reason,
        @TargetAggregateVersion Long expectedVersion) {
}
