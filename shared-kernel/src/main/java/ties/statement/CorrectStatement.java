package ties.statement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import ties.fact.Reason;

public record CorrectStatement(
        @TargetAggregateIdentifier @NotNull String statementId,
        @Reason String reason,
        @NotNull @Valid StatementFacts corrected,
        @TargetAggregateVersion Long expectedVersion) {
}
