package ties.app.operations;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The event stream the read models' processors follow ({@code source: read-model-events} in
 * application.yml): the event store's, except that a processor which had applied everything and sees a
 * new event first waits {@code ties.read-models.batch-linger} (20 ms), so that the events committed
 * just after it are applied in the same batch.
 *
 * <p>Every batch is a transaction with its token update, its commit and, on H2, pages to write: under
 * load the processors took one or two events at a time and spent more on those than on the events
 * (docs/benchmarks.md, issue 15). A processor with a backlog (catching up, rebuilding) finds its next
 * event already there and never waits; the linger only adds to how soon a change shows after its
 * command was answered, by at most its length. Zero turns it off.
 */
@Configuration
class LingeringEvents {

    /** How the linger is spent; a test counts it instead of sleeping. */
    interface Pause {
        void pause(Duration linger) throws InterruptedException;
    }

    @Bean("read-model-events")
    StreamableMessageSource<TrackedEventMessage<?>> readModelEvents(EventStore eventStore,
                                                                    @Value("${ties.read-models.batch-linger:20ms}") Duration linger) {
        return source(eventStore, linger, delay -> Thread.sleep(delay.toMillis()));
    }

    static StreamableMessageSource<TrackedEventMessage<?>> source(StreamableMessageSource<TrackedEventMessage<?>> events,
                                                                 Duration linger, Pause pause) {
        if (linger.isNegative()) {
            throw new IllegalArgumentException("ties.read-models.batch-linger must not be negative: " + linger);
        }
        return new StreamableMessageSource<>() {
            @Override
            public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
                BlockingStream<TrackedEventMessage<?>> stream = events.openStream(token);
                return linger.isZero() ? stream : new Lingering(stream, linger, pause);
            }

            @Override
            public TrackingToken createTailToken() {
                return events.createTailToken();
            }

            @Override
            public TrackingToken createHeadToken() {
                return events.createHeadToken();
            }

            @Override
            public TrackingToken createTokenAt(Instant dateTime) {
                return events.createTokenAt(dateTime);
            }

            @Override
            public TrackingToken createTokenSince(Duration duration) {
                return events.createTokenSince(duration);
            }
        };
    }

    private record Lingering(BlockingStream<TrackedEventMessage<?>> stream, Duration linger, Pause pause)
            implements BlockingStream<TrackedEventMessage<?>> {

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (stream.hasNextAvailable()) {
                return true;
            }
            if (timeout <= 0 || !stream.hasNextAvailable(timeout, unit)) {
                return false;
            }
            // The processor was idle and an event has just arrived: let the ones right behind it join its batch.
            pause.pause(linger);
            return true;
        }

        @Override
        public boolean hasNextAvailable() {
            return stream.hasNextAvailable();
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void close() {
            stream.close();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            return stream.setOnAvailableCallback(callback);
        }
    }
}
