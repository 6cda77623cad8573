package ties.agreement;

import org.axonframework.serialization.Revision;
import ties.record.DefaultsUpcaster;
import ties.record.RecordCreated;
import ties.record.RecordEvent;
import ties.record.RecordType;
import ties.record.RecordWithdrawn;

import java.util.List;
import java.util.Set;

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

    /** Revision 2: the facts carry a kind, parties, and the occasion of signing ({@link #partiesUpcaster()}). */
    @Revision("2")
    record AgreementRecorded(String agreementId, AgreementFacts agreement) implements AgreementEvent, RecordCreated {
    }

    /** Revision 2: both facts carry a kind, parties, and the occasion of signing. */
    @Revision("2")
    record AgreementCorrected(String agreementId, AgreementFacts previous, AgreementFacts corrected, String reason)
            implements AgreementEvent {
    }

    @Revision("1")
    record AgreementWithdrawn(String agreementId, String reason) implements AgreementEvent, RecordWithdrawn {
    }

    /**
     * Reads agreements recorded before kinds, parties and occasions (revision 1) as revision 2: no kind
     * (what instrument it was was never recorded, so it is not guessed), no parties beyond the
     * countries the signatories signed for (which old events keep), and no occasion.
     */
    static DefaultsUpcaster partiesUpcaster() {
        return new DefaultsUpcaster(Set.of(AgreementRecorded.class, AgreementCorrected.class), "1", "2",
                List.of("agreement", "previous", "corrected"), facts -> {
                    facts.putNull("kind");
                    facts.putArray("partyIds");
                    facts.putNull("occasion");
                });
    }
}
