package ties.storage;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ties.Api;
import ties.Api.Answer;
import ties.TiesTest;
import ties.fact.Language;
import ties.statement.StatementEvent.StatementRecorded;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored in an earlier revision still read: a statement recorded before statements had a
 * language, inserted as its row was stored then, loads through the upcaster into the event store's
 * answers, the aggregate and the read model, with no language, and can be corrected to have one.
 */
@TiesTest
@DisplayName("Stored revisions: a statement event of revision 1 reads through the upcaster everywhere")
class StoredRevisionsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStore eventStore;

    @Autowired
    Configuration axon;

    @Test
    @DisplayName("the upcaster is in the chain Axon reads stored events through")
    void the_upcaster_is_in_axons_chain() {
        var stored = new GenericDomainEventEntry<>("Statement", "old-revision-official", 0, "event-1", Instant.parse("2025-01-16T09:00:00Z"),
                StatementRecorded.class.getName(), "1", RevisionOneStatement.REVISION_1.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));

        List<IntermediateEventRepresentation> read = axon.upcasterChain()
                .upcast(Stream.of(new InitialEventRepresentation(stored, axon.eventSerializer()))).toList();

        assertThat(read).singleElement().satisfies(event -> assertThat(event.getType().getRevision()).isEqualTo("2"));
    }

    @Test
    @DisplayName("read by the event store, the aggregate and the read model with no language; a correction adds one")
    void a_revision_1_statement_reads_and_corrects() throws InterruptedException {
        new RevisionOneStatement(port, jdbc, eventStore, "select next value for domain_event_entry_seq").readsAndCorrects();
    }

    @Test
    @DisplayName("a language that is no ISO 639-1 code is refused")
    void an_unknown_language_is_refused() {
        Api editor = new Api(port, "editor");
        for (String language : List.of("\"english\"", "\"xx\"", "\"iw\"", "7")) {
            Answer refused = editor.put("/api/statements/refused-language", RevisionOneStatement.statement(language));
            assertThat(refused.status()).as(language).isEqualTo(400);
            assertThat(refused.headers().getContentType()).hasToString("application/problem+json");
        }
        assertThat(Language.of(" FA ").name()).isEqualTo("Persian");
    }

}
