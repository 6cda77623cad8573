package ties.initiative;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static ties.initiative.Completion.FULL;
import static ties.initiative.Completion.PARTIAL;
import static ties.initiative.InitiativeStatus.*;

@DisplayName("InitiativeStatus: how an initiative such as the joint naval exercises may move")
class InitiativeStatusTest {

    /** Whether an initiative at {@code from} (last on the main line at {@code lastMainLine}) may move to {@code to}. */
    private static boolean mayMove(InitiativeStatus from, InitiativeStatus lastMainLine, InitiativeStatus to) {
        return from.refusalToMove(to, lastMainLine, null, to == IMPLEMENTED ? FULL : null).isEmpty();
    }

    private static boolean mayMove(InitiativeStatus from, InitiativeStatus to) {
        return mayMove(from, from, to);
    }

    @Nested
    @DisplayName("along the main line")
    class MainLine {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "PROPOSED, UNDER_DISCUSSION", "PROPOSED, AGREED", "PROPOSED, IMPLEMENTING", "PROPOSED, IMPLEMENTED",
                "UNDER_DISCUSSION, AGREED", "UNDER_DISCUSSION, IMPLEMENTING", "UNDER_DISCUSSION, IMPLEMENTED",
                "AGREED, IMPLEMENTING", "AGREED, IMPLEMENTED", "IMPLEMENTING, IMPLEMENTED"})
        void forward_including_skipped_steps(InitiativeStatus from, InitiativeStatus to) {
            assertThat(mayMove(from, to)).isTrue();
        }

        @ParameterizedTest(name = "{0} -/-> {1}")
        @CsvSource({
                "UNDER_DISCUSSION, PROPOSED", "AGREED, PROPOSED", "AGREED, UNDER_DISCUSSION",
                "IMPLEMENTING, PROPOSED", "IMPLEMENTING, UNDER_DISCUSSION", "IMPLEMENTING, AGREED"})
        void never_backward(InitiativeStatus from, InitiativeStatus to) {
            assertThat(from.refusalToMove(to, from, null, null))
                    .hasValue("cannot go back from " + from.label() + " to " + to.label()
                            + "; correct the record if the earlier status was wrong");
        }

        @ParameterizedTest(name = "{0} -/-> {0}")
        @EnumSource(value = InitiativeStatus.class, names = {"PROPOSED", "UNDER_DISCUSSION", "AGREED", "IMPLEMENTING",
                "STALLED", "SUSPENDED", "ABANDONED"})
        void not_to_the_status_it_already_has(InitiativeStatus status) {
            assertThat(status.refusalToMove(status, status.onMainLine() ? status : AGREED, null, null))
                    .hasValue("the initiative is already " + status.label());
        }

        @ParameterizedTest(name = "{0} may become {1}")
        @CsvSource({
                "PROPOSED, STALLED", "PROPOSED, SUSPENDED", "PROPOSED, ABANDONED",
                "UNDER_DISCUSSION, STALLED", "UNDER_DISCUSSION, SUSPENDED", "UNDER_DISCUSSION, ABANDONED",
                "AGREED, STALLED", "AGREED, SUSPENDED", "AGREED, ABANDONED",
                "IMPLEMENTING, STALLED", "IMPLEMENTING, SUSPENDED", "IMPLEMENTING, ABANDONED"})
        void an_unfinished_initiative_may_stall_be_suspended_or_abandoned(InitiativeStatus from, InitiativeStatus to) {
            assertThat(mayMove(from, to)).isTrue();
        }
    }

    @Nested
    @DisplayName("from stalled or suspended")
    class StalledOrSuspended {

        @ParameterizedTest(name = "{0} after {1} -> {2}")
        @CsvSource({
                "STALLED, AGREED, AGREED", "STALLED, AGREED, IMPLEMENTING", "STALLED, AGREED, IMPLEMENTED",
                "SUSPENDED, UNDER_DISCUSSION, UNDER_DISCUSSION", "SUSPENDED, UNDER_DISCUSSION, AGREED",
                "STALLED, PROPOSED, PROPOSED"})
        void resumes_where_it_was_or_further_on(InitiativeStatus from, InitiativeStatus lastMainLine, InitiativeStatus to) {
            assertThat(mayMove(from, lastMainLine, to)).isTrue();
        }

        @ParameterizedTest(name = "{0} after {1} -/-> {2}")
        @CsvSource({
                "STALLED, AGREED, UNDER_DISCUSSION", "STALLED, AGREED, PROPOSED",
                "SUSPENDED, IMPLEMENTING, AGREED", "SUSPENDED, UNDER_DISCUSSION, PROPOSED"})
        void does_not_resume_before_where_it_was(InitiativeStatus from, InitiativeStatus lastMainLine, InitiativeStatus to) {
            assertThat(from.refusalToMove(to, lastMainLine, null, null))
                    .hasValue("a " + from.label() + " initiative resumes at " + lastMainLine.label()
                            + " or further on, not at " + to.label());
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"STALLED, SUSPENDED", "STALLED, ABANDONED", "SUSPENDED, STALLED", "SUSPENDED, ABANDONED"})
        void may_move_to_another_side_state(InitiativeStatus from, InitiativeStatus to) {
            assertThat(mayMove(from, AGREED, to)).isTrue();
        }
    }

    @Nested
    @DisplayName("from abandoned")
    class Abandoned {

        @ParameterizedTest(name = "ABANDONED after IMPLEMENTING -> {0}")
        @EnumSource(value = InitiativeStatus.class, names = {"PROPOSED", "UNDER_DISCUSSION", "AGREED", "IMPLEMENTING",
                "IMPLEMENTED"})
        void is_revived_onto_the_main_line_at_any_step(InitiativeStatus to) {
            assertThat(mayMove(ABANDONED, IMPLEMENTING, to)).isTrue();
        }

        @ParameterizedTest(name = "ABANDONED -/-> {0}")
        @EnumSource(value = InitiativeStatus.class, names = {"STALLED", "SUSPENDED"})
        void is_not_moved_to_a_side_state(InitiativeStatus to) {
            assertThat(ABANDONED.refusalToMove(to, AGREED, null, null))
                    .hasValue("an abandoned initiative can only be revived onto the main line, not " + to.label());
        }
    }

    @Nested
    @DisplayName("from implemented")
    class Implemented {

        private static final String FINAL = "an implemented initiative is final (a partial implementation may only "
                + "become full); correct the record if the status was wrong";

        @Test
        void a_partial_implementation_may_become_full() {
            assertThat(IMPLEMENTED.refusalToMove(IMPLEMENTED, IMPLEMENTED, PARTIAL, FULL)).isEmpty();
        }

        @Test
        void a_full_implementation_is_final() {
            assertThat(IMPLEMENTED.refusalToMove(IMPLEMENTED, IMPLEMENTED, FULL, FULL)).hasValue(FINAL);
            assertThat(IMPLEMENTED.refusalToMove(IMPLEMENTED, IMPLEMENTED, FULL, PARTIAL)).hasValue(FINAL);
        }

        @Test
        void a_partial_implementation_does_not_become_partial_again() {
            assertThat(IMPLEMENTED.refusalToMove(IMPLEMENTED, IMPLEMENTED, PARTIAL, PARTIAL)).hasValue(FINAL);
        }

        @ParameterizedTest(name = "IMPLEMENTED -/-> {0}")
        @EnumSource(value = InitiativeStatus.class, names = "IMPLEMENTED", mode = EnumSource.Mode.EXCLUDE)
        void moves_nowhere_else(InitiativeStatus to) {
            assertThat(IMPLEMENTED.refusalToMove(to, IMPLEMENTED, PARTIAL, null)).hasValue(FINAL);
        }
    }

    @Nested
    @DisplayName("naming")
    class Naming {

        @Test
        void main_line_and_side_states() {
            assertThat(PROPOSED.onMainLine()).isTrue();
            assertThat(UNDER_DISCUSSION.onMainLine()).isTrue();
            assertThat(AGREED.onMainLine()).isTrue();
            assertThat(IMPLEMENTING.onMainLine()).isTrue();
            assertThat(IMPLEMENTED.onMainLine()).isTrue();
            assertThat(STALLED.onMainLine()).isFalse();
            assertThat(SUSPENDED.onMainLine()).isFalse();
            assertThat(ABANDONED.onMainLine()).isFalse();
        }

        @Test
        void labels_read_as_words() {
            assertThat(UNDER_DISCUSSION.label()).isEqualTo("under discussion");
            assertThat(IMPLEMENTED.label()).isEqualTo("implemented");
        }
    }
}
