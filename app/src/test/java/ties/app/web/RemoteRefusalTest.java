package ties.app.web;

import io.axoniq.axonserver.grpc.command.CommandResponse;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.command.CommandSerializer;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.RemoteHandlingException;
import org.axonframework.messaging.RemoteNonTransientHandlingException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import ties.command.web.CommandSender;
import ties.fact.Rejection;
import ties.fact.RejectionDetails;
import ties.initiative.WithdrawInitiative;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Axon Server, the node that answers the HTTP request is often not the one that handled the
 * command: a refusal reaches it through the connector, which keeps an exception's message, code and
 * details object, not its class. The refusal here goes through the connector's own serializer both
 * ways, as it does between two nodes, and then through the command API's translation into a problem.
 */
@DisplayName("A refusal from another node, through Axon Server, answers with its problem")
class RemoteRefusalTest {

    private static final String NAVAL_EXERCISES = "ir-pk-joint-naval-exercises";
    private static final String STALE = "record '" + NAVAL_EXERCISES
            + "' is at version 1, not the expected 0; reload it and try again";

    private final CommandSerializer axonServer = new CommandSerializer(JacksonSerializer.defaultSerializer(),
            new AxonServerConfiguration());

    /** The handling node's failure as the sending node receives it. */
    private CommandExecutionException acrossAxonServer(Throwable failure) {
        CommandResponse response = axonServer.serialize(GenericCommandResultMessage.asCommandResultMessage(failure),
                "withdrawal-1");
        return (CommandExecutionException) axonServer.deserialize(response).exceptionResult();
    }

    /** What the command API answers when a withdrawal sent with If-Match "0" fails that way on another node. */
    private ResponseEntity<Object> answerTo(Throwable failure) {
        CommandExecutionException remote = acrossAxonServer(failure);
        // Only a description of the handler's exception arrives, never the exception itself.
        assertThat(remote.getCause()).isInstanceOfAny(RemoteHandlingException.class, RemoteNonTransientHandlingException.class);
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(WithdrawInitiative.class.getName(), command -> {
            throw remote;
        });
        CommandSender sender = new CommandSender(DefaultCommandGateway.builder().commandBus(bus).build(), null);
        try {
            sender.sendAs(new WithdrawInitiative(NAVAL_EXERCISES, "Recorded twice by mistake", 0L), "editor", "request-1");
        } catch (RuntimeException refused) {
            return new Problems().refused(refused);
        }
        throw new AssertionError("the withdrawal was not refused");
    }

    @Test
    void a_stale_if_match_refused_on_another_node_is_a_409_conflict() {
        // What CommandGuards throws on the handling node for a stale expected version.
        CommandExecutionException refused = new CommandExecutionException(STALE,
                new ConflictingAggregateVersionException(NAVAL_EXERCISES, 0, 1), RejectionDetails.of(Rejection.conflict(STALE)));

        ResponseEntity<Object> answer = answerTo(refused);

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getType()).isEqualTo(ProblemType.CONFLICT.uri());
        assertThat(problem.getDetail()).isEqualTo(STALE);
    }

    @Test
    void the_same_failure_without_details_arrives_unexplained() {
        ResponseEntity<Object> answer = answerTo(new ConflictingAggregateVersionException(NAVAL_EXERCISES, 0, 1));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
    }
}
