package ties.command.statement;

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
import ties.statement.CorrectStatement;
import ties.statement.RecordStatement;
import ties.statement.Speaker;
import ties.statement.StatementEvent.StatementCorrected;
import ties.statement.StatementEvent.StatementRecorded;
import ties.statement.StatementEvent.StatementWithdrawn;
import ties.statement.StatementFacts;
import ties.statement.StatementForm;
import ties.statement.WithdrawStatement;

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

@DisplayName("Statement: what General Bagheri, General Munir and an unnamed official said")
class StatementTest {

    private final InMemoryRecordDirectory directory = seedDirectory();
    private FixtureConfiguration<Statement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Statement.class);
        fixture.registerInjectableResource(directory);
    }

    private static StatementRecorded appreciationRecorded() {
        return new StatementRecorded(APPRECIATION_QUOTE, appreciationQuote().withOccurred(resolved("recently")));
    }

    /** General Munir's words, as the article renders them. */
    private static StatementFacts munirParaphrase() {
        return new StatementFacts(Speaker.actor(MUNIR), StatementForm.PARAPHRASE,
                "Cooperation between Iran and Pakistan is crucial for ensuring stability in the region and countering "
                        + "common threats", null, date("recently"), ISLAMABAD_VISIT, List.of("regional stability"),
                List.of(), TASNIM);
    }

    private static StatementFacts withSpeaker(StatementFacts facts, Speaker speaker) {
        return new StatementFacts(speaker, facts.form(), facts.text(), null, facts.occurred(), facts.occasionVisitId(),
                facts.topics(), facts.initiativeIds(), facts.provenance());
    }

    private static StatementFacts onOccasion(StatementFacts facts, String visitId) {
        return new StatementFacts(facts.speaker(), facts.form(), facts.text(), null, facts.occurred(), visitId,
                facts.topics(), facts.initiativeIds(), facts.provenance());
    }

    private static StatementFacts about(StatementFacts facts, String... initiativeIds) {
        return new StatementFacts(facts.speaker(), facts.form(), facts.text(), null, facts.occurred(),
                facts.occasionVisitId(), facts.topics(), List.of(initiativeIds), facts.provenance());
    }

    @Nested
    @DisplayName("recording a statement")
    class Recording {

        @Test
        void a_quote_is_recorded_with_its_speaker_occasion_and_initiatives() {
            fixture.givenNoPriorActivity()
                    .when(new RecordStatement(APPRECIATION_QUOTE, appreciationQuote()))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new StatementRecorded(APPRECIATION_QUOTE, appreciationQuote().withOccurred(
                            new PartialDate("recently", Precision.APPROXIMATE,
                                    LocalDate.of(2024, 10, 15), LocalDate.of(2025, 1, 15)))))
                    .expectResultMessagePayload(new Accepted(APPRECIATION_QUOTE, 0, CREATED));
        }

        @Test
        void an_unnamed_speaker_is_described_as_the_report_describes_them() {
            fixture.givenNoPriorActivity()
                    .when(new RecordStatement(OFFICIAL_QUOTE, officialQuote()))
                    .expectEvents(new StatementRecorded(OFFICIAL_QUOTE, officialQuote().withOccurred(resolved("recently"))))
                    .expectResultMessagePayload(new Accepted(OFFICIAL_QUOTE, 0, CREATED));
        }

        @Test
        void a_paraphrase_is_recorded_as_such() {
            fixture.givenNoPriorActivity()
                    .when(new RecordStatement("munir-cooperation-crucial", munirParaphrase()))
                    .expectEvents(new StatementRecorded("munir-cooperation-crucial",
                            munirParaphrase().withOccurred(resolved("recently"))));
        }

        @Test
        void a_retried_statement_with_the_same_content_changes_nothing() {
            fixture.given(appreciationRecorded())
                    .when(new RecordStatement(APPRECIATION_QUOTE, appreciationQuote()))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(APPRECIATION_QUOTE, 0, UNCHANGED));
        }

        @Test
        void a_different_statement_under_the_same_id_is_a_conflict() {
            fixture.given(appreciationRecorded())
                    .when(new RecordStatement(APPRECIATION_QUOTE, munirParaphrase()))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, null))
                    .expectExceptionMessage(containsString("statement 'bagheri-appreciates-pakistan-efforts' is already "
                            + "recorded with different content"));
        }

        @Test
        void the_speaker_must_be_a_recorded_actor() {
            fixture.givenNoPriorActivity()
                    .when(new RecordStatement(APPRECIATION_QUOTE,
                            withSpeaker(appreciationQuote(), Speaker.actor("mohammad-baqeri"))))
                    .expectNoEvents()
                    .expectException(refused(UNKNOWN_RECORD, "statement.speaker.actorId"))
                    .expectExceptionMessage("no actor 'mohammad-baqeri' is recorded");
        }

        @Test
        void a_withdrawn_speaker_cannot_be_referred_to() {
            directory.withdrawn(RecordType.ACTOR, BAGHERI);

            fixture.givenNoPriorActivity()
                    .when(new RecordStatement(APPRECIATION_QUOTE, appreciationQuote()))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT));
        }

        @Test
        void the_occasion_must_be_a_recorded_visit() {
            fixture.givenNoPriorActivity()
                    .when(new RecordStatement(APPRECIATION_QUOTE, onOccasion(appreciationQuote(), "bagheri-tehran-briefing")))
                    .expectNoEvents()
                    .expectException(refused(UNKNOWN_RECORD, "statement.occasionVisitId"));
        }

        @Test
        void the_occasion_must_be_a_visit_not_another_kind_of_record() {
            fixture.givenNoPriorActivity()
                    .when(new RecordStatement(APPRECIATION_QUOTE, onOccasion(appreciationQuote(), NAVAL_EXERCISES)))
                    .expectException(refused(UNKNOWN_RECORD, "statement.occasionVisitId"))
                    .expectExceptionMessage("no visit 'ir-pk-joint-naval-exercises' is recorded");
        }

        @Test
        void a_withdrawn_visit_cannot_be_the_occasion() {
            directory.withdrawn(RecordType.VISIT, ISLAMABAD_VISIT);

            fixture.givenNoPriorActivity()
                    .when(new RecordStatement(APPRECIATION_QUOTE, appreciationQuote()))
                    .expectException(refused(CONFLICT));
        }

        @Test
        void the_initiatives_spoken_of_must_be_recorded() {
            fixture.givenNoPriorActivity()
                    .when(new RecordStatement(APPRECIATION_QUOTE,
                            about(appreciationQuote(), BORDER_PATROLS, "ir-pk-border-fence")))
                    .expectNoEvents()
                    .expectException(refused(UNKNOWN_RECORD, "statement.initiativeIds"));
        }

        @Test
        void a_withdrawn_initiative_cannot_be_spoken_of() {
            directory.withdrawn(RecordType.INITIATIVE, BORDER_PATROLS);

            fixture.givenNoPriorActivity()
                    .when(new RecordStatement(APPRECIATION_QUOTE, appreciationQuote()))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT));
        }

        @Test
        void a_date_that_does_not_exist_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new RecordStatement(APPRECIATION_QUOTE, appreciationQuote().withOccurred(date("2018-02-30"))))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "statement.occurred"));
        }

        @Test
        void a_date_after_the_report_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new RecordStatement(APPRECIATION_QUOTE, appreciationQuote().withOccurred(date("February 2025"))))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "statement.occurred"));
        }

        @Test
        void a_day_after_the_report_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new RecordStatement(APPRECIATION_QUOTE, appreciationQuote().withOccurred(date("16 January 2025"))))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "statement.occurred"))
                    .expectExceptionMessage(containsString("is after the report date 2025-01-15"));
        }
    }

    @Nested
    @DisplayName("correcting and withdrawing")
    class CorrectingAndWithdrawing {

        private static final String REASON = "the article quotes General Bagheri verbatim";

        @Test
        void a_correction_carries_the_previous_and_corrected_facts_and_the_reason() {
            StatementFacts asParaphrase = new StatementFacts(Speaker.actor(BAGHERI), StatementForm.PARAPHRASE,
                    appreciationQuote().text(), null, resolved("recently"), ISLAMABAD_VISIT, List.of("counterterrorism"),
                    List.of(BORDER_PATROLS), TASNIM);

            fixture.given(new StatementRecorded(APPRECIATION_QUOTE, asParaphrase))
                    .when(new CorrectStatement(APPRECIATION_QUOTE, REASON, appreciationQuote(), 0L))
                    .expectEvents(new StatementCorrected(APPRECIATION_QUOTE, asParaphrase,
                            appreciationQuote().withOccurred(resolved("recently")), REASON))
                    .expectResultMessagePayload(new Accepted(APPRECIATION_QUOTE, 1, UPDATED));
        }

        @Test
        void correcting_to_the_facts_already_recorded_changes_nothing() {
            fixture.given(appreciationRecorded())
                    .when(new CorrectStatement(APPRECIATION_QUOTE, REASON, appreciationQuote(), null))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(APPRECIATION_QUOTE, 0, UNCHANGED));
        }

        @Test
        void a_correction_may_not_name_an_unknown_occasion() {
            fixture.given(appreciationRecorded())
                    .when(new CorrectStatement(APPRECIATION_QUOTE, REASON,
                            onOccasion(appreciationQuote(), "bagheri-tehran-briefing"), null))
                    .expectNoEvents()
                    .expectException(refused(UNKNOWN_RECORD, "corrected.occasionVisitId"));
        }

        @Test
        void a_correction_may_not_name_an_unknown_speaker() {
            fixture.given(appreciationRecorded())
                    .when(new CorrectStatement(APPRECIATION_QUOTE, REASON,
                            withSpeaker(appreciationQuote(), Speaker.actor("mohammad-baqeri")), null))
                    .expectException(refused(UNKNOWN_RECORD, "corrected.speaker.actorId"));
        }

        @Test
        void a_correction_may_not_name_an_unknown_initiative() {
            fixture.given(appreciationRecorded())
                    .when(new CorrectStatement(APPRECIATION_QUOTE, REASON, about(appreciationQuote(), "ir-pk-border-fence"), null))
                    .expectException(refused(UNKNOWN_RECORD, "corrected.initiativeIds"));
        }

        @Test
        void a_correction_to_a_date_after_the_report_is_refused() {
            fixture.given(appreciationRecorded())
                    .when(new CorrectStatement(APPRECIATION_QUOTE, REASON,
                            appreciationQuote().withOccurred(date("2026")), null))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "corrected.occurred"));
        }

        @Test
        void a_withdrawn_statement_cannot_be_corrected() {
            fixture.given(appreciationRecorded(), new StatementWithdrawn(APPRECIATION_QUOTE, "misattributed"))
                    .when(new CorrectStatement(APPRECIATION_QUOTE, REASON, munirParaphrase(), null))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, null))
                    .expectExceptionMessage(containsString("was withdrawn; it can no longer change"));
        }

        @Test
        void withdrawing_records_the_reason() {
            fixture.given(appreciationRecorded())
                    .when(new WithdrawStatement(APPRECIATION_QUOTE, "misattributed", 0L))
                    .expectEvents(new StatementWithdrawn(APPRECIATION_QUOTE, "misattributed"))
                    .expectResultMessagePayload(new Accepted(APPRECIATION_QUOTE, 1, UPDATED));
        }

        @Test
        void withdrawing_twice_changes_nothing() {
            fixture.given(appreciationRecorded(), new StatementWithdrawn(APPRECIATION_QUOTE, "misattributed"))
                    .when(new WithdrawStatement(APPRECIATION_QUOTE, "misattributed", null))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(APPRECIATION_QUOTE, 1, UNCHANGED));
        }
    }
}
