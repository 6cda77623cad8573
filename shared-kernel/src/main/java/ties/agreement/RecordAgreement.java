package ties.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ties.record.CreatesRecord;
import ties.record.Ids;
import ties.record.RecordType;

public record RecordAgreement(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String agreementId,
        @NotNull @Valid AgreementFacts agreement) implements CreatesRecord {

    @Override
    public String recordId() {
        return agreementId;
    }

    @Override
    public RecordType recordType() {
        return RecordType.AGREEMENT;
    }
}
