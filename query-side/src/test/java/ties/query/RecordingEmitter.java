package ties.query;

import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.axonframework.queryhandling.UpdateHandlerRegistration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A {@link QueryUpdateEmitter} that keeps what projections emit, so that a specification can ask which
 * updates a subscriber to a given query would have received. Axon's own default methods turn
 * {@code emit(QueryType.class, filter, update)} into the message predicate kept here.
 */
public final class RecordingEmitter implements QueryUpdateEmitter {

    private record Emission(Predicate<SubscriptionQueryMessage<?, ?, ?>> filter, SubscriptionQueryUpdateMessage<?> update) {
    }

    private final List<Emission> emissions = new ArrayList<>();

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <U> void emit(Predicate<SubscriptionQueryMessage<?, ?, U>> filter, SubscriptionQueryUpdateMessage<U> update) {
        emissions.add(new Emission((Predicate) filter, update));
    }

    /** The updates, in order, that a live subscriber to {@code query} would have received. */
    public <U> List<U> updatesFor(Object query, Class<U> updateType) {
        SubscriptionQueryMessage<?, ?, ?> subscription = new GenericSubscriptionQueryMessage<>(query,
                ResponseTypes.instanceOf(Object.class), ResponseTypes.instanceOf(updateType));
        return emissions.stream().filter(emission -> emission.filter().test(subscription))
                .map(emission -> updateType.cast(emission.update().getPayload())).toList();
    }

    /** How many updates were emitted in all. */
    public int count() {
        return emissions.size();
    }

    /** Forgets what was emitted so far. */
    public void forget() {
        emissions.clear();
    }

    @Override
    public void complete(Predicate<SubscriptionQueryMessage<?, ?, ?>> filter) {
    }

    @Override
    public void completeExceptionally(Predicate<SubscriptionQueryMessage<?, ?, ?>> filter, Throwable cause) {
    }

    @Override
    public boolean queryUpdateHandlerRegistered(SubscriptionQueryMessage<?, ?, ?> query) {
        return false;
    }

    @Override
    public <U> UpdateHandlerRegistration<U> registerUpdateHandler(SubscriptionQueryMessage<?, ?, ?> query,
            org.axonframework.queryhandling.SubscriptionQueryBackpressure backpressure, int updateBufferSize) {
        throw new UnsupportedOperationException("specifications read emitted updates through updatesFor");
    }

    @Override
    public <U> UpdateHandlerRegistration<U> registerUpdateHandler(SubscriptionQueryMessage<?, ?, ?> query, int updateBufferSize) {
        throw new UnsupportedOperationException("specifications read emitted updates through updatesFor");
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super SubscriptionQueryUpdateMessage<?>> interceptor) {
        return () -> true;
    }
}
