package ties.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import ties.fact.Reason;

public record CorrectAgreement(
        @TargetAggregateIdentifier @NotNull String agreementId,
        @Reason String reason,
        @NotNull @Valid AgreementFacts corrected,
        @TargetAggregateVersion Long expectedVersion) {
}
