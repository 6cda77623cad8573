package ties.statement;

import org.axonframework.serialization.Revision;
import ties.record.RecordCreated;
import ties.record.RecordEvent;
import ties.record.RecordType;
import ties.record.RecordWithdrawn;

/** Everything that can happen to a statement. */
public sealed interface StatementEvent extends RecordEvent {

    String statementId();

    @Override
    default String recordId() {
        return statementId();
    }

    @Override
    default RecordType recordType() {
        return RecordType.STATEMENT;
    }

    @Revision("1")
    record StatementRecorded(String statementId, StatementFacts statement) implements StatementEvent, RecordCreated {
    }

    @Revision("1")
    record StatementCorrected(String statementId, StatementFacts previous, StatementFacts corrected, String reason)
            implements StatementEvent {
    }

    @Revision("1")
    record StatementWithdrawn(String statementId, String reason) implements StatementEvent, RecordWithdrawn {
    }
}
