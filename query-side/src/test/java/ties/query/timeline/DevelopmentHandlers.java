package ties.query.timeline;

import ties.actor.ActorEvent.ActorCorrected;
import ties.actor.ActorEvent.ActorRegistered;
import ties.agreement.AgreementEvent.AgreementCorrected;
import ties.agreement.AgreementEvent.AgreementRecorded;
import ties.engagement.EngagementEvent.EngagementCorrected;
import ties.engagement.EngagementEvent.EngagementRecorded;
import ties.engagement.EngagementEvent.EngagementStateChanged;
import ties.initiative.InitiativeEvent.InitiativeCorrected;
import ties.initiative.InitiativeEvent.InitiativeProposed;
import ties.initiative.InitiativeEvent.InitiativeStatusChanged;
import ties.initiative.InitiativeEvent.ObstacleRecorded;
import ties.obstacle.RelationshipObstacleEvent.RelationshipObstacleCorrected;
import ties.obstacle.RelationshipObstacleEvent.RelationshipObstacleRecorded;
import ties.query.Journal;
import ties.query.store.Recorded;
import ties.record.RecordEvent;
import ties.record.RecordWithdrawn;
import ties.statement.StatementEvent.StatementCorrected;
import ties.statement.StatementEvent.StatementRecorded;
import ties.visit.VisitEvent.MeetingRecorded;
import ties.visit.VisitEvent.VisitCorrected;
import ties.visit.VisitEvent.VisitRecorded;

/**
 * Calls the package-private handlers of a {@link DevelopmentProjection} (the timeline's or the
 * relations chart's) the way Axon does: the handler for the event's type, nothing for events it does
 * not handle. Public so that the relations specification, in another package, can use it.
 */
public final class DevelopmentHandlers {

    private DevelopmentHandlers() {
    }

    public static void deliver(DevelopmentProjection projection, Journal.Entry entry) {
        RecordEvent event = entry.event();
        Recorded recorded = entry.recorded();
        if (event instanceof ActorRegistered e) {
            projection.on(e, recorded);
        } else if (event instanceof ActorCorrected e) {
            projection.on(e, recorded);
        } else if (event instanceof VisitRecorded e) {
            projection.on(e, recorded);
        } else if (event instanceof VisitCorrected e) {
            projection.on(e, recorded);
        } else if (event instanceof MeetingRecorded e) {
            projection.on(e, recorded);
        } else if (event instanceof StatementRecorded e) {
            projection.on(e, recorded);
        } else if (event instanceof StatementCorrected e) {
            projection.on(e, recorded);
        } else if (event instanceof InitiativeProposed e) {
            projection.on(e, recorded);
        } else if (event instanceof InitiativeCorrected e) {
            projection.on(e, recorded);
        } else if (event instanceof InitiativeStatusChanged e) {
            projection.on(e, recorded);
        } else if (event instanceof ObstacleRecorded e) {
            projection.on(e, recorded);
        } else if (event instanceof AgreementRecorded e) {
            projection.on(e, recorded);
        } else if (event instanceof AgreementCorrected e) {
            projection.on(e, recorded);
        } else if (event instanceof EngagementRecorded e) {
            projection.on(e, recorded);
        } else if (event instanceof EngagementStateChanged e) {
            projection.on(e, recorded);
        } else if (event instanceof EngagementCorrected e) {
            projection.on(e, recorded);
        } else if (event instanceof RelationshipObstacleRecorded e) {
            projection.on(e, recorded);
        } else if (event instanceof RelationshipObstacleCorrected e) {
            projection.on(e, recorded);
        } else if (event instanceof RecordWithdrawn e) {
            projection.on(e, recorded);
        }
    }

    public static void reset(DevelopmentProjection projection) {
        projection.reset();
    }
}
