package ties.storage;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ties.Api;
import ties.TiesTest;
import ties.app.storage.IndexedEventStorage;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static ties.SeedJson.person;

/**
 * Tracked events come back in global order when a processor's token holds gaps (concurrent appends), and
 * an append that collides with another one is refused whole.
 */
@TiesTest
@DisplayName("Event storage: a token with gaps reads the gaps and what follows, in order")
class IndexedEventStorageTest {

    @LocalServerPort
    int port;

    @Autowired
    EventStorageEngine storage;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_token_with_gaps_gets_the_events_that_filled_them_then_those_after_its_index() {
        Api editor = new Api(port, "editor");
        List<String> ids = List.of("gaps-asim-munir", "gaps-sahir-shamshad-mirza", "gaps-mohammad-bagheri",
                "gaps-aziz-nasirzadeh");
        long first = -1;
        for (String id : ids) {
            long position = editor.put("/api/actors/" + id, person(id.substring(5).replace('-', ' ') + " (gaps)", "PK"))
                    .body().path("position").asLong();
            first = first < 0 ? position : first;
        }
        // As a processor would hold it after seeing the third while the first two were still uncommitted.
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(first + 2, Set.of(first, first + 1));

        List<String> read = transactions.execute(tx -> storage.readEvents(token, false).limit(3)
                .map(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier()).toList());

        assertThat(storage).isInstanceOf(IndexedEventStorage.class);
        assertThat(read).containsExactly(ids.get(0), ids.get(1), ids.get(3));
    }

    @Test
    void an_append_at_a_sequence_number_already_taken_is_a_conflict_and_stores_nothing() {
        CollidingAppends.areRefusedWhole(new Api(port, "editor"), "taken-asim-munir", storage, transactions, jdbc);
    }
}
