package ties;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ties.actor.ActorFacts;
import ties.actor.ActorKind;
import ties.actor.RegisterActor;
import ties.actor.WithdrawActor;
import ties.fact.Confidence;
import ties.fact.CountryCode;
import ties.fact.PartialDate;
import ties.fact.Provenance;
import ties.fact.Source;
import ties.initiative.InitiativeFacts;
import ties.initiative.InitiativeKind;
import ties.initiative.ProposeInitiative;
import ties.statement.RecordStatement;
import ties.statement.Speaker;
import ties.statement.StatementFacts;
import ties.statement.StatementForm;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules each command carries on its own, which the command bus checks with Bean Validation
 * before dispatch (the aggregates then check the rules that need the record's history).
 */
@DisplayName("Command validation: what a command must satisfy before it reaches an aggregate")
class CommandValidationTest {

    private static final Source ARTICLE = new Source("Seed article", null, "seeds/000_17cf94f895c3a69b",
            LocalDate.of(2025, 1, 15), List.of("Tasnim News Agency"));
    private static final Provenance TASNIM = Provenance.of(Confidence.HIGH, ARTICLE);
    private static final CountryCode IRAN = CountryCode.of("IR");
    private static final CountryCode PAKISTAN = CountryCode.of("PK");

    private static ValidatorFactory factory;
    private static Validator validator;

    /**
     * Creates validators the way Spring's {@code SpringConstraintValidatorFactory} does, reaching
     * non-public constructors: {@code TextValidator}'s validators have no public constructor (see
     * {@link #the_text_constraints_work_without_spring()}).
     */
    private static final class AccessibleConstraintValidatorFactory implements ConstraintValidatorFactory {
        @Override
        public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
            try {
                var constructor = key.getDeclaredConstructor();
                constructor.setAccessible(true);
                return constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void releaseInstance(ConstraintValidator<?, ?> instance) {
        }
    }

    @BeforeAll
    static void createValidator() {
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .constraintValidatorFactory(new AccessibleConstraintValidatorFactory())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    /** Each violation as "path: message" (a list, so that a constraint reported twice would show). */
    private static List<String> violations(Object command) {
        return validator.validate(command).stream()
                .map(CommandValidationTest::describe)
                .sorted().toList();
    }

    private static List<String> paths(Object command) {
        return validator.validate(command).stream()
                .map(v -> v.getPropertyPath().toString())
                .sorted().toList();
    }

    private static String describe(ConstraintViolation<Object> violation) {
        return violation.getPropertyPath() + ": " + violation.getMessage();
    }

    private static InitiativeFacts navalExercises(List<CountryCode> parties) {
        return new InitiativeFacts("Joint naval exercises in the Arabian Sea", InitiativeKind.JOINT_EXERCISE, parties,
                "mohammad-bagheri", "Joint naval exercises to enhance maritime security in the Arabian Sea",
                PartialDate.of("recently"), List.of("bagheri-proposes-naval-exercises"), null, TASNIM);
    }

    private static StatementFacts said(Speaker speaker) {
        return new StatementFacts(speaker, StatementForm.QUOTE,
                "The pragmatic approach of Iran and Pakistan demonstrates a shared intent to resolve immediate "
                        + "security challenges", null, PartialDate.of("recently"), null, List.of(), List.of(), TASNIM);
    }

    @Test
    void the_joint_naval_exercises_proposal_is_valid() {
        assertThat(violations(new ProposeInitiative("ir-pk-joint-naval-exercises", navalExercises(List.of(IRAN, PAKISTAN)))))
                .isEmpty();
    }

    @Test
    void an_initiative_is_between_at_least_two_countries() {
        assertThat(violations(new ProposeInitiative("ir-pk-joint-naval-exercises", navalExercises(List.of(IRAN)))))
                .containsExactly("initiative.parties: an initiative is between at least 2 countries (at most 50)");
    }

    @ParameterizedTest(name = "\"{0}\" is a slug")
    @ValueSource(strings = {"ir-pk-joint-naval-exercises", "mohammad-bagheri", "ir1", "bagheri-pakistan-visit-2018"})
    void record_ids_are_readable_slugs(String id) {
        assertThat(paths(new ProposeInitiative(id, navalExercises(List.of(IRAN, PAKISTAN))))).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is not a slug")
    @ValueSource(strings = {"IR-PK-Naval", "ir pk naval", "ir--pk", "-ir-pk", "ir-pk-", "ir", "ir_pk", "bāgheri"})
    void other_record_ids_are_refused(String id) {
        assertThat(paths(new ProposeInitiative(id, navalExercises(List.of(IRAN, PAKISTAN))))).containsExactly("initiativeId");
    }

    @Test
    void a_statement_has_a_named_or_a_described_speaker() {
        assertThat(violations(new RecordStatement("senior-official-pragmatic-approach",
                said(Speaker.unnamed("a senior defense official familiar with the discussions"))))).isEmpty();
        assertThat(violations(new RecordStatement("bagheri-several-good-agreements",
                said(Speaker.actor("mohammad-bagheri"))))).isEmpty();
    }

    @Test
    void a_statement_has_not_both_a_named_and_a_described_speaker() {
        assertThat(paths(new RecordStatement("senior-official-pragmatic-approach",
                said(new Speaker("mohammad-bagheri", "a senior defense official")))))
                .containsExactly("statement.speaker.eitherActorOrDescription");
    }

    @Test
    void a_statement_has_a_speaker_one_way_or_the_other() {
        assertThat(paths(new RecordStatement("senior-official-pragmatic-approach", said(new Speaker(null, "  ")))))
                .containsExactlyInAnyOrder("statement.speaker.description", "statement.speaker.eitherActorOrDescription");
    }

    @Test
    void a_name_is_one_line_without_control_characters() {
        ActorFacts withControl = new ActorFacts(ActorKind.PERSON, "Asim\u0000Munir", List.of("Asim\nMunir"),
                PAKISTAN, TASNIM);

        assertThat(paths(new RegisterActor("asim-munir", withControl)))
                .containsExactlyInAnyOrder("actor.name", "actor.aliases[0].<list element>");
    }

    @Test
    void text_holds_something_a_reader_can_see() {
        InitiativeFacts invisibleTitle = new InitiativeFacts("\u200B", InitiativeKind.JOINT_EXERCISE, List.of(IRAN, PAKISTAN),
                null, null, PartialDate.of("recently"), List.of(), null, TASNIM);
        String unassigned = new String(Character.toChars(0x0378));

        assertThat(paths(new ProposeInitiative("ir-pk-joint-naval-exercises", invisibleTitle))).containsExactly("initiative.title");
        assertThat(paths(new WithdrawActor("asim-munir", unassigned, null))).containsExactly("reason");
        assertThat(paths(new WithdrawActor("asim-munir", "Duplicate of the record made from Dawn's report", null))).isEmpty();
    }

    @Test
    void a_name_has_a_letter_in_any_script() {
        ActorFacts digits = new ActorFacts(ActorKind.PERSON, "0", List.of("--"), PAKISTAN, TASNIM);
        ActorFacts persian = new ActorFacts(ActorKind.PERSON, "محمد باقری", List.of("ISPR"), IRAN, TASNIM);

        assertThat(paths(new RegisterActor("asim-munir", digits)))
                .containsExactlyInAnyOrder("actor.name", "actor.aliases[0].<list element>");
        assertThat(paths(new RegisterActor("mohammad-bagheri", persian))).isEmpty();
    }

    @Test
    void a_person_is_not_named_as_a_country() {
        assertThat(new ActorFacts(ActorKind.PERSON, "iran", List.of(), IRAN, TASNIM).nameProblem())
                .hasValueSatisfying(problem -> assertThat(problem).startsWith("'iran' is the name of a country"));
        assertThat(new ActorFacts(ActorKind.COUNTRY, "Iran", List.of(), IRAN, TASNIM).nameProblem()).isEmpty();
        assertThat(new ActorFacts(ActorKind.ARMED_FORCES, "Pakistan Army", List.of(), PAKISTAN, TASNIM).nameProblem()).isEmpty();
    }

    @Test
    void a_source_is_not_published_in_the_future() {
        Source tomorrowEverywhere = new Source("Tasnim News Agency", null, null, LocalDate.now(ZoneOffset.UTC).plusDays(2),
                List.of());
        Source todayInTonga = new Source("Tasnim News Agency", null, null, LocalDate.now(ZoneOffset.ofHours(14)), List.of());

        assertThat(paths(new RegisterActor("asim-munir", new ActorFacts(ActorKind.PERSON, "Asim Munir", List.of(), PAKISTAN,
                Provenance.of(Confidence.HIGH, tomorrowEverywhere))))).containsExactly("actor.provenance.sources[0].published");
        assertThat(paths(new RegisterActor("asim-munir", new ActorFacts(ActorKind.PERSON, "Asim Munir", List.of(), PAKISTAN,
                Provenance.of(Confidence.HIGH, todayInTonga))))).isEmpty();
    }

    @Test
    void a_quote_may_span_lines() {
        StatementFacts twoParagraphs = new StatementFacts(Speaker.actor("mohammad-bagheri"), StatementForm.QUOTE,
                "We have witnessed significant events in the region over the past year.\n"
                        + "The relations between the Iranian and Pakistani armed forces have been developing.", null,
                PartialDate.of("recently"), null, List.of(), List.of(), TASNIM);

        assertThat(violations(new RecordStatement("bagheri-several-good-agreements", twoParagraphs))).isEmpty();
    }

    @Test
    void a_fact_needs_a_source() {
        ActorFacts unsourced = new ActorFacts(ActorKind.PERSON, "Asim Munir", List.of(), PAKISTAN,
                new Provenance(List.of(), Confidence.HIGH));

        assertThat(paths(new RegisterActor("asim-munir", unsourced))).containsExactly("actor.provenance.sources");
    }

    @Test
    void a_source_url_is_http() {
        Source notHttp = new Source("Tasnim News Agency", "ftp://tasnimnews.com/en", null, LocalDate.of(2025, 1, 15),
                List.of());
        ActorFacts munir = new ActorFacts(ActorKind.PERSON, "Asim Munir", List.of(), PAKISTAN,
                Provenance.of(Confidence.HIGH, notHttp));

        assertThat(paths(new RegisterActor("asim-munir", munir))).containsExactly("actor.provenance.sources[0].url");
    }

    @Test
    void the_text_constraints_work_without_spring() {
        try (ValidatorFactory plain = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            ActorFacts munir = new ActorFacts(ActorKind.PERSON, "Asim Munir", List.of(), PAKISTAN, TASNIM);

            assertThat(plain.getValidator().validate(new RegisterActor("asim-munir", munir))).isEmpty();
        }
    }
}
