package ties.engagement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ChangeEngagementState(
        @TargetAggregateIdentifier @NotNull String engagementId,
        @NotNull @Valid StateChange change,
        @TargetAggregateVersion Long expectedVersion) {
}
