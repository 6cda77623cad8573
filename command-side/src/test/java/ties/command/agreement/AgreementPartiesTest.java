package ties.command.agreement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ties.actor.ActorKind;
import ties.agreement.AgreementEvent.AgreementRecorded;
import ties.agreement.AgreementFacts;
import ties.agreement.AgreementKind;
import ties.agreement.RecordAgreement;
import ties.agreement.Signatory;
import ties.command.record.Accepted;
import ties.command.record.InMemoryRecordDirectory;
import ties.fact.Confidence;
import ties.fact.CountryCode;
import ties.fact.PartialDate;
import ties.fact.Provenance;
import ties.fact.Source;
import ties.record.RecordRef;
import ties.record.RecordType;

import java.time.LocalDate;
import java.util.List;

import static ties.command.Refusals.refused;
import static ties.command.SeedFacts.AGREEMENTS_2018;
import static ties.command.SeedFacts.ISLAMABAD_VISIT;
import static ties.command.SeedFacts.MILITARY_TRAINING;
import static ties.command.SeedFacts.seedDirectory;
import static ties.command.record.Accepted.Outcome.CREATED;
import static ties.fact.Rejection.Kind.CONFLICT;
import static ties.fact.Rejection.Kind.INVALID;
import static ties.fact.Rejection.Kind.UNKNOWN_RECORD;

/**
 * Agreements between parties of any kind, as reported: "The Pakistan Association of Defence Industries
 * signed a memorandum of understanding with Turkish defence company STM at IDEAS 2024 in Karachi" (APP,
 * 21 November 2024) names the parties, not who signed.
 */
@DisplayName("Agreement: parties of any kind, unnamed signatories, kinds and the occasion of signing")
class AgreementPartiesTest {

    private static final String PADI = "pakistan-association-of-defence-industries";
    private static final String STM = "stm-defence";
    private static final String MOU = "padi-stm-naval-platforms-mou";
    private static final CountryCode TURKEY = CountryCode.of("TR");
    private static final Provenance APP = new Provenance(List.of(new Source("Associated Press of Pakistan", null, null,
            LocalDate.of(2024, 11, 21), List.of())), Confidence.HIGH);

    private final InMemoryRecordDirectory directory = seedDirectory()
            .actor(PADI, ActorKind.INDUSTRY_ASSOCIATION, CountryCode.of("PK"), "Pakistan Association of Defence Industries")
            .actor(STM, ActorKind.COMPANY, TURKEY, "STM Savunma Teknolojileri Mühendislik ve Ticaret")
            .actor("stm-chief-executive", ActorKind.PERSON, null, "Özgür Güleryüz");
    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agreement.class);
        fixture.registerInjectableResource(directory);
    }

    private static AgreementFacts mou(List<String> partyIds, List<Signatory> signatories, RecordRef occasion) {
        return new AgreementFacts("MoU on cooperation in naval platforms", AgreementKind.MOU, partyIds, signatories,
                PartialDate.of("2024-11-20"), List.of("naval platforms"), List.of(), occasion, null, APP);
    }

    @Test
    void an_mou_between_an_industry_association_and_a_company_needs_no_named_signatory() {
        AgreementFacts sent = mou(List.of(PADI, STM), List.of(), null);
        fixture.givenNoPriorActivity()
                .when(new RecordAgreement(MOU, sent))
                .expectEvents(new AgreementRecorded(MOU, sent.withSigned(PartialDate.resolved("2024-11-20",
                        LocalDate.of(2024, 11, 21)))))
                .expectResultMessagePayload(new Accepted(MOU, 0, CREATED));
    }

    @Test
    void a_signatory_may_sign_for_no_country() {
        AgreementFacts sent = mou(List.of(PADI, STM), List.of(new Signatory("stm-chief-executive", null, "General Manager")), null);
        fixture.givenNoPriorActivity()
                .when(new RecordAgreement(MOU, sent))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AgreementRecorded(MOU, sent.withSigned(PartialDate.resolved("2024-11-20",
                        LocalDate.of(2024, 11, 21)))));
    }

    @Test
    void an_agreement_names_its_parties_or_its_signatories() {
        fixture.givenNoPriorActivity()
                .when(new RecordAgreement(MOU, mou(List.of(), List.of(), null)))
                .expectNoEvents()
                .expectException(refused(INVALID, "agreement.partyIds"))
                .expectExceptionMessage("name the parties, the signatories, or both");
    }

    @Test
    void each_party_is_named_once() {
        fixture.givenNoPriorActivity()
                .when(new RecordAgreement(MOU, mou(List.of(PADI, STM, PADI), List.of(), null)))
                .expectNoEvents()
                .expectException(refused(INVALID, "agreement.partyIds"));
    }

    @Test
    void the_parties_must_be_recorded_actors() {
        fixture.givenNoPriorActivity()
                .when(new RecordAgreement(MOU, mou(List.of(PADI, "aselsan"), List.of(), null)))
                .expectNoEvents()
                .expectException(refused(UNKNOWN_RECORD, "agreement.partyIds"))
                .expectExceptionMessage("no actor 'aselsan' is recorded");
    }

    @Test
    void an_agreement_signed_during_a_visit_cites_it() {
        AgreementFacts sent = mou(List.of(PADI, STM), List.of(), new RecordRef(RecordType.VISIT, ISLAMABAD_VISIT));
        fixture.givenNoPriorActivity()
                .when(new RecordAgreement(MOU, sent))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AgreementRecorded(MOU, sent.withSigned(PartialDate.resolved("2024-11-20",
                        LocalDate.of(2024, 11, 21)))));
    }

    @Test
    void the_occasion_must_be_a_recorded_visit() {
        fixture.givenNoPriorActivity()
                .when(new RecordAgreement(MOU, mou(List.of(PADI, STM), List.of(),
                        new RecordRef(RecordType.VISIT, "ideas-2024-karachi"))))
                .expectNoEvents()
                .expectException(refused(UNKNOWN_RECORD, "agreement.occasion.id"))
                .expectExceptionMessage("no visit 'ideas-2024-karachi' is recorded");
    }

    @Test
    void an_occasion_is_something_that_took_place_not_another_kind_of_record() {
        fixture.givenNoPriorActivity()
                .when(new RecordAgreement(MOU, mou(List.of(PADI, STM), List.of(),
                        new RecordRef(RecordType.INITIATIVE, MILITARY_TRAINING))))
                .expectNoEvents()
                .expectException(refused(INVALID, "agreement.occasion.type"));
    }

    @Test
    void an_occasion_of_the_right_kind_that_was_withdrawn_cannot_be_cited() {
        directory.withdrawn(RecordType.VISIT, "withdrawn-visit");
        fixture.givenNoPriorActivity()
                .when(new RecordAgreement(AGREEMENTS_2018, mou(List.of(PADI, STM), List.of(),
                        new RecordRef(RecordType.VISIT, "withdrawn-visit"))))
                .expectNoEvents()
                .expectException(refused(CONFLICT, null));
    }
}
