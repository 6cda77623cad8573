package ties.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import ties.command.record.Accepted;
import ties.fact.Rejection;
import ties.fact.RejectionDetails;
import ties.record.RandomUuids;

import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sends commands on behalf of an HTTP request: stamps who recorded it (the signed-in user) and the client's request id
 * into the metadata (Axon copies both onto every resulting event), and turns the outcome into a
 * {@link Receipt} with ETag and Location.
 */
@Component
public class CommandSender {

    public static final String EDITOR_HEADER = "X-Ties-Editor";
    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String RECORDED_BY = "recordedBy";
    public static final String REQUEST_ID = "requestId";

    private static final Pattern HEADER_VALUE = Pattern.compile("[\\p{Alnum}._:@/+=-]{1,100}");

    private final CommandGateway commandGateway;
    private final EventStore eventStore;

    public CommandSender(CommandGateway commandGateway, EventStore eventStore) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
    }

    /** Sends a command as the editor behind {@code request} and answers with its receipt. */
    public ResponseEntity<Receipt> send(Object command, HttpServletRequest request, String location) {
        String editor = editorOf(request);
        String requestId = requestIdOf(request);
        AppendedPositions.clear();
        Accepted accepted = sendAs(command, editor, requestId);
        long position = AppendedPositions.take().orElseGet(this::head);
        Receipt receipt = new Receipt(accepted.recordId(), accepted.version(), accepted.outcome(), position);
        return ResponseEntity.status(accepted.outcome() == Accepted.Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create(location))
                .eTag("\"" + accepted.version() + "\"")
                .body(receipt);
    }

    /**
     * Where the store ends: the receipt's position when the command appended nothing (an unchanged
     * record, whose events all lie at or below it) or when the store does not report its appends
     * (Axon Server).
     */
    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1L : head.position().orElse(-1L);
    }

    /** Sends a command on behalf of a named editor, translating refusals into {@link Rejection}s. */
    public Accepted sendAs(Object command, String editor, String requestId) {
        MetaData metaData = MetaData.from(Map.of(RECORDED_BY, editor, REQUEST_ID, requestId));
        try {
            return commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        } catch (CommandExecutionException e) {
            throw e.getDetails().filter(RejectionDetails.class::isInstance).map(RejectionDetails.class::cast)
                    .map(RejectionDetails::toRejection).<RuntimeException>map(r -> r).orElse(e);
        }
    }

    /**
     * Who is recording: the authenticated principal, always. The {@value #EDITOR_HEADER} header that
     * once named the editor is refused, so that no client believes it can record under another name.
     *
     * @throws IllegalStateException when no one is signed in: security lets no unauthenticated write
     *                               through, so this is a fault of the service, not of the request
     */
    public static String editorOf(HttpServletRequest request) {
        if (request.getHeader(EDITOR_HEADER) != null) {
            throw Rejection.invalid(EDITOR_HEADER, EDITOR_HEADER + " is no longer accepted: what you record is "
                    + "recorded under the name you signed in with");
        }
        if (request.getUserPrincipal() == null || request.getUserPrincipal().getName() == null) {
            throw new IllegalStateException("a write reached the command API without a signed-in user");
        }
        return request.getUserPrincipal().getName();
    }

    /** The client's request id, for tracing a write end to end, or a new one. */
    public static String requestIdOf(HttpServletRequest request) {
        String requestId = request.getHeader(REQUEST_ID_HEADER);
        if (requestId == null) {
            return RandomUuids.next().toString();
        }
        if (!HEADER_VALUE.matcher(requestId).matches()) {
            throw Rejection.invalid(REQUEST_ID_HEADER, REQUEST_ID_HEADER + " is 1 to 100 letters, digits or ._:@/+=-");
        }
        return requestId;
    }

    /** The version in an {@code If-Match} header ("3" or "\"3\""), or null when there is none. */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw Rejection.invalid("If-Match", "If-Match carries the record's version as returned in its ETag, e.g. \"3\"");
        }
    }
}
