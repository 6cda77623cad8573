package ties.storage;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ties.Api;
import ties.actor.ActorEvent.ActorAliasAdded;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ties.SeedJson.person;

/**
 * Appends at a sequence number another command already took, as a second command node writing the same
 * record at the same moment makes them: each is refused whole, as the conflict Axon reports for its own.
 */
public final class CollidingAppends {

    private CollidingAppends() {
    }

    public static void areRefusedWhole(Api editor, String actorId, EventStorageEngine storage,
                                       TransactionTemplate transactions, JdbcTemplate jdbc) {
        assertThat(editor.put("/api/actors/" + actorId, person("Asim Munir " + actorId, "PK")).status()).isEqualTo(201);
        long stored = storedEvents(jdbc);

        assertThatThrownBy(() -> append(storage, transactions, actorId, 0, "General Munir"))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(editor.post("/api/actors/" + actorId + "/aliases", "{\"alias\":\"Syed Asim Munir\"}").status())
                .isEqualTo(200);
        assertThatThrownBy(() -> append(storage, transactions, actorId, 1, "Field Marshal Munir"))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(storedEvents(jdbc)).isEqualTo(stored + 1);
        List<String> stream = transactions.execute(tx -> storage.readEvents(actorId).asStream()
                .map(event -> event.getPayloadType().getSimpleName()).toList());
        assertThat(stream).containsExactly("ActorRegistered", "ActorAliasAdded");
    }

    private static void append(EventStorageEngine storage, TransactionTemplate transactions, String actorId,
                               long sequenceNumber, String alias) {
        transactions.executeWithoutResult(tx -> storage.appendEvents(new GenericDomainEventMessage<>("Actor", actorId,
                sequenceNumber, new ActorAliasAdded(actorId, alias))));
    }

    private static long storedEvents(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
