package ties.app.integrity;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.mock.web.MockHttpServletResponse;
import ties.audit.integrity.Checkpoint;
import ties.audit.integrity.ExportFormat;
import ties.audit.integrity.ExportFormat.Scope;
import ties.audit.integrity.Finding;
import ties.audit.integrity.Verdict;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tamper evidence where the events are not rows of the database (Axon Server): seals and checkpoints
 * in the database, events read back through Axon's event store API. An in-memory event store stands
 * in for Axon Server: the same API, another storage, positions counted from 0 as Axon Server does.
 */
@DisplayName("Tamper evidence over an event store outside the database (the Axon Server path)")
class EventStoreLinksTest {

    private static final String NAVAL_EXERCISES = "ir-pk-joint-naval-exercises";
    private static final String BAGHERI = "mohammad-bagheri";
    private static final Instant RECORDED = Instant.parse("2025-01-15T09:30:00Z");

    private final Serializer serializer = JacksonSerializer.defaultSerializer();
    private final JdbcTransactionManager transactions = new JdbcTransactionManager(H2Schema.fresh("integrity"));
    private final IntegrityStore store = new IntegrityStore(transactions.getDataSource(), transactions);
    private final List<EmbeddedEventStore> eventStores = new ArrayList<>();

    @AfterEach
    void shutDown() {
        eventStores.forEach(EmbeddedEventStore::shutDown);
    }

    /** Bagheri registered; the naval exercises proposed, then under discussion, as recorded from the Tasnim report. */
    private static List<DomainEventMessage<?>> seedEvents(String discussionReported) {
        Map<String, String> recordedBy = Map.of("recordedBy", "editor", "requestId", "tasnim-2025-01-15");
        return List.of(
                new GenericDomainEventMessage<>("Actor", BAGHERI, 0, Map.of("name", "Mohammad Hossein Bagheri",
                        "country", "IR"), recordedBy, "event-bagheri-0", RECORDED),
                new GenericDomainEventMessage<>("Initiative", NAVAL_EXERCISES, 0, Map.of("title",
                        "Joint naval exercises in the Arabian Sea", "parties", List.of("IR", "PK")), recordedBy,
                        "event-naval-0", RECORDED.plusSeconds(60)),
                new GenericDomainEventMessage<>("Initiative", NAVAL_EXERCISES, 1, Map.of("status", "UNDER_DISCUSSION",
                        "reported", discussionReported), recordedBy, "event-naval-1", RECORDED.plusSeconds(120)));
    }

    private EventStoreLinks holding(List<DomainEventMessage<?>> events) {
        EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        eventStores.add(eventStore);
        eventStore.publish(events);
        return new EventStoreLinks(eventStore, serializer, store);
    }

    private Optional<Checkpoint> checkpoint(EventLinks links) {
        Instant now = RECORDED.plus(Duration.ofHours(1));
        return new Checkpointer(store, links, transactions, Duration.ZERO, Clock.fixed(now, ZoneOffset.UTC)).checkpoint(now);
    }

    @Test
    void events_are_sealed_from_the_first_position_and_verify_whole() {
        EventStoreLinks links = holding(seedEvents("2025-01-15"));

        Optional<Checkpoint> first = checkpoint(links);
        Verdict store = IntegrityApi.verify(this.store, links, Scope.STORE);
        Verdict record = IntegrityApi.verify(this.store, links, new Scope(NAVAL_EXERCISES));

        assertThat(first).hasValueSatisfying(checkpoint -> {
            assertThat(checkpoint.number()).isEqualTo(1);
            assertThat(checkpoint.position()).isEqualTo(2);
            assertThat(checkpoint.eventCount()).isEqualTo(3);
        });
        assertThat(checkpoint(links)).isEmpty();
        assertThat(store.status()).isEqualTo(Verdict.Status.OK);
        assertThat(store.events()).isEqualTo(3);
        assertThat(store.streams()).isEqualTo(2);
        assertThat(store.checkpointsVerified()).isEqualTo(1);
        assertThat(record.status()).isEqualTo(Verdict.Status.OK);
        assertThat(record.events()).isEqualTo(2);
        assertThat(links.hasStream(NAVAL_EXERCISES)).isTrue();
        assertThat(links.hasStream("ir-pk-border-patrols")).isFalse();
    }

    @Test
    void an_event_altered_in_the_event_store_is_named() {
        checkpoint(holding(seedEvents("2025-01-15")));

        Verdict verdict = IntegrityApi.verify(store, holding(seedEvents("2024-12-01")), Scope.STORE);

        assertThat(verdict.status()).isEqualTo(Verdict.Status.BROKEN);
        assertThat(verdict.firstBreak().kind()).isEqualTo(Finding.Kind.ALTERED);
        assertThat(verdict.firstBreak().position()).isEqualTo(2);
        assertThat(verdict.firstBreak().streamId()).isEqualTo(NAVAL_EXERCISES);
        assertThat(verdict.firstBreak().sequenceNumber()).isEqualTo(1L);
    }

    @Test
    void newest_events_removed_from_the_event_store_break_the_checkpoint() {
        checkpoint(holding(seedEvents("2025-01-15")));

        Verdict verdict = IntegrityApi.verify(store, holding(seedEvents("2025-01-15").subList(0, 2)), Scope.STORE);

        assertThat(verdict.status()).isEqualTo(Verdict.Status.BROKEN);
        assertThat(verdict.firstBreak().kind()).isEqualTo(Finding.Kind.CHECKPOINT);
    }

    @Test
    void events_after_the_last_checkpoint_are_unsealed_until_the_next_one() {
        EventStoreLinks links = holding(seedEvents("2025-01-15"));

        Verdict before = IntegrityApi.verify(store, links, Scope.STORE);
        checkpoint(links);

        assertThat(before.status()).isEqualTo(Verdict.Status.UNSEALED);
        assertThat(before.unsealedEvents()).isEqualTo(3);
        assertThat(IntegrityApi.verify(store, links, Scope.STORE).status()).isEqualTo(Verdict.Status.OK);
    }

    @Test
    void an_export_of_such_a_store_verifies_offline() throws Exception {
        EventStoreLinks links = holding(seedEvents("2025-01-15"));
        checkpoint(links);
        MockHttpServletResponse response = new MockHttpServletResponse();

        new IntegrityApi(store, links).export(response);
        Verdict verdict = ExportFormat.verify(new BufferedReader(new StringReader(response.getContentAsString())));

        assertThat(verdict.status()).isEqualTo(Verdict.Status.OK);
        assertThat(verdict.events()).isEqualTo(3);
        assertThat(verdict.checkpointsVerified()).isEqualTo(1);
    }
}
