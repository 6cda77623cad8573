package ties.command.visit;

import org.axonframework.modelling.command.AggregateNotFoundException;
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
import ties.record.RecordType;
import ties.visit.CorrectVisit;
import ties.visit.MeetingFacts;
import ties.visit.RecordMeeting;
import ties.visit.RecordVisit;
import ties.visit.VisitEvent.MeetingRecorded;
import ties.visit.VisitEvent.VisitCorrected;
import ties.visit.VisitEvent.VisitRecorded;
import ties.visit.VisitEvent.VisitWithdrawn;
import ties.visit.VisitFacts;
import ties.visit.WithdrawVisit;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static ties.command.Refusals.refused;
import static ties.command.SeedFacts.*;
import static ties.command.record.Accepted.Outcome.CREATED;
import static ties.command.record.Accepted.Outcome.UNCHANGED;
import static ties.command.record.Accepted.Outcome.UPDATED;
import static ties.fact.Rejection.Kind.CONFLICT;
import static ties.fact.Rejection.Kind.INVALID;
import static ties.fact.Rejection.Kind.UNKNOWN_RECORD;

@DisplayName("Visit: General Bagheri's trips to Pakistan and the meetings held during them")
class VisitTest {

    private final InMemoryRecordDirectory directory = seedDirectory();
    private FixtureConfiguration<Visit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Visit.class);
        fixture.registerInjectableResource(directory);
    }

    private static VisitRecorded islamabadVisitRecorded() {
        return new VisitRecorded(ISLAMABAD_VISIT, islamabadVisit().withOccurred(resolved("recently")));
    }

    private static MeetingRecorded meetingWithMunirRecorded() {
        return new MeetingRecorded(ISLAMABAD_VISIT, MEETING_WITH_MUNIR,
                meetingWithMunir().withOccurred(resolved("recently")), true);
    }

    private static VisitWithdrawn withdrawn() {
        return new VisitWithdrawn(ISLAMABAD_VISIT, "recorded twice");
    }

    @Nested
    @DisplayName("recording a visit")
    class Recording {

        @Test
        void a_visit_is_recorded_with_its_date_resolved_against_the_report() {
            fixture.givenNoPriorActivity()
                    .when(new RecordVisit(ISLAMABAD_VISIT, islamabadVisit()))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(islamabadVisitRecorded())
                    .expectResultMessagePayload(new Accepted(ISLAMABAD_VISIT, 0, CREATED));
        }

        @Test
        void july_2018_is_resolved_to_that_month() {
            fixture.givenNoPriorActivity()
                    .when(new RecordVisit(VISIT_JULY_2018, visitJuly2018()))
                    .expectEvents(new VisitRecorded(VISIT_JULY_2018, visitJuly2018().withOccurred(
                            new PartialDate("July 2018", Precision.MONTH,
                                    LocalDate.of(2018, 7, 1), LocalDate.of(2018, 7, 31)))));
        }

        @Test
        void october_2021_is_resolved_to_that_month() {
            VisitFacts october2021 = new VisitFacts(List.of(BAGHERI), null, PAKISTAN, date("October 2021"),
                    List.of(), null, TASNIM);

            fixture.givenNoPriorActivity()
                    .when(new RecordVisit(VISIT_OCTOBER_2021, october2021))
                    .expectEvents(new VisitRecorded(VISIT_OCTOBER_2021, october2021.withOccurred(
                            new PartialDate("October 2021", Precision.MONTH,
                                    LocalDate.of(2021, 10, 1), LocalDate.of(2021, 10, 31)))));
        }

        @Test
        void last_year_is_resolved_to_the_year_before_the_report() {
            fixture.givenNoPriorActivity()
                    .when(new RecordVisit(MUNIR_TEHRAN_VISIT, munirTehranVisit()))
                    .expectEvents(new VisitRecorded(MUNIR_TEHRAN_VISIT, munirTehranVisit().withOccurred(
                            new PartialDate("last year", Precision.YEAR,
                                    LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))))
                    .expectResultMessagePayload(new Accepted(MUNIR_TEHRAN_VISIT, 0, CREATED));
        }

        @Test
        void a_retried_visit_with_the_same_content_changes_nothing() {
            fixture.given(islamabadVisitRecorded())
                    .when(new RecordVisit(ISLAMABAD_VISIT, islamabadVisit()))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(ISLAMABAD_VISIT, 0, UNCHANGED));
        }

        @Test
        void a_different_visit_under_the_same_id_is_a_conflict() {
            fixture.given(islamabadVisitRecorded())
                    .when(new RecordVisit(ISLAMABAD_VISIT, visitJuly2018()))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, null))
                    .expectExceptionMessage(containsString("visit 'bagheri-islamabad-visit' is already recorded"));
        }

        @Test
        void a_visitor_cannot_also_host_the_visit() {
            VisitFacts selfHosted = new VisitFacts(List.of(BAGHERI), "Islamabad", PAKISTAN, date("recently"),
                    List.of(MUNIR, BAGHERI), null, TASNIM);

            fixture.givenNoPriorActivity()
                    .when(new RecordVisit(ISLAMABAD_VISIT, selfHosted))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "visit.hostIds"))
                    .expectExceptionMessage("a visitor cannot also be a host of the same visit");
        }

        @Test
        void the_visitors_must_be_recorded_actors() {
            VisitFacts unknownVisitor = new VisitFacts(List.of("mohammad-baqeri"), "Islamabad", PAKISTAN,
                    date("recently"), List.of(MUNIR), null, TASNIM);

            fixture.givenNoPriorActivity()
                    .when(new RecordVisit(ISLAMABAD_VISIT, unknownVisitor))
                    .expectNoEvents()
                    .expectException(refused(UNKNOWN_RECORD, "visit.visitorIds"));
        }

        @Test
        void the_hosts_must_be_recorded_actors() {
            VisitFacts unknownHost = new VisitFacts(List.of(BAGHERI), "Islamabad", PAKISTAN, date("recently"),
                    List.of(MUNIR, "shehbaz-sharif"), null, TASNIM);

            fixture.givenNoPriorActivity()
                    .when(new RecordVisit(ISLAMABAD_VISIT, unknownHost))
                    .expectNoEvents()
                    .expectException(refused(UNKNOWN_RECORD, "visit.hostIds"))
                    .expectExceptionMessage("no actor 'shehbaz-sharif' is recorded");
        }

        @Test
        void a_withdrawn_host_cannot_be_referred_to() {
            directory.withdrawn(RecordType.ACTOR, ZARDARI);

            fixture.givenNoPriorActivity()
                    .when(new RecordVisit(ISLAMABAD_VISIT, islamabadVisit()))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT))
                    .expectExceptionMessage(containsString("'asif-ali-zardari' (visit.hostIds) was withdrawn"));
        }

        @Test
        void a_date_that_does_not_exist_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new RecordVisit(VISIT_JULY_2018, visitJuly2018().withOccurred(date("2018-02-30"))))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "visit.occurred"))
                    .expectExceptionMessage(containsString("'2018-02-30' is not a date that exists"));
        }

        @Test
        void a_date_after_the_report_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new RecordVisit(ISLAMABAD_VISIT, islamabadVisit().withOccurred(date("2025-01-16"))))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "visit.occurred"));
        }
    }

    @Nested
    @DisplayName("meetings during a visit")
    class Meetings {

        @Test
        void a_meeting_without_its_own_date_took_place_when_the_visit_did() {
            fixture.given(islamabadVisitRecorded())
                    .when(new RecordMeeting(ISLAMABAD_VISIT, MEETING_WITH_MUNIR, meetingWithMunir()))
                    .expectEvents(new MeetingRecorded(ISLAMABAD_VISIT, MEETING_WITH_MUNIR,
                            meetingWithMunir().withOccurred(new PartialDate("recently", Precision.APPROXIMATE,
                                    LocalDate.of(2024, 10, 15), LocalDate.of(2025, 1, 15))), true))
                    .expectResultMessagePayload(new Accepted(ISLAMABAD_VISIT, 1, UPDATED));
        }

        @Test
        void a_meeting_with_its_own_date_keeps_it() {
            MeetingFacts withZardari = new MeetingFacts(List.of(BAGHERI, ZARDARI), List.of("regional stability"),
                    date("this month"), null, TASNIM);

            fixture.given(islamabadVisitRecorded(), meetingWithMunirRecorded())
                    .when(new RecordMeeting(ISLAMABAD_VISIT, MEETING_WITH_ZARDARI, withZardari))
                    .expectEvents(new MeetingRecorded(ISLAMABAD_VISIT, MEETING_WITH_ZARDARI, withZardari.withOccurred(
                            // a meeting reported as held "this month" was held by the report's day
                            new PartialDate("this month", Precision.MONTH,
                                    LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 15))), false))
                    .expectResultMessagePayload(new Accepted(ISLAMABAD_VISIT, 2, UPDATED));
        }

        @Test
        void a_retried_meeting_changes_nothing() {
            fixture.given(islamabadVisitRecorded(), meetingWithMunirRecorded())
                    .when(new RecordMeeting(ISLAMABAD_VISIT, MEETING_WITH_MUNIR, meetingWithMunir()))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(ISLAMABAD_VISIT, 1, UNCHANGED));
        }

        @Test
        void a_different_meeting_under_the_same_id_is_a_conflict() {
            MeetingFacts withZardari = new MeetingFacts(List.of(BAGHERI, ZARDARI), List.of(), null, null, TASNIM);

            fixture.given(islamabadVisitRecorded(), meetingWithMunirRecorded())
                    .when(new RecordMeeting(ISLAMABAD_VISIT, MEETING_WITH_MUNIR, withZardari))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, null))
                    .expectExceptionMessage("meeting 'bagheri-meets-munir' is already recorded with different content");
        }

        @Test
        void the_participants_must_be_recorded_actors() {
            MeetingFacts withStranger = new MeetingFacts(List.of(BAGHERI, "asim-muneer"), List.of(), null, null, TASNIM);

            fixture.given(islamabadVisitRecorded())
                    .when(new RecordMeeting(ISLAMABAD_VISIT, MEETING_WITH_MUNIR, withStranger))
                    .expectNoEvents()
                    .expectException(refused(UNKNOWN_RECORD, "meeting.participantIds"));
        }

        @Test
        void a_withdrawn_participant_cannot_be_referred_to() {
            directory.withdrawn(RecordType.ACTOR, MUNIR);

            fixture.given(islamabadVisitRecorded())
                    .when(new RecordMeeting(ISLAMABAD_VISIT, MEETING_WITH_MUNIR, meetingWithMunir()))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT));
        }

        @Test
        void a_meeting_dated_after_the_report_is_refused() {
            fixture.given(islamabadVisitRecorded())
                    .when(new RecordMeeting(ISLAMABAD_VISIT, MEETING_WITH_MUNIR,
                            meetingWithMunir().withOccurred(date("February 2025"))))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "meeting.occurred"));
        }

        @Test
        void a_withdrawn_visit_gets_no_meetings() {
            fixture.given(islamabadVisitRecorded(), withdrawn())
                    .when(new RecordMeeting(ISLAMABAD_VISIT, MEETING_WITH_MUNIR, meetingWithMunir()))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, null));
        }

        @Test
        void a_meeting_needs_a_recorded_visit() {
            fixture.givenNoPriorActivity()
                    .when(new RecordMeeting(ISLAMABAD_VISIT, MEETING_WITH_MUNIR, meetingWithMunir()))
                    .expectNoEvents()
                    .expectException(AggregateNotFoundException.class);
        }

        @Test
        void a_retried_dateless_meeting_stays_harmless_after_the_visit_date_is_corrected() {
            VisitFacts corrected = islamabadVisit().withOccurred(resolved("this month"));

            fixture.given(islamabadVisitRecorded(), meetingWithMunirRecorded(),
                            new VisitCorrected(ISLAMABAD_VISIT, islamabadVisitRecorded().visit(), corrected,
                                    "the visit took place in January 2025"))
                    .when(new RecordMeeting(ISLAMABAD_VISIT, MEETING_WITH_MUNIR, meetingWithMunir()))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(ISLAMABAD_VISIT, 2, UNCHANGED));
        }
    }

    @Nested
    @DisplayName("correcting and withdrawing")
    class CorrectingAndWithdrawing {

        private static final String REASON = "President Asif Ali Zardari also received General Bagheri";

        private VisitRecorded hostedByMunirOnly() {
            return new VisitRecorded(ISLAMABAD_VISIT, new VisitFacts(List.of(BAGHERI), "Islamabad", PAKISTAN,
                    resolved("recently"), List.of(MUNIR), islamabadVisit().purpose(), TASNIM));
        }

        @Test
        void a_correction_carries_the_previous_and_corrected_facts_and_the_reason() {
            fixture.given(hostedByMunirOnly())
                    .when(new CorrectVisit(ISLAMABAD_VISIT, REASON, islamabadVisit(), 0L))
                    .expectEvents(new VisitCorrected(ISLAMABAD_VISIT, hostedByMunirOnly().visit(),
                            islamabadVisit().withOccurred(resolved("recently")), REASON))
                    .expectResultMessagePayload(new Accepted(ISLAMABAD_VISIT, 1, UPDATED));
        }

        @Test
        void correcting_to_the_facts_already_recorded_changes_nothing() {
            fixture.given(islamabadVisitRecorded())
                    .when(new CorrectVisit(ISLAMABAD_VISIT, REASON, islamabadVisit(), null))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(ISLAMABAD_VISIT, 0, UNCHANGED));
        }

        @Test
        void a_correction_may_not_make_a_visitor_a_host() {
            VisitFacts selfHosted = new VisitFacts(List.of(BAGHERI), "Islamabad", PAKISTAN, date("recently"),
                    List.of(BAGHERI), null, TASNIM);

            fixture.given(islamabadVisitRecorded())
                    .when(new CorrectVisit(ISLAMABAD_VISIT, REASON, selfHosted, null))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "corrected.hostIds"));
        }

        @Test
        void a_correction_may_not_name_an_unknown_host() {
            VisitFacts unknownHost = new VisitFacts(List.of(BAGHERI), "Islamabad", PAKISTAN, date("recently"),
                    List.of("shehbaz-sharif"), null, TASNIM);

            fixture.given(islamabadVisitRecorded())
                    .when(new CorrectVisit(ISLAMABAD_VISIT, REASON, unknownHost, null))
                    .expectNoEvents()
                    .expectException(refused(UNKNOWN_RECORD, "corrected.hostIds"));
        }

        @Test
        void a_correction_to_a_date_that_does_not_exist_is_refused() {
            fixture.given(islamabadVisitRecorded())
                    .when(new CorrectVisit(ISLAMABAD_VISIT, REASON, islamabadVisit().withOccurred(date("2018-13")), null))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "corrected.occurred"));
        }

        @Test
        void a_withdrawn_visit_cannot_be_corrected() {
            fixture.given(islamabadVisitRecorded(), withdrawn())
                    .when(new CorrectVisit(ISLAMABAD_VISIT, REASON, visitJuly2018(), null))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, null))
                    .expectExceptionMessage("visit 'bagheri-islamabad-visit' was withdrawn; it can no longer change");
        }

        @Test
        void withdrawing_records_the_reason() {
            fixture.given(islamabadVisitRecorded(), meetingWithMunirRecorded())
                    .when(new WithdrawVisit(ISLAMABAD_VISIT, "recorded twice", 1L))
                    .expectEvents(withdrawn())
                    .expectResultMessagePayload(new Accepted(ISLAMABAD_VISIT, 2, UPDATED));
        }

        @Test
        void withdrawing_twice_changes_nothing() {
            fixture.given(islamabadVisitRecorded(), withdrawn())
                    .when(new WithdrawVisit(ISLAMABAD_VISIT, "recorded twice", null))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(ISLAMABAD_VISIT, 1, UNCHANGED));
        }
    }
}
