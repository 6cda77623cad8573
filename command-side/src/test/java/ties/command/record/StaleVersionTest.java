package ties.command.record;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ties.command.initiative.Initiative;
import ties.fact.Rejection;
import ties.fact.RejectionDetails;
import ties.initiative.ChangeInitiativeStatus;
import ties.initiative.InitiativeEvent.InitiativeProposed;
import ties.initiative.InitiativeEvent.InitiativeStatusChanged;
import ties.initiative.InitiativeStatus;
import ties.initiative.StatusChange;

import java.util.List;

import static ties.command.SeedFacts.NAVAL_EXERCISES;
import static ties.command.SeedFacts.TASNIM;
import static ties.command.SeedFacts.date;
import static ties.command.SeedFacts.navalExercises;
import static ties.command.SeedFacts.resolved;
import static ties.command.SeedFacts.seedDirectory;

/**
 * An edit sent with a stale If-Match is refused with its reason in the exception's details: the one
 * part of a failure that Axon Server carries to the node that sent the command.
 */
@DisplayName("A stale expected version is refused as a conflict, with details that cross Axon Server")
class StaleVersionTest {

    private final FixtureConfiguration<Initiative> fixture = new AggregateTestFixture<>(Initiative.class);

    private static StatusChange move(InitiativeStatus status) {
        return new StatusChange(null, status, null, false, date("recently"), TASNIM, List.of(), List.of(), null, null, null);
    }

    @Test
    void a_status_change_against_an_older_version_carries_a_conflict() {
        InMemoryRecordDirectory directory = seedDirectory();
        fixture.registerInjectableResource(directory);
        fixture.registerCommandHandlerInterceptor(new CommandGuards(directory).interceptor());

        fixture.given(new InitiativeProposed(NAVAL_EXERCISES, navalExercises().withOccurred(resolved("recently"))),
                        new InitiativeStatusChanged(NAVAL_EXERCISES, InitiativeStatus.PROPOSED,
                                move(InitiativeStatus.UNDER_DISCUSSION).withOccurred(resolved("recently"))))
                .when(new ChangeInitiativeStatus(NAVAL_EXERCISES, move(InitiativeStatus.AGREED), 0L))
                .expectNoEvents()
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new RejectionDetails(Rejection.Kind.CONFLICT, null, "record '" + NAVAL_EXERCISES
                        + "' is at version 1, not the expected 0; reload it and try again"));
    }
}
