package ties.query.board;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ties.fact.PartialDate;
import ties.initiative.InitiativeEvent.InitiativeStatusChanged;
import ties.initiative.InitiativeStatus;
import ties.initiative.InitiativeView;
import ties.initiative.InitiativeView.RelationshipObstacle;
import ties.initiative.ObstacleKind;
import ties.initiative.StatusChange;
import ties.obstacle.RelationshipObstacleEvent.RelationshipObstacleCorrected;
import ties.obstacle.RelationshipObstacleEvent.RelationshipObstacleRecorded;
import ties.obstacle.RelationshipObstacleEvent.RelationshipObstacleWithdrawn;
import ties.obstacle.RelationshipObstacleFacts;
import ties.query.Journal;
import ties.record.RecordEvent;
import ties.record.RecordRef;
import ties.record.RecordType;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ties.query.SeedEvents.*;

@DisplayName("Initiative board: obstacles to the relationship, reopened talks, occasions and targets")
class RelationshipObstaclesOnTheBoardTest {

    private static final String SANCTIONS = "sanctions-on-iran";

    private final InitiativeBoardProjectionTest.Board board = new InitiativeBoardProjectionTest.Board();
    private final Journal journal = new Journal();

    private Journal.Entry given(RecordEvent event) {
        Journal.Entry entry = journal.record(event);
        board.deliver(entry);
        return entry;
    }

    private static RelationshipObstacleFacts sanctions(List<String> initiativeIds) {
        return new RelationshipObstacleFacts(ObstacleKind.SANCTIONS,
                "International pressures, particularly sanctions on Iran, have previously hindered defense cooperation",
                List.of(IRAN, PAKISTAN), initiativeIds, resolved("2018"), TASNIM);
    }

    private static List<String> obstacles(InitiativeView view) {
        return view.relationshipObstacles().stream().map(RelationshipObstacle::obstacleId).toList();
    }

    @Test
    void an_obstacle_to_the_relationship_shows_on_every_initiative_it_holds_back_without_a_copy_of_it() {
        given(navalExercisesProposed());
        given(borderPatrolsProposed());
        given(militaryTrainingProposed());

        given(new RelationshipObstacleRecorded(SANCTIONS, sanctions(List.of(NAVAL_EXERCISES, MILITARY_TRAINING))));

        assertThat(obstacles(board.initiative(NAVAL_EXERCISES))).containsExactly(SANCTIONS);
        assertThat(obstacles(board.initiative(MILITARY_TRAINING))).containsExactly(SANCTIONS);
        assertThat(board.initiative(BORDER_PATROLS).relationshipObstacles()).isEmpty();
        assertThat(board.initiative(NAVAL_EXERCISES).relationshipObstacles().get(0).countries()).containsExactly(IRAN, PAKISTAN);
        assertThat(board.initiative(NAVAL_EXERCISES).obstacles()).isEmpty();
    }

    @Test
    void linking_and_unlinking_follow_corrections_and_a_withdrawal_removes_it_everywhere() {
        given(navalExercisesProposed());
        given(borderPatrolsProposed());
        given(new RelationshipObstacleRecorded(SANCTIONS, sanctions(List.of(NAVAL_EXERCISES))));

        given(new RelationshipObstacleCorrected(SANCTIONS, sanctions(List.of(NAVAL_EXERCISES)), sanctions(List.of(BORDER_PATROLS)),
                "it held back the border patrols, not the exercises"));
        assertThat(board.initiative(NAVAL_EXERCISES).relationshipObstacles()).isEmpty();
        assertThat(obstacles(board.initiative(BORDER_PATROLS))).containsExactly(SANCTIONS);

        given(new RelationshipObstacleWithdrawn(SANCTIONS, "duplicate"));
        assertThat(board.initiative(BORDER_PATROLS).relationshipObstacles()).isEmpty();
    }

    @Test
    void an_obstacle_delivered_again_changes_nothing_and_the_board_as_of_before_it_does_not_show_it() {
        given(navalExercisesProposed());
        Journal.Entry recorded = given(new RelationshipObstacleRecorded(SANCTIONS, sanctions(List.of(NAVAL_EXERCISES))));
        given(new RelationshipObstacleRecorded(SANCTIONS, sanctions(List.of(NAVAL_EXERCISES))));

        assertThat(obstacles(board.initiative(NAVAL_EXERCISES))).containsExactly(SANCTIONS);
        assertThat(board.initiative(NAVAL_EXERCISES, recorded.at().minusSeconds(1)).relationshipObstacles()).isEmpty();
    }

    @Test
    void a_reopening_shows_in_the_history_with_its_occasion_and_the_target_it_set() {
        given(navalExercisesProposed());
        given(new InitiativeStatusChanged(NAVAL_EXERCISES, InitiativeStatus.PROPOSED, move(InitiativeStatus.AGREED, false, null)));
        given(new InitiativeStatusChanged(NAVAL_EXERCISES, InitiativeStatus.AGREED, move(InitiativeStatus.STALLED, false, null)));
        PartialDate nearFuture = PartialDate.of("in the near future").resolveAgainst(REPORTED_ON, PartialDate.Tense.PLANNED);
        RecordRef visit = new RecordRef(RecordType.VISIT, ISLAMABAD_VISIT);
        given(new InitiativeStatusChanged(NAVAL_EXERCISES, InitiativeStatus.STALLED,
                move(InitiativeStatus.UNDER_DISCUSSION, true, visit).withTarget(nearFuture)));

        InitiativeView view = board.initiative(NAVAL_EXERCISES);
        InitiativeView.Step reopened = view.history().get(3);
        assertThat(view.status()).isEqualTo(InitiativeStatus.UNDER_DISCUSSION);
        assertThat(reopened.reopened()).isTrue();
        assertThat(reopened.occasion()).isEqualTo(visit);
        assertThat(view.target()).isEqualTo(nearFuture);
        assertThat(view.history().get(1).reopened()).isFalse();
    }

    @Test
    void the_board_filters_by_all_parties_and_by_the_range_an_initiative_lives_in() {
        given(navalExercisesProposed());
        given(islamicAlignmentProposed());

        assertThat(board.queries.handle(new ties.initiative.FindInitiatives(null, List.of(IRAN, TURKEY), null, null, null,
                null, 50, null)).initiatives()).extracting(InitiativeView::initiativeId).containsExactly(ISLAMIC_ALIGNMENT);
        assertThat(board.queries.handle(new ties.initiative.FindInitiatives(null, List.of(IRAN), null, null,
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), 50, null)).initiatives()).isEmpty();
        assertThat(board.queries.handle(new ties.initiative.FindInitiatives(null, List.of(IRAN), null, null,
                LocalDate.of(2024, 12, 1), null, 50, null)).initiatives()).hasSize(2);
    }

    private static StatusChange move(InitiativeStatus status, boolean reopen, RecordRef occasion) {
        return new StatusChange(null, status, null, reopen, resolved("recently"), TASNIM, List.of(), List.of(), occasion,
                null, reopen ? "talks resumed during the visit" : null);
    }
}
