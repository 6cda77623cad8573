package ties.visit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ties.record.CreatesRecord;
import ties.record.Ids;
import ties.record.RecordType;

public record RecordVisit(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String visitId,
        @NotNull @Valid VisitFacts visit) implements CreatesRecord {

    @Override
    public String recordId() {
        return visitId;
    }

    @Override
    public RecordType recordType() {
        return RecordType.VISIT;
    }
}
