package ties.command.initiative;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ties.command.record.Accepted;
import ties.command.record.InMemoryRecordDirectory;
import ties.initiative.ChangeInitiativeStatus;
import ties.initiative.InitiativeEvent.InitiativeProposed;
import ties.initiative.InitiativeEvent.InitiativeStatusChanged;
import ties.initiative.InitiativeStatus;
import ties.initiative.StatusChange;
import ties.record.RecordRef;
import ties.record.RecordType;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static ties.command.Refusals.refused;
import static ties.command.SeedFacts.*;
import static ties.command.record.Accepted.Outcome.UPDATED;
import static ties.fact.Rejection.Kind.ILLEGAL_TRANSITION;
import static ties.fact.Rejection.Kind.INVALID;
import static ties.fact.Rejection.Kind.UNKNOWN_RECORD;
import static ties.initiative.InitiativeStatus.AGREED;
import static ties.initiative.InitiativeStatus.IMPLEMENTING;
import static ties.initiative.InitiativeStatus.PROPOSED;
import static ties.initiative.InitiativeStatus.STALLED;
import static ties.initiative.InitiativeStatus.SUSPENDED;
import static ties.initiative.InitiativeStatus.UNDER_DISCUSSION;

/**
 * The 2018 agreements on military training were reached, then stalled under sanctions; during Bagheri's
 * 2025 visit to Islamabad the two sides discussed military training again: talks resumed.
 */
@DisplayName("Initiative: reopening stalled talks, and citing the visit that produced a move")
class ReopeningTest {

    private static final String RESUMED = "talks on military training resumed during Bagheri's visit to Islamabad";
    private static final RecordRef DURING_THE_VISIT = new RecordRef(RecordType.VISIT, ISLAMABAD_VISIT);

    private final InMemoryRecordDirectory directory = seedDirectory();
    private FixtureConfiguration<Initiative> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Initiative.class);
        fixture.registerInjectableResource(directory);
    }

    private static StatusChange move(InitiativeStatus status, boolean reopen, RecordRef occasion, String note) {
        return new StatusChange(null, status, null, reopen, date("recently"), TASNIM, List.of(), List.of(), occasion,
                null, note);
    }

    private static InitiativeStatusChanged moved(InitiativeStatus from, StatusChange change) {
        return new InitiativeStatusChanged(NAVAL_EXERCISES, from, change.withOccurred(resolved("recently")));
    }

    /** Proposed, agreed in 2018, stalled since. */
    private Object[] agreedThenStalled() {
        return new Object[]{
                new InitiativeProposed(NAVAL_EXERCISES, navalExercises().withOccurred(resolved("recently"))),
                moved(PROPOSED, move(AGREED, false, null, null)),
                moved(AGREED, move(STALLED, false, null, null))};
    }

    private ChangeInitiativeStatus send(StatusChange change) {
        return new ChangeInitiativeStatus(NAVAL_EXERCISES, change, null);
    }

    @Nested
    @DisplayName("reopening")
    class Reopening {

        @Test
        void a_stalled_initiative_is_reopened_at_an_earlier_main_line_status_with_its_reason() {
            StatusChange resumed = move(UNDER_DISCUSSION, true, DURING_THE_VISIT, RESUMED);
            fixture.given(agreedThenStalled())
                    .when(send(resumed))
                    .expectEvents(moved(STALLED, resumed))
                    .expectResultMessagePayload(new Accepted(NAVAL_EXERCISES, 3, UPDATED));
        }

        @Test
        void a_suspended_initiative_may_be_reopened_too() {
            StatusChange resumed = move(PROPOSED, true, null, "proposed again after the suspension was lifted");
            fixture.given(agreedThenStalled())
                    .andGiven(moved(STALLED, move(SUSPENDED, false, null, null)))
                    .when(send(resumed))
                    .expectEvents(moved(SUSPENDED, resumed));
        }

        @Test
        void a_reopened_initiative_moves_on_from_where_it_was_reopened() {
            StatusChange resumed = move(UNDER_DISCUSSION, true, null, RESUMED);
            StatusChange agreedAgain = move(AGREED, false, null, null);
            fixture.given(agreedThenStalled())
                    .andGiven(moved(STALLED, resumed))
                    .when(send(agreedAgain))
                    .expectEvents(moved(UNDER_DISCUSSION, agreedAgain));
        }

        @Test
        void a_reopening_says_why() {
            fixture.given(agreedThenStalled())
                    .when(send(move(UNDER_DISCUSSION, true, null, " ")))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "change.note"));
        }

        @Test
        void going_back_along_the_main_line_stays_refused_even_as_a_reopening() {
            fixture.given(agreedThenStalled()[0], agreedThenStalled()[1])
                    .when(send(move(UNDER_DISCUSSION, true, null, RESUMED)))
                    .expectNoEvents()
                    .expectException(refused(ILLEGAL_TRANSITION))
                    .expectExceptionMessage(containsString("only a stalled, suspended or abandoned initiative can be reopened"));
        }

        @Test
        void going_back_without_reopening_stays_refused() {
            fixture.given(agreedThenStalled())
                    .when(send(move(UNDER_DISCUSSION, false, null, RESUMED)))
                    .expectNoEvents()
                    .expectException(refused(ILLEGAL_TRANSITION))
                    .expectExceptionMessage(containsString("resumes at agreed or further on"));
        }

        @Test
        void resuming_where_it_stood_is_an_ordinary_move_not_a_reopening() {
            fixture.given(agreedThenStalled())
                    .when(send(move(IMPLEMENTING, true, null, RESUMED)))
                    .expectNoEvents()
                    .expectException(refused(ILLEGAL_TRANSITION))
                    .expectExceptionMessage(containsString("without reopening"));
        }

        @Test
        void an_initiative_is_reopened_on_the_main_line() {
            fixture.given(agreedThenStalled())
                    .when(send(move(SUSPENDED, true, null, RESUMED)))
                    .expectNoEvents()
                    .expectException(refused(ILLEGAL_TRANSITION));
        }
    }

    @Nested
    @DisplayName("citing the occasion")
    class Occasion {

        @Test
        void a_move_cites_the_visit_during_which_it_happened() {
            StatusChange discussed = move(UNDER_DISCUSSION, false, DURING_THE_VISIT, null);
            fixture.given(agreedThenStalled()[0])
                    .when(send(discussed))
                    .expectEvents(moved(PROPOSED, discussed));
        }

        @Test
        void an_unknown_visit_is_refused() {
            fixture.given(agreedThenStalled()[0])
                    .when(send(move(UNDER_DISCUSSION, false, new RecordRef(RecordType.VISIT, "bagheri-visit-2030"), null)))
                    .expectNoEvents()
                    .expectException(refused(UNKNOWN_RECORD, "change.occasion.id"))
                    .expectExceptionMessage("no visit 'bagheri-visit-2030' is recorded");
        }

        @Test
        void an_id_of_another_kind_is_not_that_visit() {
            fixture.given(agreedThenStalled()[0])
                    .when(send(move(UNDER_DISCUSSION, false, new RecordRef(RecordType.VISIT, APPRECIATION_QUOTE), null)))
                    .expectNoEvents()
                    .expectException(refused(UNKNOWN_RECORD, "change.occasion.id"));
        }

        @Test
        void a_statement_is_evidence_but_not_an_occasion() {
            fixture.given(agreedThenStalled()[0])
                    .when(send(move(UNDER_DISCUSSION, false, new RecordRef(RecordType.STATEMENT, APPRECIATION_QUOTE), null)))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "change.occasion.type"));
        }
    }
}
