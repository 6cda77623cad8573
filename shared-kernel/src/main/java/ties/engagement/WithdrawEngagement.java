package ties.engagement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import ties.fact.Prose;

public record WithdrawEngagement(
        @TargetAggregateIdentifier @NotNull String engagementId,
        @NotBlank @Prose(max = 2000) String reason,
        @TargetAggregateVersion Long expectedVersion) {
}
