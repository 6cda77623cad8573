package ties.engagement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ties.record.CreatesRecord;
import ties.record.Ids;
import ties.record.RecordType;

public record RecordEngagement(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String engagementId,
        @NotNull @Valid EngagementFacts engagement) implements CreatesRecord {

    @Override
    public String recordId() {
        return engagementId;
    }

    @Override
    public RecordType recordType() {
        return RecordType.ENGAGEMENT;
    }
}
