package ties.command.agreement;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import ties.agreement.AgreementEvent.AgreementCorrected;
import ties.agreement.AgreementEvent.AgreementRecorded;
import ties.agreement.AgreementEvent.AgreementWithdrawn;
import ties.agreement.AgreementFacts;
import ties.agreement.CorrectAgreement;
import ties.agreement.RecordAgreement;
import ties.agreement.Signatory;
import ties.agreement.WithdrawAgreement;
import ties.command.record.Accepted;
import ties.command.record.RecordAggregate;
import ties.command.record.RecordDirectory;
import ties.fact.Rejection;
import ties.record.RecordType;

/** An agreement: who signed it for which country, when, and which initiatives it covers. */
@Aggregate(cache = "agreementCache")
public class Agreement extends RecordAggregate<AgreementFacts> {

    @AggregateIdentifier
    private String agreementId;

    protected Agreement() {
        // for Axon: created through the first command and rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Accepted handle(RecordAgreement command, RecordDirectory directory) {
        AgreementFacts facts = resolved(command.agreement(), "agreement");
        return create(new AgreementRecorded(command.agreementId(), facts), () -> requireReferences(facts, "agreement", directory));
    }

    @CommandHandler
    public Accepted handle(CorrectAgreement command, RecordDirectory directory) {
        AgreementFacts corrected = resolved(command.corrected(), "corrected");
        requireReferences(corrected, "corrected", directory);
        return correct(corrected, () -> new AgreementCorrected(agreementId, facts(), corrected, command.reason()));
    }

    @CommandHandler
    public Accepted handle(WithdrawAgreement command) {
        return withdraw(() -> new AgreementWithdrawn(agreementId, command.reason()));
    }

    private static AgreementFacts resolved(AgreementFacts facts, String field) {
        return facts.withSigned(facts.provenance().resolve(facts.signed(), field + ".signed"));
    }

    private static void requireReferences(AgreementFacts facts, String field, RecordDirectory directory) {
        if (facts.signatories().stream().map(Signatory::actorId).distinct().count() != facts.signatories().size()) {
            throw Rejection.invalid(field + ".signatories", "each signatory signs once");
        }
        directory.require(RecordType.ACTOR, field + ".signatories",
                facts.signatories().stream().map(Signatory::actorId).toList());
        directory.require(RecordType.INITIATIVE, field + ".initiativeIds", facts.initiativeIds());
    }

    @EventSourcingHandler
    void on(AgreementRecorded event) {
        agreementId = event.agreementId();
        onCreated(event, event.agreement());
    }

    @EventSourcingHandler
    void on(AgreementCorrected event) {
        onCorrected(event.corrected());
    }

    @EventSourcingHandler
    void on(AgreementWithdrawn event) {
        onWithdrawn();
    }

    @Override
    protected RecordType recordType() {
        return RecordType.AGREEMENT;
    }

    @Override
    protected String recordId() {
        return agreementId;
    }
}
