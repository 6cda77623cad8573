package ties.command.statement;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import ties.command.record.Accepted;
import ties.command.record.RecordAggregate;
import ties.command.record.RecordDirectory;
import ties.record.RecordType;
import ties.statement.CorrectStatement;
import ties.statement.RecordStatement;
import ties.statement.StatementEvent.StatementCorrected;
import ties.statement.StatementEvent.StatementRecorded;
import ties.statement.StatementEvent.StatementWithdrawn;
import ties.statement.StatementFacts;
import ties.statement.WithdrawStatement;

/** A statement: a quote or paraphrase, its speaker, occasion and the initiatives it refers to. */
@Aggregate(cache = "statementCache")
public class Statement extends RecordAggregate<StatementFacts> {

    @AggregateIdentifier
    private String statementId;

    protected Statement() {
        // for Axon: created through the first command and rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Accepted handle(RecordStatement command, RecordDirectory directory) {
        StatementFacts facts = resolved(command.statement(), "statement");
        return create(new StatementRecorded(command.statementId(), facts), () -> requireReferences(facts, "statement", directory));
    }

    @CommandHandler
    public Accepted handle(CorrectStatement command, RecordDirectory directory) {
        StatementFacts corrected = resolved(command.corrected(), "corrected");
        requireReferences(corrected, "corrected", directory);
        return correct(corrected, () -> new StatementCorrected(statementId, facts(), corrected, command.reason()));
    }

    @CommandHandler
    public Accepted handle(WithdrawStatement command) {
        return withdraw(() -> new StatementWithdrawn(statementId, command.reason()));
    }

    private static StatementFacts resolved(StatementFacts facts, String field) {
        return facts.withOccurred(facts.provenance().resolve(facts.occurred(), field + ".occurred"));
    }

    private static void requireReferences(StatementFacts facts, String field, RecordDirectory directory) {
        directory.require(RecordType.ACTOR, field + ".speaker.actorId", facts.speaker().actorId());
        directory.require(RecordType.VISIT, field + ".occasionVisitId", facts.occasionVisitId());
        directory.require(RecordType.INITIATIVE, field + ".initiativeIds", facts.initiativeIds());
    }

    @EventSourcingHandler
    void on(StatementRecorded event) {
        statementId = event.statementId();
        onCreated(event, event.statement());
    }

    @EventSourcingHandler
    void on(StatementCorrected event) {
        onCorrected(event.corrected());
    }

    @EventSourcingHandler
    void on(StatementWithdrawn event) {
        onWithdrawn();
    }

    @Override
    protected RecordType recordType() {
        return RecordType.STATEMENT;
    }

    @Override
    protected String recordId() {
        return statementId;
    }
}
