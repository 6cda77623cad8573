package ties.query.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletionException;

/** Sends a query through Axon's query bus and waits for the answer, surfacing the handler's own exception. */
@Component
public class Ask {

    private final QueryGateway queryGateway;
    private final CatchUp catchUp;

    public Ask(QueryGateway queryGateway, CatchUp catchUp) {
        this.queryGateway = queryGateway;
        this.catchUp = catchUp;
    }

    /** Asks once the read model of {@code processingGroup} has reached {@code minPosition} (when given). */
    public <R> R ask(String processingGroup, Long minPosition, Object query, Class<R> type) {
        catchUp.await(processingGroup, minPosition);
        try {
            return queryGateway.query(query, ResponseTypes.instanceOf(type)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
