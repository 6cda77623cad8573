package ties.app.operations;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The read models' event stream: idle processors gather the events that arrive together; a backlog is read at once. */
class LingeringEventsTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final Batches batches = new Batches();
    private final AtomicInteger pauses = new AtomicInteger();
    private TrackingEventProcessor processor;

    @AfterEach
    void stop() {
        if (processor != null) {
            processor.shutDown();
        }
        store.shutDown();
    }

    @Test
    void events_reported_together_are_applied_in_one_transaction_by_an_idle_read_model() {
        start(Duration.ofSeconds(1));
        await().until(() -> processor.processingStatus().get(0) != null && processor.processingStatus().get(0).isCaughtUp());

        store.publish(report("Chief of staff arrives in Islamabad"));
        store.publish(report("Joint naval exercise proposed for the Arabian Sea"));
        store.publish(report("Memorandum on border patrols signed"));

        await().until(() -> batches.events() == 3);
        assertThat(batches.sizes).containsExactly(3);
        assertThat(pauses).hasValue(1);
    }

    @Test
    void a_read_model_catching_up_reads_its_backlog_without_waiting() {
        IntStream.rangeClosed(1, 250).forEach(n -> store.publish(report("Port call " + n + " at Karachi")));

        start(Duration.ofSeconds(1));

        await().until(() -> batches.events() == 250);
        assertThat(batches.sizes).containsExactly(100, 100, 50);
        assertThat(pauses).hasValue(0);
    }

    @Test
    void no_linger_leaves_the_event_store_stream_as_it_is() {
        start(Duration.ZERO);
        await().until(() -> processor.processingStatus().get(0) != null && processor.processingStatus().get(0).isCaughtUp());

        store.publish(report("Defence ministers meet in Ankara"));

        await().until(() -> batches.events() == 1);
        assertThat(pauses).hasValue(0);
    }

    private void start(Duration linger) {
        processor = TrackingEventProcessor.builder()
                .name("board")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(batches).build())
                .messageSource(LingeringEvents.source(store, linger, delay -> {
                    pauses.incrementAndGet();
                    Thread.sleep(delay.toMillis());
                }))
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(100))
                .build();
        processor.start();
    }

    private static EventMessage<String> report(String headline) {
        return GenericEventMessage.asEventMessage(headline);
    }

    /** Records how many events each transaction (Axon's batch) held. */
    static final class Batches {
        final List<Integer> sizes = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(String headline) {
            BatchingUnitOfWork<?> batch = (BatchingUnitOfWork<?>) CurrentUnitOfWork.get();
            if (batch.isFirstMessage()) {
                sizes.add(batch.getMessages().size());
            }
        }

        int events() {
            return sizes.stream().mapToInt(Integer::intValue).sum();
        }
    }
}
