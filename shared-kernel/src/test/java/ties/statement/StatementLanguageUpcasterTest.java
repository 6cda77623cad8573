package ties.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ties.statement.StatementEvent.StatementCorrected;
import ties.statement.StatementEvent.StatementRecorded;
import ties.statement.StatementEvent.StatementWithdrawn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statement events as stored in revision 1 (payloads copied from {@code domain_event_entry} of a run
 * before statements had a language) read as revision 2 through the upcaster.
 */
@DisplayName("Statement events of revision 1 read as revision 2: facts without a language")
class StatementLanguageUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();
    private final StatementLanguageUpcaster upcaster = new StatementLanguageUpcaster();

    @Test
    @DisplayName("a recording of revision 1 gains an absent language and reads as the current event")
    void recording() throws IOException {
        IntermediateEventRepresentation upcast = upcast(StatementRecorded.class, "1", stored("StatementRecorded-revision-1.json"));

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        JsonNode facts = upcast.getData(JsonNode.class).getData().path("statement");
        assertThat(facts.has("language")).isTrue();
        assertThat(facts.get("language").isNull()).isTrue();

        StatementRecorded event = serializer.deserialize(upcast.getData());
        assertThat(event.statementId()).isEqualTo("scratch-official");
        assertThat(event.statement().language()).isNull();
        assertThat(event.statement().text()).isEqualTo("The pragmatic approach of Iran and Pakistan demonstrates a shared intent");
        assertThat(event.statement().speaker().description()).isEqualTo("a senior defense official familiar with the discussions");
    }

    @Test
    @DisplayName("a correction of revision 1 gains an absent language in both the previous and the corrected facts")
    void correction() throws IOException {
        IntermediateEventRepresentation upcast = upcast(StatementCorrected.class, "1", stored("StatementCorrected-revision-1.json"));

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        StatementCorrected event = serializer.deserialize(upcast.getData());
        assertThat(event.previous().language()).isNull();
        assertThat(event.corrected().language()).isNull();
        assertThat(event.corrected().text()).endsWith("to resolve immediate security challenges");
        assertThat(event.reason()).isEqualTo("the full sentence");
    }

    @Test
    @DisplayName("events already of revision 2, and other statement events, pass unchanged")
    void others_pass() throws IOException {
        String current = stored("StatementRecorded-revision-1.json").replace("\"form\"", "\"language\":\"en\",\"form\"");
        IntermediateEventRepresentation recorded = upcast(StatementRecorded.class, "2", current);
        assertThat(recorded.getData(JsonNode.class).getData().at("/statement/language").asText()).isEqualTo("en");

        IntermediateEventRepresentation withdrawn = upcast(StatementWithdrawn.class, "1",
                "{\"statementId\":\"scratch-official\",\"reason\":\"misattributed\"}");
        assertThat(withdrawn.getType().getRevision()).isEqualTo("1");
    }

    private IntermediateEventRepresentation upcast(Class<?> type, String revision, String json) {
        var entry = new GenericDomainEventEntry<>("Statement", "scratch-official", 0, "event-1",
                Instant.parse("2025-01-15T10:00:00Z"), type.getName(), revision, json.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = upcaster
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }

    private static String stored(String name) throws IOException {
        try (InputStream in = StatementLanguageUpcasterTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
