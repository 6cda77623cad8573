package ties.agreement;

import org.axonframework.serialization.Revision;
import ties.record.RecordCreated;
import ties.record.RecordEvent;
import ties.record.RecordType;
import ties.record.RecordWithdrawn;

/** Everything that can happen to an agreement. */
public sealed interface AgreementEvent extends RecordEvent {

    String agreementId();

    @Override
    default String recordId() {
        return agreementId();
    }

    @Override
    default RecordType recordType() {
        return RecordType.AGREEMENT;
    }

    @Revision("1")
    record AgreementRecorded(String agreementId, AgreementFacts agreement) implements AgreementEvent, RecordCreated {
    }

    @Revision("1")
    record AgreementCorrected(String agreementId, AgreementFacts previous, AgreementFacts corrected, String reason)
            implements AgreementEvent {
    }

    @Revision("1")
    record AgreementWithdrawn(String agreementId, String reason) implements AgreementEvent, RecordWithdrawn {
    }
}
