package ties.visit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import ties.fact.Reason;

public record CorrectVisit(
        @TargetAggregateIdentifier @NotNull String visitId,
        @Reason String reason,
        @NotNull @Valid VisitFacts corrected,
        @TargetAggregateVersion Long expectedVersion) {
}
