package ties.command.initiative;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import ties.command.record.Accepted;
import ties.command.record.RecordAggregate;
import ties.command.record.RecordDirectory;
import ties.fact.PartialDate;
import ties.fact.Provenance;
import ties.fact.Rejection;
import ties.initiative.ChangeInitiativeStatus;
import ties.initiative.Completion;
import ties.initiative.CorrectInitiative;
import ties.initiative.InitiativeEvent.EngagementSeriesLinked;
import ties.initiative.InitiativeEvent.InitiativeCorrected;
import ties.initiative.InitiativeEvent.InitiativeProposed;
import ties.initiative.InitiativeEvent.InitiativeStatusChanged;
import ties.initiative.InitiativeEvent.InitiativeWithdrawn;
import ties.initiative.InitiativeEvent.ObstacleRecorded;
import ties.initiative.InitiativeFacts;
import ties.initiative.InitiativeStatus;
import ties.initiative.LinkEngagementSeries;
import ties.initiative.ObstacleFacts;
import ties.initiative.ProposeInitiative;
import ties.initiative.RecordObstacle;
import ties.initiative.SeriesLink;
import ties.initiative.StatusChange;
import ties.initiative.WithdrawInitiative;
import ties.record.RecordType;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/** An initiative and its lifecycle from proposal to implementation. */
@Aggregate(cache = "initiativeCache")
public class Initiative extends RecordAggregate<InitiativeFacts> {

    @AggregateIdentifier
    private String initiativeId;
    private InitiativeStatus status;
    private InitiativeStatus lastMainLine;
    private Completion completion;
    private final Map<String, ObstacleFacts> obstacles = new HashMap<>();
    private final Map<String, StatusChange> changesById = new HashMap<>();
    private final Map<String, SeriesLink> seriesLinks = new HashMap<>();

    protected Initiative() {
        // for Axon: created through the first command and rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Accepted handle(ProposeInitiative command, RecordDirectory directory) {
        InitiativeFacts facts = resolved(command.initiative(), "initiative");
        return create(new InitiativeProposed(command.initiativeId(), facts), () -> requireValid(facts, "initiative", directory));
    }

    @CommandHandler
    public Accepted handle(ChangeInitiativeStatus command, RecordDirectory directory) {
        requireActive();
        StatusChange change = command.change();
        StatusChange resolved = change.withOccurred(change.provenance().resolve(change.occurred(), "change.occurred"))
                .withTarget(planned(change.target(), change.provenance(), "change.target"));
        StatusChange known = changesById.get(resolved.changeId());
        if (known != null) {
            if (known.equals(resolved)) {
                return unchanged();
            }
            throw Rejection.conflict("status change '" + resolved.changeId() + "' is already recorded with different content");
        }
        resolved.completionProblem().ifPresent(problem -> {
            throw Rejection.invalid("change.completion", problem);
        });
        resolved.reopenProblem().ifPresent(problem -> {
            throw Rejection.invalid("change.note", problem);
        });
        resolved.refusalFrom(status, lastMainLine, completion)
                .ifPresent(reason -> {
                    throw Rejection.illegalTransition("initiative '" + initiativeId + "' is " + status.label() + ": " + reason);
                });
        directory.require(RecordType.STATEMENT, "change.statementIds", resolved.statementIds());
        directory.require(RecordType.AGREEMENT, "change.agreementIds", resolved.agreementIds());
        directory.requireOccasion("change.occasion", resolved.occasion());
        return applied(new InitiativeStatusChanged(initiativeId, status, resolved));
    }

    @CommandHandler
    public Accepted handle(RecordObstacle command) {
        requireActive();
        ObstacleFacts obstacle = command.obstacle();
        ObstacleFacts resolved = obstacle.withOccurred(obstacle.provenance().resolve(obstacle.occurred(), "obstacle.occurred"));
        ObstacleFacts known = obstacles.get(command.obstacleId());
        if (known != null) {
            if (known.equals(resolved)) {
                return unchanged();
            }
            throw Rejection.conflict("obstacle '" + command.obstacleId() + "' is already recorded with different content");
        }
        return applied(new ObstacleRecorded(initiativeId, command.obstacleId(), resolved));
    }

    @CommandHandler
    public Accepted handle(LinkEngagementSeries command) {
        requireActive();
        SeriesLink known = seriesLinks.get(command.seriesId());
        if (known != null) {
            if (known.equals(command.link())) {
                return unchanged();
            }
            throw Rejection.conflict("series '" + command.seriesId() + "' is already linked with different content");
        }
        return applied(new EngagementSeriesLinked(initiativeId, command.seriesId(), command.link()));
    }

    @CommandHandler
    public Accepted handle(CorrectInitiative command, RecordDirectory directory) {
        InitiativeFacts corrected = resolved(command.corrected(), "corrected");
        requireValid(corrected, "corrected", directory);
        return correct(corrected, () -> new InitiativeCorrected(initiativeId, facts(), corrected, command.reason()));
    }

    @CommandHandler
    public Accepted handle(WithdrawInitiative command) {
        return withdraw(() -> new InitiativeWithdrawn(initiativeId, command.reason()));
    }

    private static void requireValid(InitiativeFacts facts, String field, RecordDirectory directory) {
        if (new HashSet<>(facts.parties()).size() != facts.parties().size()) {
            throw Rejection.invalid(field + ".parties", "each country is a party once");
        }
        directory.require(RecordType.ACTOR, field + ".proposedBy", facts.proposedBy());
        directory.require(RecordType.STATEMENT, field + ".statementIds", facts.statementIds());
    }

    private static InitiativeFacts resolved(InitiativeFacts facts, String field) {
        return facts.withOccurred(facts.provenance().resolve(facts.occurred(), field + ".occurred"))
                .withTarget(planned(facts.target(), facts.provenance(), field + ".target"));
    }

    /** A planned or target date, resolved against the report: it may lie after the report. */
    private static PartialDate planned(PartialDate target, Provenance provenance, String field) {
        return provenance.resolve(target, field, PartialDate.Tense.PLANNED);
    }

    @EventSourcingHandler
    void on(InitiativeProposed event) {
        initiativeId = event.initiativeId();
        status = InitiativeStatus.PROPOSED;
        lastMainLine = InitiativeStatus.PROPOSED;
        onCreated(event, event.initiative());
    }

    @EventSourcingHandler
    void on(InitiativeStatusChanged event) {
        status = event.change().status();
        completion = event.change().completion();
        if (event.change().changeId() != null) {
            changesById.put(event.change().changeId(), event.change());
        }
        if (status.onMainLine()) {
            lastMainLine = status;
        }
    }

    @EventSourcingHandler
    void on(ObstacleRecorded event) {
        obstacles.put(event.obstacleId(), event.obstacle());
    }

    @EventSourcingHandler
    void on(EngagementSeriesLinked event) {
        seriesLinks.put(event.seriesId(), event.link());
    }

    @EventSourcingHandler
    void on(InitiativeCorrected event) {
        onCorrected(event.corrected());
    }

    @EventSourcingHandler
    void on(InitiativeWithdrawn event) {
        onWithdrawn();
    }

    @Override
    protected RecordType recordType() {
        return RecordType.INITIATIVE;
    }

    @Override
    protected String recordId() {
        return initiativeId;
    }
}
