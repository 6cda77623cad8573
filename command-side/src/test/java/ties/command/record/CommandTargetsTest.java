package ties.command.record;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;
import ties.initiative.ProposeInitiative;
import ties.initiative.WithdrawInitiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static ties.command.SeedFacts.NAVAL_EXERCISES;
import static ties.command.SeedFacts.navalExercises;

/** A command names its record, and the version its sender saw, exactly as Axon's own resolver reads them. */
class CommandTargetsTest {

    private final CommandTargets targets = new CommandTargets();
    private final AnnotationCommandTargetResolver axon = AnnotationCommandTargetResolver.builder().build();

    @Test
    void a_proposal_is_for_its_new_initiative_at_no_expected_version() {
        CommandMessage<?> proposal = message(new ProposeInitiative(NAVAL_EXERCISES, navalExercises()));

        VersionedAggregateIdentifier target = targets.resolveTarget(proposal);

        assertThat(target.getIdentifier()).isEqualTo(NAVAL_EXERCISES);
        assertThat(target.getVersion()).isNull();
        assertThat(target).isEqualTo(axon.resolveTarget(proposal));
    }

    @Test
    void a_withdrawal_names_the_version_its_editor_saw() {
        CommandMessage<?> withdrawal = message(new WithdrawInitiative(NAVAL_EXERCISES, "Reported in error", 3L));

        VersionedAggregateIdentifier target = targets.resolveTarget(withdrawal);

        assertThat(target.getIdentifier()).isEqualTo(NAVAL_EXERCISES);
        assertThat(target.getVersion()).isEqualTo(3L);
        assertThat(target).isEqualTo(axon.resolveTarget(withdrawal));
    }

    @Test
    void the_same_class_read_again_gives_each_command_its_own_record() {
        CommandMessage<?> first = message(new WithdrawInitiative(NAVAL_EXERCISES, null, 1L));
        CommandMessage<?> second = message(new WithdrawInitiative("joint-border-patrols", null, null));

        assertThat(targets.resolveTarget(first)).isEqualTo(new VersionedAggregateIdentifier(NAVAL_EXERCISES, 1L));
        assertThat(targets.resolveTarget(second)).isEqualTo(new VersionedAggregateIdentifier("joint-border-patrols", null));
    }

    @Test
    void a_version_written_as_text_is_read_as_a_number_and_other_text_is_refused() {
        assertThat(targets.resolveTarget(message(new TextVersion("naval-exercises", "7"))).getVersion()).isEqualTo(7L);
        assertThatIllegalArgumentException().isThrownBy(() -> targets.resolveTarget(message(new TextVersion("naval-exercises", "seven"))))
                .withMessage("The value provided for the version is not a number.");
    }

    @Test
    void a_command_that_names_no_record_is_refused_as_axon_refuses_it() {
        CommandMessage<?> unnamed = message(new WithdrawInitiative(null, null, null));
        CommandMessage<?> unmarked = message("a report with no record");

        assertThatIllegalArgumentException().isThrownBy(() -> targets.resolveTarget(unnamed))
                .withMessageContaining("[WithdrawInitiative] class contains the @TargetAggregateIdentifier annotation");
        assertThatIllegalArgumentException().isThrownBy(() -> targets.resolveTarget(unmarked))
                .withMessage(catchMessage(unmarked));
    }

    /** A command whose members are fields, not record components read through their accessors. */
    static final class TextVersion {
        @TargetAggregateIdentifier
        private final String id;
        @TargetAggregateVersion
        private final String version;

        TextVersion(String id, String version) {
            this.id = id;
            this.version = version;
        }
    }

    private String catchMessage(CommandMessage<?> command) {
        try {
            axon.resolveTarget(command);
            throw new AssertionError("Axon's resolver accepted " + command.getPayload());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static CommandMessage<?> message(Object payload) {
        return GenericCommandMessage.asCommandMessage(payload);
    }
}
