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
import ties.agreement.WithdrawAgreement;
import ties.command.record.Accepted;
import ties.command.record.RecordAggregate;
import ties.command.record.RecordDirectory;
import ties.fact.Rejection;
import ties.record.RecordType;

import java.util.HashSet;

/**
 * An agreement: which parties it binds, who signed it (for which country, if any), when, on what
 * occasion, and which initiatives it covers.
 */
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
        if (facts.partyIds().isEmpty() && facts.signatories().isEmpty()) {
            throw Rejection.invalid(field + ".partyIds", "name the parties, the signatories, or both");
        }
        if (new HashSet<>(facts.partyIds()).size() != facts.partyIds().size()) {
            throw Rejection.invalid(field + ".partyIds", "each party is named once");
        }
        if (new HashSet<>(facts.signatoryIds()).size() != facts.signatories().size()) {
            throw Rejection.invalid(field + ".signatories", "each signatory signs once");
        }
        directory.require(RecordType.ACTOR, field + ".partyIds", facts.partyIds());
        directory.require(RecordType.ACTOR, field + ".signatories", facts.signatoryIds());
        directory.require(RecordType.INITIATIVE, field + ".initiativeIds", facts.initiativeIds());
        directory.requireOccasion(field + ".occasion", facts.occasion());
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
