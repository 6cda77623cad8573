package ties.command.engagement;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import ties.command.record.Accepted;
import ties.command.record.RecordAggregate;
import ties.command.record.RecordDirectory;
import ties.engagement.ChangeEngagementState;
import ties.engagement.CorrectEngagement;
import ties.engagement.EngagementEvent.EngagementCorrected;
import ties.engagement.EngagementEvent.EngagementRecorded;
import ties.engagement.EngagementEvent.EngagementStateChanged;
import ties.engagement.EngagementEvent.EngagementWithdrawn;
import ties.engagement.EngagementFacts;
import ties.engagement.RecordEngagement;
import ties.engagement.StateChange;
import ties.engagement.WithdrawEngagement;
import ties.fact.Rejection;
import ties.record.RecordType;

import java.util.HashMap;
import java.util.Map;

/**
 * An engagement (exercise, talks, port call, training, conference) and its course from plan to held,
 * postponed or cancelled. Its facts always hold its current state and dates: a state change moves
 * them, a correction replaces them.
 */
@Aggregate(cache = "engagementCache")
public class Engagement extends RecordAggregate<EngagementFacts> {

    @AggregateIdentifier
    private String engagementId;
    private final Map<String, StateChange> changesById = new HashMap<>();

    protected Engagement() {
        // for Axon: created through the first command and rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Accepted handle(RecordEngagement command, RecordDirectory directory) {
        EngagementFacts facts = EngagementRules.resolved(command.engagement(), "engagement");
        return create(new EngagementRecorded(command.engagementId(), facts),
                () -> EngagementRules.requireValid(facts, "engagement", directory));
    }

    @CommandHandler
    public Accepted handle(ChangeEngagementState command) {
        requireActive();
        StateChange change = EngagementRules.resolved(command.change());
        StateChange known = changesById.get(change.changeId());
        if (known != null) {
            if (known.equals(change)) {
                return unchanged();
            }
            throw Rejection.conflict("state change '" + change.changeId() + "' is already recorded with different content");
        }
        facts().state().refusalToMove(change.state()).ifPresent(reason -> {
            throw new Rejection(Rejection.Kind.ILLEGAL_TRANSITION, "change.state",
                    "engagement '" + engagementId + "' is " + facts().state().label() + ": " + reason);
        });
        EngagementRules.requireOrderedDates(facts().moved(change), "change");
        return applied(new EngagementStateChanged(engagementId, facts().state(), change));
    }

    @CommandHandler
    public Accepted handle(CorrectEngagement command, RecordDirectory directory) {
        EngagementFacts corrected = EngagementRules.resolved(command.corrected(), "corrected");
        requireActive();
        EngagementRules.requireValid(corrected, "corrected", directory);
        return correct(corrected, () -> new EngagementCorrected(engagementId, facts(), corrected, command.reason()));
    }

    @CommandHandler
    public Accepted handle(WithdrawEngagement command) {
        return withdraw(() -> new EngagementWithdrawn(engagementId, command.reason()));
    }

    @EventSourcingHandler
    void on(EngagementRecorded event) {
        engagementId = event.engagementId();
        onCreated(event, event.engagement());
    }

    @EventSourcingHandler
    void on(EngagementStateChanged event) {
        if (event.change().changeId() != null) {
            changesById.put(event.change().changeId(), event.change());
        }
        // The facts follow the state and dates, so that a correction starts from what stands now.
        onCorrected(facts().moved(event.change()));
    }

    @EventSourcingHandler
    void on(EngagementCorrected event) {
        onCorrected(event.corrected());
    }

    @EventSourcingHandler
    void on(EngagementWithdrawn event) {
        onWithdrawn();
    }

    @Override
    protected RecordType recordType() {
        return RecordType.ENGAGEMENT;
    }

    @Override
    protected String recordId() {
        return engagementId;
    }
}
