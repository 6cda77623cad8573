package ties.initiative;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ties.record.Ids;

/** Links a series of engagements to the initiative it implements: its editions show on the initiative. */
public record LinkEngagementSeries(
        @TargetAggregateIdentifier @NotNull String initiativeId,
        @NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String seriesId,
        @NotNull @Valid SeriesLink link) {
}
