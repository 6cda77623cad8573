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

    /** Revision 2: the facts carry the text's {@code language} ({@link StatementLanguageUpcaster}). */
    @Revision("2")
    record StatementRecorded(String statementId, StatementFacts statement) implements StatementEvent, RecordCreated {
    }

    /** Revision 2: both facts carry the text's {@code language} ({@link StatementLanguageUpcaster}). */
    @Revision("2")
    record StatementCorrected(String statementId, StatementFacts previous, StatementFacts corrected, String reason)
            implements StatementEvent {
    }

    @Revision("1")
    record StatementWithdrawn(String statementId, String reason) implements StatementEvent, RecordWithdrawn {
    }
}
