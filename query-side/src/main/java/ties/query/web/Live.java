package ties.query.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.time.Duration;

/**
 * Live feeds over Server-Sent Events, on Axon subscription queries: a {@code snapshot} event with the
 * current state, then a {@code change} event for each change, and a comment every 15 s so that
 * proxies keep the connection open. Feeds end when the service stops, before the web server waits
 * for open requests to finish, so that a shutdown is not held up by dashboards.
 */
@Component
public class Live implements SmartLifecycle {

    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final QueryGateway queryGateway;
    private final Sinks.Empty<Void> stopping = Sinks.empty();
    private volatile boolean running;

    public Live(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    public <Q, I, U> Flux<ServerSentEvent<Object>> feed(Q query, Class<I> initialType, Class<U> updateType) {
        SubscriptionQueryResult<I, U> result = queryGateway.subscriptionQuery(query,
                ResponseTypes.instanceOf(initialType), ResponseTypes.instanceOf(updateType));
        Flux<ServerSentEvent<Object>> events = Flux.concat(
                result.initialResult().map(initial -> ServerSentEvent.builder((Object) initial).event("snapshot").build()),
                result.updates().map(update -> ServerSentEvent.builder((Object) update).event("change").build()));
        Flux<ServerSentEvent<Object>> heartbeats = Flux.interval(HEARTBEAT)
                .map(tick -> ServerSentEvent.builder().comment("keep-alive").build());
        return Flux.merge(events, heartbeats).takeUntilOther(stopping.asMono()).doFinally(signal -> result.cancel());
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        stopping.tryEmitEmpty();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
