package ties.statement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import ties.fact.Prose;

public record CorrectStatement(
        @TargetAggregateIdentifier @NotNull String statementId,
        @NotBlank @Prose(max = 2000) String reason,
        @NotNull @Valid StatementFacts corrected,
        @TargetAggregateVersion Long expectedVersion) {
}
