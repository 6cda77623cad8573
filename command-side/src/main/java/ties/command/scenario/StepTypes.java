package ties.command.scenario;

import ties.actor.AddActorAlias;
import ties.actor.CorrectActor;
import ties.actor.RecordActorRole;
import ties.actor.RegisterActor;
import ties.actor.WithdrawActor;
import ties.agreement.CorrectAgreement;
import ties.agreement.RecordAgreement;
import ties.agreement.WithdrawAgreement;
import ties.engagement.ChangeEngagementState;
import ties.engagement.CorrectEngagement;
import ties.engagement.RecordEngagement;
import ties.engagement.WithdrawEngagement;
import ties.initiative.ChangeInitiativeStatus;
import ties.initiative.CorrectInitiative;
import ties.initiative.LinkEngagementSeries;
import ties.initiative.ProposeInitiative;
import ties.initiative.RecordObstacle;
import ties.initiative.WithdrawInitiative;
import ties.obstacle.CorrectRelationshipObstacle;
import ties.obstacle.RecordRelationshipObstacle;
import ties.obstacle.WithdrawRelationshipObstacle;
import ties.record.RecordType;
import ties.statement.CorrectStatement;
import ties.statement.RecordStatement;
import ties.statement.WithdrawStatement;
import ties.visit.CorrectVisit;
import ties.visit.RecordMeeting;
import ties.visit.RecordVisit;
import ties.visit.WithdrawVisit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The step types a scenario may use: the simple names of the command records, in a fixed list (no
 * reflection over arbitrary classes, so a scenario can only send these commands).
 */
final class StepTypes {

    /**
     * One step type: its command, the record type it creates (if it creates one), and the JSON fields
     * that name it in messages (the record id first, then a sub-id such as a meeting's).
     */
    record StepType(String name, Class<?> command, RecordType creates, List<String> idFields) {
    }

    static final Map<String, StepType> ALL;

    static {
        Map<String, StepType> all = new LinkedHashMap<>();
        add(all, RegisterActor.class, RecordType.ACTOR, "actorId");
        add(all, AddActorAlias.class, null, "actorId");
        add(all, RecordActorRole.class, null, "actorId");
        add(all, CorrectActor.class, null, "actorId");
        add(all, WithdrawActor.class, null, "actorId");
        add(all, RecordVisit.class, RecordType.VISIT, "visitId");
        add(all, RecordMeeting.class, null, "visitId", "meetingId");
        add(all, CorrectVisit.class, null, "visitId");
        add(all, WithdrawVisit.class, null, "visitId");
        add(all, RecordStatement.class, RecordType.STATEMENT, "statementId");
        add(all, CorrectStatement.class, null, "statementId");
        add(all, WithdrawStatement.class, null, "statementId");
        add(all, ProposeInitiative.class, RecordType.INITIATIVE, "initiativeId");
        add(all, ChangeInitiativeStatus.class, null, "initiativeId", "change.changeId");
        add(all, RecordObstacle.class, null, "initiativeId", "obstacleId");
        add(all, CorrectInitiative.class, null, "initiativeId");
        add(all, WithdrawInitiative.class, null, "initiativeId");
        add(all, RecordAgreement.class, RecordType.AGREEMENT, "agreementId");
        add(all, CorrectAgreement.class, null, "agreementId");
        add(all, WithdrawAgreement.class, null, "agreementId");
        add(all, RecordEngagement.class, RecordType.ENGAGEMENT, "engagementId");
        add(all, ChangeEngagementState.class, null, "engagementId", "change.changeId");
        add(all, CorrectEngagement.class, null, "engagementId");
        add(all, WithdrawEngagement.class, null, "engagementId");
        add(all, LinkEngagementSeries.class, null, "initiativeId", "seriesId");
        add(all, RecordRelationshipObstacle.class, RecordType.OBSTACLE, "obstacleId");
        add(all, CorrectRelationshipObstacle.class, null, "obstacleId");
        add(all, WithdrawRelationshipObstacle.class, null, "obstacleId");
        ALL = java.util.Collections.unmodifiableMap(all);
    }

    private StepTypes() {
    }

    private static void add(Map<String, StepType> all, Class<?> command, RecordType creates, String... idFields) {
        all.put(command.getSimpleName(), new StepType(command.getSimpleName(), command, creates, List.of(idFields)));
    }
}
