package ties.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ties.agreement.AgreementEvent;
import ties.agreement.AgreementEvent.AgreementCorrected;
import ties.agreement.AgreementEvent.AgreementRecorded;
import ties.agreement.AgreementEvent.AgreementWithdrawn;
import ties.fact.CountryCode;
import ties.initiative.InitiativeEvent;
import ties.initiative.InitiativeEvent.InitiativeProposed;
import ties.initiative.InitiativeEvent.InitiativeStatusChanged;
import ties.initiative.InitiativeStatus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agreement and initiative events as revision 1 stored them (before parties of any kind, occasions,
 * reopening and plans) read as revision 2: nothing guessed, nothing rewritten.
 */
@DisplayName("Agreement and initiative events of revision 1 read as revision 2")
class RevisionTwoUpcastersTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    @Test
    @DisplayName("an agreement of revision 1 has no kind, no parties beyond its signatories' countries, and no occasion")
    void agreement() throws IOException {
        IntermediateEventRepresentation upcast = upcast(AgreementEvent.partiesUpcaster(), AgreementRecorded.class, "1",
                stored("AgreementRecorded-revision-1.json"));

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        AgreementRecorded event = serializer.deserialize(upcast.getData());
        assertThat(event.agreement().kind()).isNull();
        assertThat(event.agreement().partyIds()).isEmpty();
        assertThat(event.agreement().occasion()).isNull();
        assertThat(event.agreement().signatories()).extracting(s -> s.onBehalfOf())
                .containsExactly(CountryCode.of("IR"), CountryCode.of("PK"));
        assertThat(event.agreement().initiativeIds()).containsExactly("ir-pk-military-training");
    }

    @Test
    @DisplayName("a correction of revision 1 gains the same in both its previous and corrected facts")
    void agreement_correction() throws IOException {
        String facts = serializer.getObjectMapper().readTree(stored("AgreementRecorded-revision-1.json")).get("agreement").toString();
        String correction = "{\"agreementId\":\"ir-pk-defence-agreements-2018\",\"previous\":" + facts + ",\"corrected\":"
                + facts.replace("\"text\":\"2018\"", "\"text\":\"July 2018\"") + ",\"reason\":\"month\"}";
        AgreementCorrected event = serializer.deserialize(upcast(AgreementEvent.partiesUpcaster(), AgreementCorrected.class,
                "1", correction).getData());
        assertThat(event.previous().partyIds()).isEmpty();
        assertThat(event.corrected().kind()).isNull();
        assertThat(event.corrected().signed().text()).isEqualTo("July 2018");
    }

    @Test
    @DisplayName("a proposal of revision 1 has no target date")
    void proposal() throws IOException {
        IntermediateEventRepresentation upcast = upcast(InitiativeEvent.plansUpcaster(), InitiativeProposed.class, "1",
                stored("InitiativeProposed-revision-1.json"));

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        InitiativeProposed event = serializer.deserialize(upcast.getData());
        assertThat(event.initiative().target()).isNull();
        assertThat(event.initiative().title()).isEqualTo("Military training cooperation");
    }

    @Test
    @DisplayName("a move of revision 1 did not reopen, cites no occasion and sets no target")
    void move() throws IOException {
        IntermediateEventRepresentation upcast = upcast(InitiativeEvent.movesUpcaster(), InitiativeStatusChanged.class, "1",
                stored("InitiativeStatusChanged-revision-1.json"));

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        InitiativeStatusChanged event = serializer.deserialize(upcast.getData());
        assertThat(event.change().reopen()).isFalse();
        assertThat(event.change().occasion()).isNull();
        assertThat(event.change().target()).isNull();
        assertThat(event.change().status()).isEqualTo(InitiativeStatus.STALLED);
        assertThat(event.change().note()).isEqualTo("held back by sanctions");
    }

    @Test
    @DisplayName("events already of revision 2, and events the upcasters do not concern, pass unchanged")
    void others_pass() throws IOException {
        String current = stored("InitiativeStatusChanged-revision-1.json").replace("\"note\"", "\"reopen\":true,\"note\"");
        IntermediateEventRepresentation two = upcast(InitiativeEvent.movesUpcaster(), InitiativeStatusChanged.class, "2", current);
        assertThat(two.getData(JsonNode.class).getData().at("/change/reopen").asBoolean()).isTrue();

        IntermediateEventRepresentation withdrawn = upcast(AgreementEvent.partiesUpcaster(), AgreementWithdrawn.class, "1",
                "{\"agreementId\":\"ir-pk-defence-agreements-2018\",\"reason\":\"duplicate\"}");
        assertThat(withdrawn.getType().getRevision()).isEqualTo("1");

        IntermediateEventRepresentation proposal = upcast(InitiativeEvent.movesUpcaster(), InitiativeProposed.class, "1",
                stored("InitiativeProposed-revision-1.json"));
        assertThat(proposal.getType().getRevision()).isEqualTo("1");
    }

    private IntermediateEventRepresentation upcast(EventUpcaster upcaster, Class<?> type, String revision, String json) {
        var entry = new GenericDomainEventEntry<>("Record", "ir-pk-military-training", 0, "event-1",
                Instant.parse("2025-01-15T10:00:00Z"), type.getName(), revision, json.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = upcaster
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }

    private static String stored(String name) throws IOException {
        try (InputStream in = RevisionTwoUpcastersTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
