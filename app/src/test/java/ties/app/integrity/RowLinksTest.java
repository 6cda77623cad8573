package ties.app.integrity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import ties.audit.integrity.Link;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JPA store's links over more positions than a page: every position once, in global order, across
 * page boundaries, gaps and removed events; and a checkpoint's reading leaves sealed events' bodies out.
 */
@DisplayName("Links of the JPA event store, read a page at a time")
class RowLinksTest {

    private static final int PATROLS = IntegrityStore.PAGE * 2 + 345;
    /** Positions the sequence skipped (a rolled-back append) and an event removed after it was sealed. */
    private static final long GAP = IntegrityStore.PAGE - 1;
    private static final long REMOVED = IntegrityStore.PAGE + 1;
    private static final long UNSEALED = IntegrityStore.PAGE * 2;

    private final JdbcTransactionManager transactions = new JdbcTransactionManager(H2Schema.fresh("row-links"));
    private final JdbcTemplate jdbc = new JdbcTemplate(transactions.getDataSource());
    private final IntegrityStore store = new IntegrityStore(transactions.getDataSource(), transactions);

    /**
     * Patrol reports in two streams, alternating: positions 1.. with one skipped, one event removed
     * after its seal, and one appended by a node that does not seal.
     */
    @BeforeEach
    void store() {
        List<Object[]> events = new ArrayList<>();
        List<Object[]> seals = new ArrayList<>();
        long[] sequence = new long[2];
        for (long position = 1; position <= PATROLS + 1; position++) {
            if (position == GAP) {
                continue;
            }
            int stream = (int) (position % 2);
            String streamId = stream == 0 ? "in-id-andaman-patrols" : "my-th-malacca-patrols";
            String eventId = "patrol-report-" + position;
            long sequenceNumber = sequence[stream]++;
            if (position != REMOVED) {
                events.add(new Object[]{position, streamId, sequenceNumber, "Initiative", eventId,
                        Instant.parse("2025-01-15T09:30:00Z").plusSeconds(position).toString(), "ties.initiative.PatrolReported",
                        "1", ("{\"report\":" + position + "}").getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)});
            }
            if (position != UNSEALED) {
                seals.add(new Object[]{position, streamId, sequenceNumber, eventId, new byte[32], new byte[32]});
            }
        }
        jdbc.batchUpdate("insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type, "
                + "event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events);
        jdbc.batchUpdate("insert into event_seal (global_index, aggregate_identifier, sequence_number, event_identifier, "
                + "previous_hash, hash) values (?, ?, ?, ?, ?, ?)", seals);
    }

    @Test
    @DisplayName("every position once, in order, over page boundaries, the gap and the removed event")
    void every_position_once() {
        List<Link> links = read(null, EventLinks.START, Integer.MAX_VALUE);

        assertThat(links).hasSize(PATROLS);
        assertThat(links).extracting(Link::position).isSorted().doesNotHaveDuplicates().doesNotContain(GAP);
        Link removed = links.stream().filter(link -> link.position() == REMOVED).findFirst().orElseThrow();
        assertThat(removed.event()).isNull();
        assertThat(removed.seal()).isNotNull();
        assertThat(links).filteredOn(link -> link.event() != null).allSatisfy(link ->
                assertThat(new String(link.event().payload(), StandardCharsets.UTF_8)).isEqualTo("{\"report\":" + link.position() + "}"));
    }

    @Test
    @DisplayName("one stream's links, and a reader that stops mid-page is given no more")
    void one_stream_and_stopping() {
        assertThat(read("in-id-andaman-patrols", EventLinks.START, Integer.MAX_VALUE))
                .hasSize((PATROLS + 1) / 2).allSatisfy(link -> assertThat(link.position() % 2).isZero());
        assertThat(read(null, 1_500, 700)).extracting(Link::position).startsWith(1_501L).hasSize(700)
                .endsWith(2_200L);
    }

    @Test
    @DisplayName("a checkpoint's reading carries bodies only for the event it must seal")
    void checkpoint_reads_bodies_of_unsealed_events_only() {
        List<Link> links = new ArrayList<>();
        store.reading(() -> {
            store.linksToCheckpoint(EventLinks.START, links::add);
            return null;
        });

        assertThat(links).hasSize(PATROLS);
        assertThat(links).filteredOn(link -> link.event() != null && link.event().payload() != null)
                .extracting(Link::position).containsExactly(UNSEALED);
        assertThat(links).filteredOn(link -> link.event() != null).allSatisfy(link ->
                assertThat(link.event().timeStamp()).isNotNull());
    }

    private List<Link> read(String streamId, long after, int wanted) {
        List<Link> links = new ArrayList<>();
        store.reading(() -> {
            store.links(streamId, after, link -> {
                links.add(link);
                return links.size() < wanted;
            });
            return null;
        });
        return links;
    }
}
