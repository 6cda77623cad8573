package ties.command.obstacle;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import ties.command.record.Accepted;
import ties.command.record.RecordAggregate;
import ties.command.record.RecordDirectory;
import ties.fact.Rejection;
import ties.obstacle.CorrectRelationshipObstacle;
import ties.obstacle.RecordRelationshipObstacle;
import ties.obstacle.RelationshipObstacleEvent.RelationshipObstacleCorrected;
import ties.obstacle.RelationshipObstacleEvent.RelationshipObstacleRecorded;
import ties.obstacle.RelationshipObstacleEvent.RelationshipObstacleWithdrawn;
import ties.obstacle.RelationshipObstacleFacts;
import ties.obstacle.WithdrawRelationshipObstacle;
import ties.record.RecordType;

import java.util.HashSet;

/**
 * An obstacle recorded once against a relationship (two or more countries) and linked to the
 * initiatives it holds back; linking and unlinking is a correction of its facts.
 */
@Aggregate(cache = "obstacleCache")
public class RelationshipObstacle extends RecordAggregate<RelationshipObstacleFacts> {

    @AggregateIdentifier
    private String obstacleId;

    protected RelationshipObstacle() {
        // for Axon: created through the first command and rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Accepted handle(RecordRelationshipObstacle command, RecordDirectory directory) {
        RelationshipObstacleFacts facts = resolved(command.obstacle(), "obstacle");
        return create(new RelationshipObstacleRecorded(command.obstacleId(), facts),
                () -> requireValid(facts, "obstacle", directory));
    }

    @CommandHandler
    public Accepted handle(CorrectRelationshipObstacle command, RecordDirectory directory) {
        RelationshipObstacleFacts corrected = resolved(command.corrected(), "corrected");
        requireValid(corrected, "corrected", directory);
        return correct(corrected, () -> new RelationshipObstacleCorrected(obstacleId, facts(), corrected, command.reason()));
    }

    @CommandHandler
    public Accepted handle(WithdrawRelationshipObstacle command) {
        return withdraw(() -> new RelationshipObstacleWithdrawn(obstacleId, command.reason()));
    }

    private static RelationshipObstacleFacts resolved(RelationshipObstacleFacts facts, String field) {
        return facts.withOccurred(facts.provenance().resolve(facts.occurred(), field + ".occurred"));
    }

    private static void requireValid(RelationshipObstacleFacts facts, String field, RecordDirectory directory) {
        if (new HashSet<>(facts.countries()).size() != facts.countries().size()) {
            throw Rejection.invalid(field + ".countries", "each country is named once");
        }
        if (new HashSet<>(facts.initiativeIds()).size() != facts.initiativeIds().size()) {
            throw Rejection.invalid(field + ".initiativeIds", "each initiative is linked once");
        }
        directory.require(RecordType.INITIATIVE, field + ".initiativeIds", facts.initiativeIds());
    }

    @EventSourcingHandler
    void on(RelationshipObstacleRecorded event) {
        obstacleId = event.obstacleId();
        onCreated(event, event.obstacle());
    }

    @EventSourcingHandler
    void on(RelationshipObstacleCorrected event) {
        onCorrected(event.corrected());
    }

    @EventSourcingHandler
    void on(RelationshipObstacleWithdrawn event) {
        onWithdrawn();
    }

    @Override
    protected RecordType recordType() {
        return RecordType.OBSTACLE;
    }

    @Override
    protected String recordId() {
        return obstacleId;
    }
}
