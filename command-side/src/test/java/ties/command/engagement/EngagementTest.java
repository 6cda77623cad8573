package ties.command.engagement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ties.actor.ActorKind;
import ties.command.record.Accepted;
import ties.command.record.InMemoryRecordDirectory;
import ties.engagement.ChangeEngagementState;
import ties.engagement.CorrectEngagement;
import ties.engagement.EngagementEvent.EngagementCorrected;
import ties.engagement.EngagementEvent.EngagementRecorded;
import ties.engagement.EngagementEvent.EngagementStateChanged;
import ties.engagement.EngagementEvent.EngagementWithdrawn;
import ties.engagement.EngagementFacts;
import ties.engagement.EngagementKind;
import ties.engagement.EngagementState;
import ties.engagement.Participant;
import ties.engagement.ParticipationRole;
import ties.engagement.Place;
import ties.engagement.RecordEngagement;
import ties.engagement.Series;
import ties.engagement.StateChange;
import ties.engagement.WithdrawEngagement;
import ties.fact.Confidence;
import ties.fact.CountryCode;
import ties.fact.PartialDate;
import ties.fact.Provenance;
import ties.fact.Source;
import ties.record.RecordType;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static ties.command.Refusals.refused;
import static ties.command.record.Accepted.Outcome.CREATED;
import static ties.command.record.Accepted.Outcome.UNCHANGED;
import static ties.command.record.Accepted.Outcome.UPDATED;
import static ties.fact.Rejection.Kind.CONFLICT;
import static ties.fact.Rejection.Kind.ILLEGAL_TRANSITION;
import static ties.fact.Rejection.Kind.INVALID;
import static ties.fact.Rejection.Kind.UNKNOWN_RECORD;

@DisplayName("Engagement: the 8th Pakistan–Iran naval exercise off Karachi, Turkey observing for the first time")
class EngagementTest {

    static final LocalDate REPORTED_ON = LocalDate.of(2025, 3, 11);
    static final Provenance DAWN = Provenance.of(Confidence.HIGH, new Source("Dawn", "https://www.dawn.com/news/1896000",
            null, REPORTED_ON, List.of("ISPR")));
    static final Provenance EARLIER_REPORT = Provenance.of(Confidence.MEDIUM, new Source("The Express Tribune", null,
            null, LocalDate.of(2025, 2, 20), List.of()));

    static final String EXERCISE = "pk-ir-naval-exercise-8";
    static final String PAKISTAN_NAVY = "pakistan-navy";
    static final String IRAN_NAVY = "iran-navy";
    static final String TURKEY = "turkey";

    static final Participant HOST = new Participant(PAKISTAN_NAVY, ParticipationRole.HOST, null, null);
    static final Participant GUEST = new Participant(IRAN_NAVY, ParticipationRole.PARTICIPANT, null,
            "the destroyer Jamaran and a support ship");
    static final Participant OBSERVER = new Participant(TURKEY, ParticipationRole.OBSERVER, true, null);

    private final InMemoryRecordDirectory directory = new InMemoryRecordDirectory()
            .actor(PAKISTAN_NAVY, ActorKind.ARMED_FORCES, CountryCode.of("PK"), "Pakistan Navy")
            .actor(IRAN_NAVY, ActorKind.ARMED_FORCES, CountryCode.of("IR"), "Islamic Republic of Iran Navy")
            .actor(TURKEY, ActorKind.COUNTRY, CountryCode.of("TR"), "Turkey");
    private FixtureConfiguration<Engagement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Engagement.class);
        fixture.registerInjectableResource(directory);
    }

    /** The exercise as the editor sends it: dates as the report words them. */
    static EngagementFacts exercise(EngagementState state, String start, String end, Participant... participants) {
        return new EngagementFacts(EngagementKind.EXERCISE, "8th Pakistan–Iran bilateral naval exercise",
                new Series("pk-ir-naval-exercise", "Pakistan–Iran bilateral naval exercise"), 8,
                new Place("off Karachi", CountryCode.of("PK")), PartialDate.of(start), end == null ? null : PartialDate.of(end),
                state, List.of(participants), "Drills in anti-piracy, search and rescue and maritime security",
                state == EngagementState.HELD ? DAWN : EARLIER_REPORT);
    }

    static EngagementFacts held() {
        return exercise(EngagementState.HELD, "6 March 2025", "10 March 2025", HOST, GUEST, OBSERVER);
    }

    static EngagementFacts resolved(EngagementFacts facts) {
        LocalDate reportedOn = facts.provenance().reportedOn();
        PartialDate.Tense tense = facts.state().planned() ? PartialDate.Tense.PLANNED : PartialDate.Tense.DONE;
        return facts.withDates(PartialDate.resolved(facts.start().text(), reportedOn, tense),
                facts.end() == null ? null : PartialDate.resolved(facts.end().text(), reportedOn, tense));
    }

    private static EngagementRecorded recorded(EngagementFacts facts) {
        return new EngagementRecorded(EXERCISE, resolved(facts));
    }

    /** Announced in February for "March 2025", a month already begun by the report. */
    private static EngagementFacts plannedForMarch() {
        return exercise(EngagementState.PLANNED, "February 2025", null, HOST, GUEST);
    }

    private static StateChange change(String changeId, EngagementState state, String start, String end) {
        return new StateChange(changeId, state, PartialDate.of("10 March 2025"), start == null ? null : PartialDate.of(start),
                end == null ? null : PartialDate.of(end), DAWN, null);
    }

    private static StateChange resolvedChange(StateChange change) {
        PartialDate.Tense tense = change.state().planned() ? PartialDate.Tense.PLANNED : PartialDate.Tense.DONE;
        return change.withDates(date(change.occurred(), PartialDate.Tense.DONE), date(change.start(), tense),
                date(change.end(), tense));
    }

    private static PartialDate date(PartialDate date, PartialDate.Tense tense) {
        return date == null ? null : PartialDate.resolved(date.text(), REPORTED_ON, tense);
    }

    @Nested
    @DisplayName("recording an engagement")
    class Recording {

        @Test
        void a_held_exercise_is_recorded_with_its_span_resolved() {
            fixture.givenNoPriorActivity()
                    .when(new RecordEngagement(EXERCISE, held()))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new EngagementRecorded(EXERCISE, held().withDates(
                            new PartialDate("6 March 2025", PartialDate.Precision.DAY, LocalDate.of(2025, 3, 6), LocalDate.of(2025, 3, 6)),
                            new PartialDate("10 March 2025", PartialDate.Precision.DAY, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 10)))))
                    .expectResultMessagePayload(new Accepted(EXERCISE, 0, CREATED));
        }

        @Test
        void a_retried_engagement_with_the_same_content_changes_nothing() {
            fixture.given(recorded(held()))
                    .when(new RecordEngagement(EXERCISE, held()))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(EXERCISE, 0, UNCHANGED));
        }

        @Test
        void a_different_engagement_under_the_same_id_is_a_conflict() {
            fixture.given(recorded(held()))
                    .when(new RecordEngagement(EXERCISE, exercise(EngagementState.HELD, "5 March 2025", "10 March 2025", HOST, GUEST)))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, null))
                    .expectExceptionMessage(containsString("engagement 'pk-ir-naval-exercise-8' is already recorded"));
        }

        @Test
        void the_parties_must_be_recorded_actors() {
            fixture.givenNoPriorActivity()
                    .when(new RecordEngagement(EXERCISE, exercise(EngagementState.HELD, "6 March 2025", null, HOST,
                            new Participant("royal-navy-of-oman", ParticipationRole.OBSERVER, null, null))))
                    .expectNoEvents()
                    .expectException(refused(UNKNOWN_RECORD, "engagement.participants"))
                    .expectExceptionMessage("no actor 'royal-navy-of-oman' is recorded");
        }

        @Test
        void a_withdrawn_actor_cannot_take_part() {
            directory.withdrawn(RecordType.ACTOR, TURKEY);

            fixture.givenNoPriorActivity()
                    .when(new RecordEngagement(EXERCISE, held()))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT));
        }

        @Test
        void each_party_takes_part_once() {
            fixture.givenNoPriorActivity()
                    .when(new RecordEngagement(EXERCISE, exercise(EngagementState.HELD, "6 March 2025", null, HOST, GUEST,
                            new Participant(PAKISTAN_NAVY, ParticipationRole.ORGANISER, null, null))))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "engagement.participants[2].actorId"));
        }

        @Test
        void it_cannot_end_before_it_starts() {
            fixture.givenNoPriorActivity()
                    .when(new RecordEngagement(EXERCISE, exercise(EngagementState.HELD, "10 March 2025", "6 March 2025", HOST)))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "engagement.end"))
                    .expectExceptionMessage(containsString("ends before the start"));
        }

        @Test
        void an_edition_belongs_to_a_series() {
            EngagementFacts facts = held();
            fixture.givenNoPriorActivity()
                    .when(new RecordEngagement(EXERCISE, new EngagementFacts(facts.kind(), facts.title(), null, 8, facts.place(),
                            facts.start(), facts.end(), facts.state(), facts.participants(), null, facts.provenance())))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "engagement.edition"));
        }

        @Test
        void a_held_engagement_cannot_end_after_the_report() {
            fixture.givenNoPriorActivity()
                    .when(new RecordEngagement(EXERCISE, exercise(EngagementState.HELD, "6 March 2025", "14 March 2025", HOST)))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "engagement.end"));
        }

        @Test
        void a_planned_exercise_may_lie_ahead_of_its_report_even_without_an_end_in_sight() {
            EngagementFacts announced = exercise(EngagementState.PLANNED, "next month", "in the near future", HOST, GUEST);
            fixture.givenNoPriorActivity()
                    .when(new RecordEngagement(EXERCISE, announced))
                    .expectEvents(new EngagementRecorded(EXERCISE, resolved(announced)));
            assertThat(resolved(announced).start().earliest()).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(resolved(announced).end().latest()).isNull();
        }

        @Test
        void an_exercise_under_way_has_begun_by_the_report_and_may_end_after_it() {
            EngagementFacts underWay = new EngagementFacts(EngagementKind.EXERCISE, "Sea Guardians", null, null, null,
                    PartialDate.of("Monday"), PartialDate.of("Friday"), EngagementState.UNDER_WAY, List.of(HOST, GUEST), null, DAWN);
            fixture.givenNoPriorActivity()
                    .when(new RecordEngagement(EXERCISE, underWay))
                    .expectSuccessfulHandlerExecution();
            fixture.givenNoPriorActivity()
                    .when(new RecordEngagement(EXERCISE, new EngagementFacts(EngagementKind.EXERCISE, "Sea Guardians", null,
                            null, null, PartialDate.of("next week"), null, EngagementState.UNDER_WAY, List.of(HOST), null, DAWN)))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "engagement.start"));
        }

        @Test
        void a_date_that_does_not_exist_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new RecordEngagement(EXERCISE, exercise(EngagementState.HELD, "2025-02-30", null, HOST)))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "engagement.start"));
        }
    }

    @Nested
    @DisplayName("moving it from plan to held, postponed or cancelled")
    class StateChanges {

        @Test
        void a_planned_exercise_is_held_on_the_days_reported_afterwards() {
            StateChange heldOnTheDays = change("held", EngagementState.HELD, "6 March 2025", "10 March 2025");
            fixture.given(recorded(plannedForMarch()))
                    .when(new ChangeEngagementState(EXERCISE, heldOnTheDays, 0L))
                    .expectEvents(new EngagementStateChanged(EXERCISE, EngagementState.PLANNED, resolvedChange(heldOnTheDays)))
                    .expectResultMessagePayload(new Accepted(EXERCISE, 1, UPDATED));
        }

        @Test
        void the_facts_follow_the_move_so_that_a_correction_starts_from_them() {
            StateChange heldOnTheDays = change("held", EngagementState.HELD, "6 March 2025", "10 March 2025");
            EngagementFacts moved = resolved(plannedForMarch()).moved(resolvedChange(heldOnTheDays));
            fixture.given(recorded(plannedForMarch()),
                            new EngagementStateChanged(EXERCISE, EngagementState.PLANNED, resolvedChange(heldOnTheDays)))
                    .when(new CorrectEngagement(EXERCISE, "nothing changed", moved, null))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(EXERCISE, 1, UNCHANGED));
        }

        @Test
        void a_held_engagement_is_final() {
            fixture.given(recorded(held()))
                    .when(new ChangeEngagementState(EXERCISE, change(null, EngagementState.POSTPONED, null, null), null))
                    .expectNoEvents()
                    .expectException(refused(ILLEGAL_TRANSITION, "change.state"))
                    .expectExceptionMessage(containsString("a held engagement is final"));
        }

        @Test
        void it_cannot_move_to_the_state_it_is_in() {
            fixture.given(recorded(plannedForMarch()))
                    .when(new ChangeEngagementState(EXERCISE, change(null, EngagementState.PLANNED, null, null), null))
                    .expectNoEvents()
                    .expectException(refused(ILLEGAL_TRANSITION, "change.state"));
        }

        @Test
        void a_cancelled_engagement_is_only_planned_again() {
            StateChange cancelled = change("cancelled", EngagementState.CANCELLED, null, null);
            fixture.given(recorded(plannedForMarch()),
                            new EngagementStateChanged(EXERCISE, EngagementState.PLANNED, resolvedChange(cancelled)))
                    .when(new ChangeEngagementState(EXERCISE, change(null, EngagementState.HELD, null, null), null))
                    .expectNoEvents()
                    .expectException(refused(ILLEGAL_TRANSITION, "change.state"))
                    .expectExceptionMessage(containsString("a cancelled engagement cannot become held"));
        }

        @Test
        void a_postponed_engagement_is_planned_again_with_new_dates() {
            StateChange postponed = change("postponed", EngagementState.POSTPONED, null, null);
            StateChange replanned = change("replanned", EngagementState.PLANNED, "March 2025", null);
            fixture.given(recorded(plannedForMarch()),
                            new EngagementStateChanged(EXERCISE, EngagementState.PLANNED, resolvedChange(postponed)))
                    .when(new ChangeEngagementState(EXERCISE, replanned, null))
                    .expectEvents(new EngagementStateChanged(EXERCISE, EngagementState.POSTPONED, resolvedChange(replanned)));
        }

        @Test
        void a_move_sent_again_under_its_id_changes_nothing_and_a_different_one_is_a_conflict() {
            StateChange heldOnTheDays = change("held", EngagementState.HELD, "6 March 2025", "10 March 2025");
            fixture.given(recorded(plannedForMarch()),
                            new EngagementStateChanged(EXERCISE, EngagementState.PLANNED, resolvedChange(heldOnTheDays)))
                    .when(new ChangeEngagementState(EXERCISE, heldOnTheDays, null))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(EXERCISE, 1, UNCHANGED));
            fixture.given(recorded(plannedForMarch()),
                            new EngagementStateChanged(EXERCISE, EngagementState.PLANNED, resolvedChange(heldOnTheDays)))
                    .when(new ChangeEngagementState(EXERCISE, change("held", EngagementState.HELD, "5 March 2025", null), null))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, null));
        }

        @Test
        void new_dates_may_not_end_before_they_start() {
            fixture.given(recorded(plannedForMarch()))
                    .when(new ChangeEngagementState(EXERCISE, change(null, EngagementState.HELD, "10 March 2025", "6 March 2025"), null))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "change.end"));
        }

        @Test
        void a_withdrawn_engagement_no_longer_moves() {
            fixture.given(recorded(plannedForMarch()), new EngagementWithdrawn(EXERCISE, "a rumour"))
                    .when(new ChangeEngagementState(EXERCISE, change(null, EngagementState.HELD, null, null), null))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, null));
        }
    }

    @Nested
    @DisplayName("correcting and withdrawing it")
    class CorrectionsAndWithdrawals {

        @Test
        void a_correction_keeps_the_previous_facts_and_the_reason() {
            EngagementFacts corrected = exercise(EngagementState.HELD, "5 March 2025", "10 March 2025", HOST, GUEST, OBSERVER);
            fixture.given(recorded(held()))
                    .when(new CorrectEngagement(EXERCISE, "ISPR: the exercise began a day earlier", corrected, 0L))
                    .expectEvents(new EngagementCorrected(EXERCISE, resolved(held()), resolved(corrected),
                            "ISPR: the exercise began a day earlier"))
                    .expectResultMessagePayload(new Accepted(EXERCISE, 1, UPDATED));
        }

        @Test
        void a_correction_follows_the_same_rules() {
            fixture.given(recorded(held()))
                    .when(new CorrectEngagement(EXERCISE, "Oman observed too", exercise(EngagementState.HELD, "6 March 2025",
                            null, HOST, new Participant("royal-navy-of-oman", ParticipationRole.OBSERVER, true, null)), null))
                    .expectNoEvents()
                    .expectException(refused(UNKNOWN_RECORD, "corrected.participants"));
        }

        @Test
        void a_withdrawn_engagement_cannot_be_corrected() {
            fixture.given(recorded(held()), new EngagementWithdrawn(EXERCISE, "duplicate of another record"))
                    .when(new CorrectEngagement(EXERCISE, "late fix", held(), null))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, null));
        }

        @Test
        void withdrawing_twice_changes_nothing_the_second_time() {
            fixture.given(recorded(held()))
                    .when(new WithdrawEngagement(EXERCISE, "duplicate of another record", null))
                    .expectEvents(new EngagementWithdrawn(EXERCISE, "duplicate of another record"));
            fixture.given(recorded(held()), new EngagementWithdrawn(EXERCISE, "duplicate of another record"))
                    .when(new WithdrawEngagement(EXERCISE, "again", null))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(EXERCISE, 1, UNCHANGED));
        }
    }
}
