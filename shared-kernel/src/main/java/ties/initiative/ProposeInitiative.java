package ties.initiative;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ties.record.CreatesRecord;
import ties.record.Ids;
import ties.record.RecordType;

public record ProposeInitiative(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String initiativeId,
        @NotNull @Valid InitiativeFacts initiative) implements CreatesRecord {

    @Override
    public String recordId() {
        return initiativeId;
    }

    @Override
    public RecordType recordType() {
        return RecordType.INITIATIVE;
    }
}
