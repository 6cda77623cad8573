package ties.engagement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import ties.fact.Prose;

public record CorrectEngagement(
        @TargetAggregateIdentifier @NotNull String engagementId,
        @NotBlank @Prose(max = 2000) String reason,
        @NotNull @Valid EngagementFacts corrected,
        @TargetAggregateVersion Long expectedVersion) {
}
