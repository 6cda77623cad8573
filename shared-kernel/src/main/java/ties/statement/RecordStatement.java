package ties.statement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ties.record.CreatesRecord;
import ties.record.Ids;
import ties.record.RecordType;

public record RecordStatement(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String statementId,
        @NotNull @Valid StatementFacts statement) implements CreatesRecord {

    @Override
    public String recordId() {
        return statementId;
    }

    @Override
    public RecordType recordType() {
        return RecordType.STATEMENT;
    }
}
