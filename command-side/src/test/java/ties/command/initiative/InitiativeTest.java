package ties.command.initiative;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ties.command.record.Accepted;
import ties.command.record.InMemoryRecordDirectory;
import ties.fact.PartialDate;
import ties.fact.PartialDate.Precision;
import ties.fact.Rejection;
import ties.initiative.ChangeInitiativeStatus;
import ties.initiative.Completion;
import ties.initiative.CorrectInitiative;
import ties.initiative.InitiativeEvent.InitiativeCorrected;
import ties.initiative.InitiativeEvent.InitiativeProposed;
import ties.initiative.InitiativeEvent.InitiativeStatusChanged;
import ties.initiative.InitiativeEvent.InitiativeWithdrawn;
import ties.initiative.InitiativeEvent.ObstacleRecorded;
import ties.initiative.InitiativeFacts;
import ties.initiative.InitiativeKind;
import ties.initiative.InitiativeStatus;
import ties.initiative.ObstacleFacts;
import ties.initiative.ObstacleKind;
import ties.initiative.ProposeInitiative;
import ties.initiative.RecordObstacle;
import ties.initiative.StatusChange;
import ties.initiative.WithdrawInitiative;
import ties.record.RecordType;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static ties.command.Refusals.refused;
import static ties.command.SeedFacts.*;
import static ties.command.record.Accepted.Outcome.CREATED;
import static ties.command.record.Accepted.Outcome.UNCHANGED;
import static ties.command.record.Accepted.Outcome.UPDATED;
import static ties.fact.Rejection.Kind.CONFLICT;
import static ties.fact.Rejection.Kind.ILLEGAL_TRANSITION;
import static ties.fact.Rejection.Kind.INVALID;
import static ties.fact.Rejection.Kind.UNKNOWN_RECORD;
import static ties.initiative.InitiativeStatus.ABANDONED;
import static ties.initiative.InitiativeStatus.AGREED;
import static ties.initiative.InitiativeStatus.IMPLEMENTED;
import static ties.initiative.InitiativeStatus.IMPLEMENTING;
import static ties.initiative.InitiativeStatus.PROPOSED;
import static ties.initiative.InitiativeStatus.STALLED;
import static ties.initiative.InitiativeStatus.SUSPENDED;
import static ties.initiative.InitiativeStatus.UNDER_DISCUSSION;

@DisplayName("Initiative: proposals such as the joint naval exercises in the Arabian Sea, and their lifecycle")
class InitiativeTest {

    private final InMemoryRecordDirectory directory = seedDirectory();
    private FixtureConfiguration<Initiative> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Initiative.class);
        fixture.registerInjectableResource(directory);
    }

    /** The naval exercises as stored: "recently" resolved against the article's date. */
    private static InitiativeFacts navalExercisesAsRecorded() {
        return navalExercises().withOccurred(resolved("recently"));
    }

    private static InitiativeProposed navalExercisesProposed() {
        return new InitiativeProposed(NAVAL_EXERCISES, navalExercisesAsRecorded());
    }

    /** A move to {@code status} as an editor sends it, reported in the article. */
    private static StatusChange move(InitiativeStatus status) {
        return move(status, null);
    }

    private static StatusChange move(InitiativeStatus status, Completion completion) {
        return new StatusChange(null, status, completion, false, date("recently"), TASNIM, List.of(), List.of(), null, null, null);
    }

    private static ChangeInitiativeStatus changeTo(InitiativeStatus status) {
        return new ChangeInitiativeStatus(NAVAL_EXERCISES, move(status), null);
    }

    private static ChangeInitiativeStatus changeTo(InitiativeStatus status, Completion completion) {
        return new ChangeInitiativeStatus(NAVAL_EXERCISES, move(status, completion), null);
    }

    /** The event of a move from {@code from} to {@code to}, as stored. */
    private static InitiativeStatusChanged moved(InitiativeStatus from, InitiativeStatus to) {
        return moved(from, to, null);
    }

    private static InitiativeStatusChanged moved(InitiativeStatus from, InitiativeStatus to, Completion completion) {
        return new InitiativeStatusChanged(NAVAL_EXERCISES, from,
                move(to, completion).withOccurred(resolved("recently")));
    }

    @Nested
    @DisplayName("proposing")
    class Proposing {

        @Test
        void a_proposal_is_recorded_with_its_date_resolved_against_the_report() {
            fixture.givenNoPriorActivity()
                    .when(new ProposeInitiative(NAVAL_EXERCISES, navalExercises()))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new InitiativeProposed(NAVAL_EXERCISES, navalExercises().withOccurred(
                            new PartialDate("recently", Precision.APPROXIMATE,
                                    LocalDate.of(2024, 10, 15), LocalDate.of(2025, 1, 15)))))
                    .expectResultMessagePayload(new Accepted(NAVAL_EXERCISES, 0, CREATED));
        }

        @Test
        void last_year_is_resolved_to_the_year_before_the_report() {
            InitiativeFacts defenceProduction = new InitiativeFacts("Cooperation in defence production",
                    InitiativeKind.DEFENCE_PRODUCTION, List.of(IRAN, PAKISTAN), MUNIR,
                    "Explored by General Munir in Tehran", date("last year"), List.of(), null, TASNIM);

            fixture.givenNoPriorActivity()
                    .when(new ProposeInitiative("ir-pk-defence-production", defenceProduction))
                    .expectEvents(new InitiativeProposed("ir-pk-defence-production", defenceProduction.withOccurred(
                            new PartialDate("last year", Precision.YEAR,
                                    LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))));
        }

        @Test
        void a_proposal_need_not_name_who_proposed_it() {
            fixture.givenNoPriorActivity()
                    .when(new ProposeInitiative(BORDER_PATROLS, borderPatrols()))
                    .expectEvents(new InitiativeProposed(BORDER_PATROLS, borderPatrols().withOccurred(resolved("recently"))))
                    .expectResultMessagePayload(new Accepted(BORDER_PATROLS, 0, CREATED));
        }

        @Test
        void an_initiative_may_be_between_more_than_two_countries() {
            InitiativeFacts alignment = new InitiativeFacts("Alignment among major Islamic nations",
                    InitiativeKind.MULTILATERAL_ALIGNMENT, List.of(IRAN, PAKISTAN, TURKEY, SAUDI_ARABIA), BAGHERI,
                    "Collectively address regional instability", date("recently"), List.of(), null, TASNIM);

            fixture.givenNoPriorActivity()
                    .when(new ProposeInitiative(ISLAMIC_ALIGNMENT, alignment))
                    .expectEvents(new InitiativeProposed(ISLAMIC_ALIGNMENT, alignment.withOccurred(resolved("recently"))));
        }

        @Test
        void a_retried_proposal_with_the_same_content_changes_nothing() {
            fixture.given(navalExercisesProposed())
                    .when(new ProposeInitiative(NAVAL_EXERCISES, navalExercises()))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(NAVAL_EXERCISES, 0, UNCHANGED));
        }

        @Test
        void a_retried_proposal_answers_with_the_current_version() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, UNDER_DISCUSSION))
                    .when(new ProposeInitiative(NAVAL_EXERCISES, navalExercises()))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(NAVAL_EXERCISES, 1, UNCHANGED));
        }

        @Test
        void a_different_proposal_under_the_same_id_is_a_conflict() {
            fixture.given(navalExercisesProposed())
                    .when(new ProposeInitiative(NAVAL_EXERCISES, borderPatrols()))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, null))
                    .expectExceptionMessage(containsString("already recorded with different content"));
        }

        @Test
        void each_country_is_a_party_once() {
            InitiativeFacts twiceIran = new InitiativeFacts("Joint naval exercises in the Arabian Sea",
                    InitiativeKind.JOINT_EXERCISE, List.of(IRAN, PAKISTAN, IRAN), BAGHERI, null,
                    date("recently"), List.of(), null, TASNIM);

            fixture.givenNoPriorActivity()
                    .when(new ProposeInitiative(NAVAL_EXERCISES, twiceIran))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "initiative.parties"));
        }

        @Test
        void the_proposer_must_be_a_recorded_actor() {
            InitiativeFacts byStranger = new InitiativeFacts("Joint naval exercises in the Arabian Sea",
                    InitiativeKind.JOINT_EXERCISE, List.of(IRAN, PAKISTAN), "hossein-baqeri", null,
                    date("recently"), List.of(), null, TASNIM);

            fixture.givenNoPriorActivity()
                    .when(new ProposeInitiative(NAVAL_EXERCISES, byStranger))
                    .expectNoEvents()
                    .expectException(refused(UNKNOWN_RECORD, "initiative.proposedBy"))
                    .expectExceptionMessage("no actor 'hossein-baqeri' is recorded");
        }

        @Test
        void the_proposer_must_be_an_actor_not_another_kind_of_record() {
            InitiativeFacts byVisit = new InitiativeFacts("Joint naval exercises in the Arabian Sea",
                    InitiativeKind.JOINT_EXERCISE, List.of(IRAN, PAKISTAN), ISLAMABAD_VISIT, null,
                    date("recently"), List.of(), null, TASNIM);

            fixture.givenNoPriorActivity()
                    .when(new ProposeInitiative(NAVAL_EXERCISES, byVisit))
                    .expectException(refused(UNKNOWN_RECORD, "initiative.proposedBy"));
        }

        @Test
        void a_withdrawn_proposer_cannot_be_referred_to() {
            directory.withdrawn(RecordType.ACTOR, BAGHERI);

            fixture.givenNoPriorActivity()
                    .when(new ProposeInitiative(NAVAL_EXERCISES, navalExercises()))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT))
                    .expectExceptionMessage(containsString("was withdrawn"));
        }

        @Test
        void the_statements_making_the_proposal_must_be_recorded() {
            InitiativeFacts unknownStatement = new InitiativeFacts("Joint naval exercises in the Arabian Sea",
                    InitiativeKind.JOINT_EXERCISE, List.of(IRAN, PAKISTAN), BAGHERI, null,
                    date("recently"), List.of(NAVAL_PROPOSAL, "bagheri-unreported-remark"), null, TASNIM);

            fixture.givenNoPriorActivity()
                    .when(new ProposeInitiative(NAVAL_EXERCISES, unknownStatement))
                    .expectNoEvents()
                    .expectException(refused(UNKNOWN_RECORD, "initiative.statementIds"));
        }

        @Test
        void a_withdrawn_statement_cannot_be_referred_to() {
            directory.withdrawn(RecordType.STATEMENT, NAVAL_PROPOSAL);

            fixture.givenNoPriorActivity()
                    .when(new ProposeInitiative(NAVAL_EXERCISES, navalExercises()))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT));
        }

        @Test
        void a_date_that_does_not_exist_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new ProposeInitiative(NAVAL_EXERCISES, navalExercises().withOccurred(date("2018-02-30"))))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "initiative.occurred"))
                    .expectExceptionMessage(containsString("is not a date that exists"));
        }

        @Test
        void a_date_after_the_report_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new ProposeInitiative(NAVAL_EXERCISES, navalExercises().withOccurred(date("2025-02-01"))))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "initiative.occurred"))
                    .expectExceptionMessage(containsString("after the report date 2025-01-15"));
        }

        @Test
        void a_date_phrase_that_is_not_understood_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new ProposeInitiative(NAVAL_EXERCISES, navalExercises().withOccurred(date("soon"))))
                    .expectException(refused(INVALID, "initiative.occurred"));
        }
    }

    @Nested
    @DisplayName("moving along the lifecycle")
    class Lifecycle {

        @Test
        void an_initiative_moves_forward_one_step() {
            fixture.given(navalExercisesProposed())
                    .when(changeTo(UNDER_DISCUSSION))
                    .expectEvents(new InitiativeStatusChanged(NAVAL_EXERCISES, PROPOSED,
                            move(UNDER_DISCUSSION).withOccurred(new PartialDate("recently", Precision.APPROXIMATE,
                                    LocalDate.of(2024, 10, 15), LocalDate.of(2025, 1, 15)))))
                    .expectResultMessagePayload(new Accepted(NAVAL_EXERCISES, 1, UPDATED));
        }

        @Test
        void an_initiative_may_skip_steps_because_first_reports_arrive_midway() {
            fixture.given(navalExercisesProposed())
                    .when(changeTo(AGREED))
                    .expectEvents(moved(PROPOSED, AGREED));
        }

        @Test
        void an_initiative_may_go_straight_to_implemented() {
            fixture.given(navalExercisesProposed())
                    .when(changeTo(IMPLEMENTED, Completion.PARTIAL))
                    .expectEvents(moved(PROPOSED, IMPLEMENTED, Completion.PARTIAL));
        }

        @Test
        void the_version_counts_every_change() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, UNDER_DISCUSSION), moved(UNDER_DISCUSSION, AGREED))
                    .when(changeTo(IMPLEMENTING))
                    .expectEvents(moved(AGREED, IMPLEMENTING))
                    .expectResultMessagePayload(new Accepted(NAVAL_EXERCISES, 3, UPDATED));
        }

        @Test
        void an_initiative_never_moves_backward_along_the_main_line() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, AGREED))
                    .when(changeTo(UNDER_DISCUSSION))
                    .expectNoEvents()
                    .expectException(refused(ILLEGAL_TRANSITION, "status"))
                    .expectExceptionMessage("initiative 'ir-pk-joint-naval-exercises' is agreed: cannot go back from "
                            + "agreed to under discussion; correct the record if the earlier status was wrong");
        }

        @Test
        void an_agreed_initiative_cannot_return_to_proposed() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, AGREED))
                    .when(changeTo(PROPOSED))
                    .expectException(refused(ILLEGAL_TRANSITION, "status"));
        }

        @Test
        void moving_to_the_status_it_already_has_is_refused() {
            fixture.given(navalExercisesProposed())
                    .when(changeTo(PROPOSED))
                    .expectNoEvents()
                    .expectException(refused(ILLEGAL_TRANSITION, "status"))
                    .expectExceptionMessage(containsString("already proposed"));
        }

        @Test
        void a_discussion_may_stall() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, UNDER_DISCUSSION))
                    .when(changeTo(STALLED))
                    .expectEvents(moved(UNDER_DISCUSSION, STALLED));
        }

        @Test
        void an_agreed_initiative_may_be_suspended() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, AGREED))
                    .when(changeTo(SUSPENDED))
                    .expectEvents(moved(AGREED, SUSPENDED));
        }

        @Test
        void an_initiative_being_implemented_may_be_abandoned() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, IMPLEMENTING))
                    .when(changeTo(ABANDONED))
                    .expectEvents(moved(IMPLEMENTING, ABANDONED));
        }

        @Test
        void a_stalled_initiative_resumes_where_it_was() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, AGREED), moved(AGREED, STALLED))
                    .when(changeTo(AGREED))
                    .expectEvents(moved(STALLED, AGREED));
        }

        @Test
        void a_stalled_initiative_may_resume_further_on() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, AGREED), moved(AGREED, STALLED))
                    .when(changeTo(IMPLEMENTING))
                    .expectEvents(moved(STALLED, IMPLEMENTING));
        }

        @Test
        void a_stalled_initiative_does_not_resume_before_where_it_was() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, AGREED), moved(AGREED, STALLED))
                    .when(changeTo(UNDER_DISCUSSION))
                    .expectNoEvents()
                    .expectException(refused(ILLEGAL_TRANSITION, "status"))
                    .expectExceptionMessage(containsString("resumes at agreed or further on, not at under discussion"));
        }

        @Test
        void a_suspended_initiative_does_not_resume_before_where_it_was() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, IMPLEMENTING), moved(IMPLEMENTING, SUSPENDED))
                    .when(changeTo(AGREED))
                    .expectException(refused(ILLEGAL_TRANSITION, "status"));
        }

        @Test
        void a_suspended_initiative_resumes_where_it_was() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, IMPLEMENTING), moved(IMPLEMENTING, SUSPENDED))
                    .when(changeTo(IMPLEMENTING))
                    .expectEvents(moved(SUSPENDED, IMPLEMENTING));
        }

        @Test
        void a_stalled_initiative_may_be_suspended_or_abandoned() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, UNDER_DISCUSSION), moved(UNDER_DISCUSSION, STALLED))
                    .when(changeTo(ABANDONED))
                    .expectEvents(moved(STALLED, ABANDONED));
        }

        @Test
        void a_stalled_initiative_may_be_suspended() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, UNDER_DISCUSSION), moved(UNDER_DISCUSSION, STALLED))
                    .when(changeTo(SUSPENDED))
                    .expectEvents(moved(STALLED, SUSPENDED));
        }

        @Test
        void the_step_to_resume_from_survives_several_side_states() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, AGREED), moved(AGREED, STALLED),
                            moved(STALLED, SUSPENDED))
                    .when(changeTo(UNDER_DISCUSSION))
                    .expectException(refused(ILLEGAL_TRANSITION, "status"));
        }

        @Test
        void an_abandoned_initiative_may_be_revived_onto_the_main_line_at_any_step() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, AGREED), moved(AGREED, ABANDONED))
                    .when(changeTo(PROPOSED))
                    .expectEvents(moved(ABANDONED, PROPOSED));
        }

        @Test
        void an_abandoned_initiative_cannot_stall() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, ABANDONED))
                    .when(changeTo(STALLED))
                    .expectNoEvents()
                    .expectException(refused(ILLEGAL_TRANSITION, "status"))
                    .expectExceptionMessage(containsString("only be revived onto the main line, not stalled"));
        }

        @Test
        void an_abandoned_initiative_is_not_abandoned_again() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, ABANDONED))
                    .when(changeTo(ABANDONED))
                    .expectException(refused(ILLEGAL_TRANSITION, "status"));
        }

        @Test
        void a_partial_implementation_may_become_full() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, IMPLEMENTED, Completion.PARTIAL))
                    .when(changeTo(IMPLEMENTED, Completion.FULL))
                    .expectEvents(moved(IMPLEMENTED, IMPLEMENTED, Completion.FULL));
        }

        @Test
        void a_full_implementation_is_final() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, IMPLEMENTED, Completion.FULL))
                    .when(changeTo(IMPLEMENTED, Completion.FULL))
                    .expectNoEvents()
                    .expectException(refused(ILLEGAL_TRANSITION, "status"))
                    .expectExceptionMessage(containsString("an implemented initiative is final"));
        }

        @Test
        void a_full_implementation_does_not_become_partial() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, IMPLEMENTED, Completion.FULL))
                    .when(changeTo(IMPLEMENTED, Completion.PARTIAL))
                    .expectException(refused(ILLEGAL_TRANSITION, "status"));
        }

        @Test
        void a_partial_implementation_is_not_partial_again() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, IMPLEMENTED, Completion.PARTIAL))
                    .when(changeTo(IMPLEMENTED, Completion.PARTIAL))
                    .expectException(refused(ILLEGAL_TRANSITION, "status"));
        }

        @Test
        void an_implemented_initiative_cannot_stall_or_be_abandoned() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, IMPLEMENTED, Completion.PARTIAL))
                    .when(changeTo(ABANDONED))
                    .expectException(refused(ILLEGAL_TRANSITION, "status"));
        }

        @Test
        void becoming_implemented_requires_a_completion() {
            fixture.given(navalExercisesProposed(), moved(PROPOSED, IMPLEMENTING))
                    .when(changeTo(IMPLEMENTED))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "change.completion"));
        }

        @Test
        void a_completion_is_refused_for_any_status_but_implemented() {
            fixture.given(navalExercisesProposed())
                    .when(changeTo(AGREED, Completion.FULL))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "change.completion"));
        }

        @Test
        void the_date_of_a_move_must_not_lie_after_the_report() {
            StatusChange future = move(AGREED).withOccurred(date("2025-03-01"));

            fixture.given(navalExercisesProposed())
                    .when(new ChangeInitiativeStatus(NAVAL_EXERCISES, future, null))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "change.occurred"));
        }

        @Test
        void the_date_of_a_move_must_exist() {
            StatusChange impossible = move(AGREED).withOccurred(date("2018-02-30"));

            fixture.given(navalExercisesProposed())
                    .when(new ChangeInitiativeStatus(NAVAL_EXERCISES, impossible, null))
                    .expectException(refused(INVALID, "change.occurred"));
        }

        @Test
        void a_move_carries_its_evidence() {
            StatusChange discussed = new StatusChange(null, UNDER_DISCUSSION, null, false, date("recently"), TASNIM,
                    List.of(NAVAL_PROPOSAL), List.of(), null, null, "Discussed with General Munir in Islamabad");

            fixture.given(navalExercisesProposed())
                    .when(new ChangeInitiativeStatus(NAVAL_EXERCISES, discussed, null))
                    .expectEvents(new InitiativeStatusChanged(NAVAL_EXERCISES, PROPOSED,
                            discussed.withOccurred(resolved("recently"))));
        }

        @Test
        void a_move_sent_again_under_its_change_id_changes_nothing() {
            StatusChange discussed = new StatusChange("naval-exercises-discussed", UNDER_DISCUSSION, null, false,
                    date("recently"), TASNIM, List.of(), List.of(), null, null, null);
            InitiativeStatusChanged recorded = new InitiativeStatusChanged(NAVAL_EXERCISES, PROPOSED,
                    discussed.withOccurred(resolved("recently")));

            fixture.given(navalExercisesProposed(), recorded)
                    .when(new ChangeInitiativeStatus(NAVAL_EXERCISES, discussed, null))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(NAVAL_EXERCISES, 1, UNCHANGED));
        }

        @Test
        void a_different_move_under_a_used_change_id_is_a_conflict() {
            StatusChange discussed = new StatusChange("naval-exercises-discussed", UNDER_DISCUSSION, null, false,
                    date("recently"), TASNIM, List.of(), List.of(), null, null, null);
            StatusChange agreedUnderSameId = new StatusChange("naval-exercises-discussed", AGREED, null, false,
                    date("recently"), TASNIM, List.of(), List.of(), null, null, null);

            fixture.given(navalExercisesProposed(),
                            new InitiativeStatusChanged(NAVAL_EXERCISES, PROPOSED, discussed.withOccurred(resolved("recently"))))
                    .when(new ChangeInitiativeStatus(NAVAL_EXERCISES, agreedUnderSameId, null))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT));
        }

        @Test
        void an_agreement_may_be_the_evidence_of_a_move() {
            StatusChange agreed = new StatusChange(null, AGREED, null, false, date("2018"), TASNIM, List.of(),
                    List.of(AGREEMENTS_2018), null, null, null);

            fixture.given(navalExercisesProposed())
                    .when(new ChangeInitiativeStatus(NAVAL_EXERCISES, agreed, null))
                    .expectEvents(new InitiativeStatusChanged(NAVAL_EXERCISES, PROPOSED, agreed.withOccurred(
                            new PartialDate("2018", Precision.YEAR, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)))));
        }

        @Test
        void evidence_from_an_unknown_statement_is_refused() {
            StatusChange discussed = new StatusChange(null, UNDER_DISCUSSION, null, false, date("recently"), TASNIM,
                    List.of("munir-naval-remark"), List.of(), null, null, null);

            fixture.given(navalExercisesProposed())
                    .when(new ChangeInitiativeStatus(NAVAL_EXERCISES, discussed, null))
                    .expectNoEvents()
                    .expectException(refused(UNKNOWN_RECORD, "change.statementIds"));
        }

        @Test
        void evidence_from_an_unknown_agreement_is_refused() {
            StatusChange agreed = new StatusChange(null, AGREED, null, false, date("recently"), TASNIM, List.of(),
                    List.of("ir-pk-naval-exercise-agreement"), null, null, null);

            fixture.given(navalExercisesProposed())
                    .when(new ChangeInitiativeStatus(NAVAL_EXERCISES, agreed, null))
                    .expectNoEvents()
                    .expectException(refused(UNKNOWN_RECORD, "change.agreementIds"));
        }

        @Test
        void evidence_from_a_withdrawn_agreement_is_refused() {
            directory.withdrawn(RecordType.AGREEMENT, AGREEMENTS_2018);
            StatusChange agreed = new StatusChange(null, AGREED, null, false, date("2018"), TASNIM, List.of(),
                    List.of(AGREEMENTS_2018), null, null, null);

            fixture.given(navalExercisesProposed())
                    .when(new ChangeInitiativeStatus(NAVAL_EXERCISES, agreed, null))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT));
        }

        @Test
        void a_withdrawn_initiative_does_not_move() {
            fixture.given(navalExercisesProposed(), new InitiativeWithdrawn(NAVAL_EXERCISES, "duplicate record"))
                    .when(changeTo(UNDER_DISCUSSION))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, null))
                    .expectExceptionMessage(containsString("was withdrawn"));
        }
    }

    @Nested
    @DisplayName("obstacles")
    class Obstacles {

        @Test
        void an_obstacle_is_recorded_with_its_date_resolved() {
            fixture.given(navalExercisesProposed())
                    .when(new RecordObstacle(NAVAL_EXERCISES, SANCTIONS, sanctions()))
                    .expectEvents(new ObstacleRecorded(NAVAL_EXERCISES, SANCTIONS,
                            sanctions().withOccurred(resolved("recently"))))
                    .expectResultMessagePayload(new Accepted(NAVAL_EXERCISES, 1, UPDATED));
        }

        @Test
        void an_initiative_may_face_several_obstacles() {
            fixture.given(navalExercisesProposed(),
                            new ObstacleRecorded(NAVAL_EXERCISES, SANCTIONS, sanctions().withOccurred(resolved("recently"))))
                    .when(new RecordObstacle(NAVAL_EXERCISES, DIFFERING_PRIORITIES, differingPriorities()))
                    .expectEvents(new ObstacleRecorded(NAVAL_EXERCISES, DIFFERING_PRIORITIES,
                            differingPriorities().withOccurred(resolved("recently"))))
                    .expectResultMessagePayload(new Accepted(NAVAL_EXERCISES, 2, UPDATED));
        }

        @Test
        void a_retried_obstacle_changes_nothing() {
            fixture.given(navalExercisesProposed(),
                            new ObstacleRecorded(NAVAL_EXERCISES, SANCTIONS, sanctions().withOccurred(resolved("recently"))))
                    .when(new RecordObstacle(NAVAL_EXERCISES, SANCTIONS, sanctions()))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(NAVAL_EXERCISES, 1, UNCHANGED));
        }

        @Test
        void a_different_obstacle_under_the_same_id_is_a_conflict() {
            ObstacleFacts pressure = new ObstacleFacts(ObstacleKind.INTERNATIONAL_PRESSURE,
                    "The 2018 efforts faced hurdles due to international pressures", date("2018"), TASNIM);

            fixture.given(navalExercisesProposed(),
                            new ObstacleRecorded(NAVAL_EXERCISES, SANCTIONS, sanctions().withOccurred(resolved("recently"))))
                    .when(new RecordObstacle(NAVAL_EXERCISES, SANCTIONS, pressure))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, null))
                    .expectExceptionMessage("obstacle 'sanctions-on-iran' is already recorded with different content");
        }

        @Test
        void an_obstacle_dated_after_the_report_is_refused() {
            fixture.given(navalExercisesProposed())
                    .when(new RecordObstacle(NAVAL_EXERCISES, SANCTIONS, sanctions().withOccurred(date("2026"))))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "obstacle.occurred"));
        }

        @Test
        void a_withdrawn_initiative_gets_no_obstacles() {
            fixture.given(navalExercisesProposed(), new InitiativeWithdrawn(NAVAL_EXERCISES, "duplicate record"))
                    .when(new RecordObstacle(NAVAL_EXERCISES, SANCTIONS, sanctions()))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT));
        }
    }

    @Nested
    @DisplayName("correcting and withdrawing")
    class CorrectingAndWithdrawing {

        private static final String REASON = "Tasnim names the Arabian Sea, not the Gulf of Oman";

        @Test
        void a_correction_carries_the_previous_and_corrected_facts_and_the_reason() {
            InitiativeFacts previous = new InitiativeFacts("Joint naval exercises in the Gulf of Oman",
                    InitiativeKind.JOINT_EXERCISE, List.of(IRAN, PAKISTAN), BAGHERI, null,
                    resolved("recently"), List.of(), null, TASNIM);

            fixture.given(new InitiativeProposed(NAVAL_EXERCISES, previous))
                    .when(new CorrectInitiative(NAVAL_EXERCISES, REASON, navalExercises(), 0L))
                    .expectEvents(new InitiativeCorrected(NAVAL_EXERCISES, previous, navalExercisesAsRecorded(), REASON))
                    .expectResultMessagePayload(new Accepted(NAVAL_EXERCISES, 1, UPDATED));
        }

        @Test
        void a_later_correction_starts_from_the_last_corrected_facts() {
            InitiativeFacts first = navalExercisesAsRecorded();
            InitiativeFacts second = new InitiativeFacts(first.title(), first.kind(), first.parties(), first.proposedBy(),
                    "Joint naval exercises in the Arabian Sea, to demonstrate regional influence",
                    first.occurred(), first.statementIds(), null, first.provenance());

            fixture.given(navalExercisesProposed(), new InitiativeCorrected(NAVAL_EXERCISES, first, second, REASON))
                    .when(new CorrectInitiative(NAVAL_EXERCISES, "back to the article's wording", navalExercises(), 1L))
                    .expectEvents(new InitiativeCorrected(NAVAL_EXERCISES, second, first, "back to the article's wording"));
        }

        @Test
        void correcting_to_the_facts_already_recorded_changes_nothing() {
            fixture.given(navalExercisesProposed())
                    .when(new CorrectInitiative(NAVAL_EXERCISES, REASON, navalExercises(), null))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(NAVAL_EXERCISES, 0, UNCHANGED));
        }

        @Test
        void a_correction_may_not_name_an_unknown_proposer() {
            InitiativeFacts corrected = new InitiativeFacts("Joint naval exercises in the Arabian Sea",
                    InitiativeKind.JOINT_EXERCISE, List.of(IRAN, PAKISTAN), "hossein-baqeri", null,
                    date("recently"), List.of(), null, TASNIM);

            fixture.given(navalExercisesProposed())
                    .when(new CorrectInitiative(NAVAL_EXERCISES, REASON, corrected, null))
                    .expectNoEvents()
                    .expectException(refused(UNKNOWN_RECORD, "corrected.proposedBy"));
        }

        @Test
        void a_correction_may_not_name_an_unknown_statement() {
            InitiativeFacts corrected = new InitiativeFacts("Joint naval exercises in the Arabian Sea",
                    InitiativeKind.JOINT_EXERCISE, List.of(IRAN, PAKISTAN), BAGHERI, null,
                    date("recently"), List.of("bagheri-unreported-remark"), null, TASNIM);

            fixture.given(navalExercisesProposed())
                    .when(new CorrectInitiative(NAVAL_EXERCISES, REASON, corrected, null))
                    .expectException(refused(UNKNOWN_RECORD, "corrected.statementIds"));
        }

        @Test
        void a_correction_to_a_date_after_the_report_is_refused() {
            fixture.given(navalExercisesProposed())
                    .when(new CorrectInitiative(NAVAL_EXERCISES, REASON, navalExercises().withOccurred(date("2025-06")), null))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "corrected.occurred"));
        }

        @Test
        void a_correction_may_not_list_a_country_twice() {
            InitiativeFacts twiceIran = new InitiativeFacts("Joint naval exercises in the Arabian Sea",
                    InitiativeKind.JOINT_EXERCISE, List.of(IRAN, PAKISTAN, IRAN), BAGHERI, null,
                    date("recently"), List.of(), null, TASNIM);

            fixture.given(navalExercisesProposed())
                    .when(new CorrectInitiative(NAVAL_EXERCISES, REASON, twiceIran, null))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "corrected.parties"));
        }

        @Test
        void a_withdrawn_initiative_cannot_be_corrected() {
            fixture.given(navalExercisesProposed(), new InitiativeWithdrawn(NAVAL_EXERCISES, "duplicate record"))
                    .when(new CorrectInitiative(NAVAL_EXERCISES, REASON, borderPatrols(), null))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, null))
                    .expectExceptionMessage("initiative 'ir-pk-joint-naval-exercises' was withdrawn; it can no longer change");
        }

        @Test
        void a_withdrawn_initiative_cannot_be_corrected_even_to_identical_facts() {
            fixture.given(navalExercisesProposed(), new InitiativeWithdrawn(NAVAL_EXERCISES, "duplicate record"))
                    .when(new CorrectInitiative(NAVAL_EXERCISES, REASON, navalExercises(), null))
                    .expectException(refused(CONFLICT));
        }

        @Test
        void withdrawing_records_the_reason() {
            fixture.given(navalExercisesProposed())
                    .when(new WithdrawInitiative(NAVAL_EXERCISES, "recorded twice; see ir-pk-naval-drills", null))
                    .expectEvents(new InitiativeWithdrawn(NAVAL_EXERCISES, "recorded twice; see ir-pk-naval-drills"))
                    .expectResultMessagePayload(new Accepted(NAVAL_EXERCISES, 1, UPDATED));
        }

        @Test
        void withdrawing_twice_changes_nothing() {
            fixture.given(navalExercisesProposed(), new InitiativeWithdrawn(NAVAL_EXERCISES, "duplicate record"))
                    .when(new WithdrawInitiative(NAVAL_EXERCISES, "duplicate record", null))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(NAVAL_EXERCISES, 1, UNCHANGED));
        }
    }
}
