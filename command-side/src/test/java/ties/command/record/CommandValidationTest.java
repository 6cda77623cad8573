package ties.command.record;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ties.fact.Confidence;
import ties.fact.Provenance;
import ties.fact.Source;
import ties.initiative.InitiativeFacts;
import ties.initiative.ProposeInitiative;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ties.command.SeedFacts.NAVAL_EXERCISES;
import static ties.command.SeedFacts.REPORTED_ON;
import static ties.command.SeedFacts.navalExercises;

/** Every command is validated before dispatch, down to the sources of its provenance. */
class CommandValidationTest {

    private final ValidatorFactory validators = Validation.buildDefaultValidatorFactory();

    @AfterEach
    void close() {
        validators.close();
    }

    @Test
    void a_proposal_as_the_seed_article_reports_it_passes() {
        ProposeInitiative proposal = new ProposeInitiative(NAVAL_EXERCISES, navalExercises());

        assertThatNoException().isThrownBy(() -> dispatch(proposal));
    }

    @Test
    void a_source_without_a_publisher_deep_inside_a_proposal_is_refused_before_dispatch() {
        InitiativeFacts facts = navalExercises();
        Source unnamed = new Source(" ", null, null, REPORTED_ON, List.of("Tasnim News Agency"));
        ProposeInitiative proposal = new ProposeInitiative(NAVAL_EXERCISES, new InitiativeFacts(facts.title(),
                facts.kind(), facts.parties(), facts.proposedBy(), facts.description(), facts.occurred(),
                facts.statementIds(), facts.target(), Provenance.of(Confidence.HIGH, unnamed)));

        JSR303ViolationException refused = catchThrowableOfType(JSR303ViolationException.class, () -> dispatch(proposal));

        assertThat(refused.getViolations()).extracting(violation -> violation.getPropertyPath().toString())
                .containsOnly("initiative.provenance.sources[0].publisher");
        assertThat(refused.getViolations()).extracting(violation -> violation.getMessage()).contains("must not be blank");
    }

    private void dispatch(ProposeInitiative proposal) {
        CommandGuards.validation(validators).handle(GenericCommandMessage.asCommandMessage(proposal));
    }
}
