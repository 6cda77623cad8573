package ties.visit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import ties.fact.Prose;

public record CorrectVisit(
        @TargetAggregateIdentifier @NotNull String visitId,
        @NotBlank @Prose(max = 2000) String reason,
        @NotNull @Valid VisitFacts corrected,
        @TargetAggregateVersion Long expectedVersion) {
}
