package ties.command.agreement;

import ties.agreement.AgreementKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ties.agreement.AgreementEvent.AgreementCorrected;
import ties.agreement.AgreementEvent.AgreementRecorded;
import ties.agreement.AgreementEvent.AgreementWithdrawn;
import ties.agreement.AgreementFacts;
import ties.agreement.CorrectAgreement;
import ties.agreement.RecordAgreement;
import ties.agreement.Signatory;
import ties.agreement.WithdrawAgreement;
import ties.command.record.Accepted;
import ties.command.record.InMemoryRecordDirectory;
import ties.fact.PartialDate;
import ties.fact.PartialDate.Precision;
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
import static ties.fact.Rejection.Kind.INVALID;
import static ties.fact.Rejection.Kind.UNKNOWN_RECORD;

@DisplayName("Agreement: the 2018 agreements signed by Amir Hatami and Rana Tanveer Hussain")
class AgreementTest {

    private static final Signatory HATAMI_FOR_IRAN = new Signatory(HATAMI, IRAN, "Defense Minister");
    private static final Signatory TANVEER_FOR_PAKISTAN = new Signatory(TANVEER_HUSSAIN, PAKISTAN, "Defense Minister");

    private final InMemoryRecordDirectory directory = seedDirectory();
    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agreement.class);
        fixture.registerInjectableResource(directory);
    }

    private static AgreementRecorded agreementsRecorded() {
        return new AgreementRecorded(AGREEMENTS_2018, agreements2018().withSigned(resolved("2018")));
    }

    private static AgreementFacts signedBy(Signatory... signatories) {
        AgreementFacts facts = agreements2018();
        return new AgreementFacts(facts.title(), AgreementKind.AGREEMENT, List.of(), List.of(signatories), facts.signed(), facts.topics(),
                facts.initiativeIds(), null, facts.summary(), facts.provenance());
    }

    private static AgreementFacts covering(String... initiativeIds) {
        AgreementFacts facts = agreements2018();
        return new AgreementFacts(facts.title(), AgreementKind.AGREEMENT, List.of(), facts.signatories(), facts.signed(), facts.topics(),
                List.of(initiativeIds), null, facts.summary(), facts.provenance());
    }

    @Nested
    @DisplayName("recording an agreement")
    class Recording {

        @Test
        void an_agreement_is_recorded_with_its_signing_date_resolved() {
            fixture.givenNoPriorActivity()
                    .when(new RecordAgreement(AGREEMENTS_2018, agreements2018()))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new AgreementRecorded(AGREEMENTS_2018, agreements2018().withSigned(
                            new PartialDate("2018", Precision.YEAR, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)))))
                    .expectResultMessagePayload(new Accepted(AGREEMENTS_2018, 0, CREATED));
        }

        @Test
        void a_retried_agreement_with_the_same_content_changes_nothing() {
            fixture.given(agreementsRecorded())
                    .when(new RecordAgreement(AGREEMENTS_2018, agreements2018()))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(AGREEMENTS_2018, 0, UNCHANGED));
        }

        @Test
        void a_different_agreement_under_the_same_id_is_a_conflict() {
            fixture.given(agreementsRecorded())
                    .when(new RecordAgreement(AGREEMENTS_2018, agreements2018().withSigned(date("July 2018"))))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, null))
                    .expectExceptionMessage(containsString("agreement 'ir-pk-defence-agreements-2018' is already recorded"));
        }

        @Test
        void each_signatory_signs_once() {
            fixture.givenNoPriorActivity()
                    .when(new RecordAgreement(AGREEMENTS_2018, signedBy(HATAMI_FOR_IRAN, TANVEER_FOR_PAKISTAN,
                            new Signatory(HATAMI, IRAN, "Brigadier General"))))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "agreement.signatories"))
                    .expectExceptionMessage("each signatory signs once");
        }

        @Test
        void the_signatories_must_be_recorded_actors() {
            fixture.givenNoPriorActivity()
                    .when(new RecordAgreement(AGREEMENTS_2018, signedBy(HATAMI_FOR_IRAN,
                            new Signatory("khawaja-asif", PAKISTAN, "Defense Minister"))))
                    .expectNoEvents()
                    .expectException(refused(UNKNOWN_RECORD, "agreement.signatories"))
                    .expectExceptionMessage("no actor 'khawaja-asif' is recorded");
        }

        @Test
        void a_withdrawn_signatory_cannot_be_referred_to() {
            directory.withdrawn(RecordType.ACTOR, TANVEER_HUSSAIN);

            fixture.givenNoPriorActivity()
                    .when(new RecordAgreement(AGREEMENTS_2018, agreements2018()))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT));
        }

        @Test
        void the_initiatives_covered_must_be_recorded() {
            fixture.givenNoPriorActivity()
                    .when(new RecordAgreement(AGREEMENTS_2018, covering(MILITARY_TRAINING, "ir-pk-intelligence-sharing")))
                    .expectNoEvents()
                    .expectException(refused(UNKNOWN_RECORD, "agreement.initiativeIds"));
        }

        @Test
        void a_withdrawn_initiative_cannot_be_covered() {
            directory.withdrawn(RecordType.INITIATIVE, MILITARY_TRAINING);

            fixture.givenNoPriorActivity()
                    .when(new RecordAgreement(AGREEMENTS_2018, agreements2018()))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT));
        }

        @Test
        void a_signing_date_that_does_not_exist_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new RecordAgreement(AGREEMENTS_2018, agreements2018().withSigned(date("2018-02-30"))))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "agreement.signed"));
        }

        @Test
        void a_signing_date_after_the_report_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new RecordAgreement(AGREEMENTS_2018, agreements2018().withSigned(date("2025-02"))))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "agreement.signed"));
        }
    }

    @Nested
    @DisplayName("correcting and withdrawing")
    class CorrectingAndWithdrawing {

        private static final String REASON = "Amir Hatami signed as Brigadier General and Defense Minister";

        @Test
        void a_correction_carries_the_previous_and_corrected_facts_and_the_reason() {
            AgreementFacts corrected = signedBy(new Signatory(HATAMI, IRAN, "Brigadier General, Defense Minister"),
                    TANVEER_FOR_PAKISTAN);

            fixture.given(agreementsRecorded())
                    .when(new CorrectAgreement(AGREEMENTS_2018, REASON, corrected, 0L))
                    .expectEvents(new AgreementCorrected(AGREEMENTS_2018, agreementsRecorded().agreement(),
                            corrected.withSigned(resolved("2018")), REASON))
                    .expectResultMessagePayload(new Accepted(AGREEMENTS_2018, 1, UPDATED));
        }

        @Test
        void correcting_to_the_facts_already_recorded_changes_nothing() {
            fixture.given(agreementsRecorded())
                    .when(new CorrectAgreement(AGREEMENTS_2018, REASON, agreements2018(), null))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(AGREEMENTS_2018, 0, UNCHANGED));
        }

        @Test
        void a_correction_may_not_list_a_signatory_twice() {
            fixture.given(agreementsRecorded())
                    .when(new CorrectAgreement(AGREEMENTS_2018, REASON,
                            signedBy(HATAMI_FOR_IRAN, TANVEER_FOR_PAKISTAN, TANVEER_FOR_PAKISTAN), null))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "corrected.signatories"));
        }

        @Test
        void a_correction_may_not_name_an_unknown_signatory() {
            fixture.given(agreementsRecorded())
                    .when(new CorrectAgreement(AGREEMENTS_2018, REASON,
                            signedBy(HATAMI_FOR_IRAN, new Signatory("khawaja-asif", PAKISTAN, null)), null))
                    .expectException(refused(UNKNOWN_RECORD, "corrected.signatories"));
        }

        @Test
        void a_correction_may_not_cover_an_unknown_initiative() {
            fixture.given(agreementsRecorded())
                    .when(new CorrectAgreement(AGREEMENTS_2018, REASON, covering("ir-pk-intelligence-sharing"), null))
                    .expectException(refused(UNKNOWN_RECORD, "corrected.initiativeIds"));
        }

        @Test
        void a_correction_to_a_signing_date_after_the_report_is_refused() {
            fixture.given(agreementsRecorded())
                    .when(new CorrectAgreement(AGREEMENTS_2018, REASON, agreements2018().withSigned(date("2026")), null))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "corrected.signed"));
        }

        @Test
        void a_withdrawn_agreement_cannot_be_corrected() {
            fixture.given(agreementsRecorded(), new AgreementWithdrawn(AGREEMENTS_2018, "recorded twice"))
                    .when(new CorrectAgreement(AGREEMENTS_2018, REASON, agreements2018().withSigned(date("July 2018")), null))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, null))
                    .expectExceptionMessage("agreement 'ir-pk-defence-agreements-2018' was withdrawn; it can no longer change");
        }

        @Test
        void withdrawing_records_the_reason() {
            fixture.given(agreementsRecorded())
                    .when(new WithdrawAgreement(AGREEMENTS_2018, "recorded twice", 0L))
                    .expectEvents(new AgreementWithdrawn(AGREEMENTS_2018, "recorded twice"))
                    .expectResultMessagePayload(new Accepted(AGREEMENTS_2018, 1, UPDATED));
        }

        @Test
        void withdrawing_twice_changes_nothing() {
            fixture.given(agreementsRecorded(), new AgreementWithdrawn(AGREEMENTS_2018, "recorded twice"))
                    .when(new WithdrawAgreement(AGREEMENTS_2018, "recorded twice", null))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(AGREEMENTS_2018, 1, UNCHANGED));
        }
    }
}
