package ties.storage;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import ties.Api;
import ties.Api.Answer;
import ties.SeedJson;
import ties.statement.StatementEvent.StatementRecorded;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A statement recorded before statements had a language, inserted as its row was stored then, reads
 * through the upcaster into the event store's answers, the aggregate and the read model, with no
 * language, and can be corrected to have one. The same journey on H2 and PostgreSQL.
 */
public final class RevisionOneStatement {

    private static final String STATEMENT = "old-revision-official";

    /** A StatementRecorded payload exactly as revision 1 stored it (no language), copied from a real row. */
    static final String REVISION_1 = """
            {"statementId":"old-revision-official","statement":{"speaker":{"actorId":null,"description":"a senior \
            defense official familiar with the discussions"},"form":"QUOTE","text":"The pragmatic approach of Iran and \
            Pakistan demonstrates a shared intent","occurred":{"text":"recently","precision":"APPROXIMATE",\
            "earliest":"2024-10-15","latest":"2025-01-15"},"occasionVisitId":null,"topics":["border security"],\
            "initiativeIds":[],"provenance":{"sources":[{"publisher":"Ties seed article","url":null,\
            "reference":"shared/seeds/000_17cf94f895c3a69b.txt","published":"2025-01-15",\
            "attribution":["Tasnim News Agency"]}],"confidence":"HIGH"}}}""";

    private final int port;
    private final JdbcTemplate jdbc;
    private final EventStore eventStore;
    private final String nextGlobalIndex;

    /** {@code nextGlobalIndex}: the database's SQL for the next value of {@code domain_event_entry_seq}. */
    public RevisionOneStatement(int port, JdbcTemplate jdbc, EventStore eventStore, String nextGlobalIndex) {
        this.port = port;
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.nextGlobalIndex = nextGlobalIndex;
    }

    public void readsAndCorrects() throws InterruptedException {
        long position = storeAsRevision1();

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(STATEMENT).asStream().toList();
        assertThat(events).hasSize(1);
        StatementRecorded recorded = (StatementRecorded) events.get(0).getPayload();
        assertThat(recorded.statement().language()).isNull();
        assertThat(recorded.statement().text()).isEqualTo("The pragmatic approach of Iran and Pakistan demonstrates a shared intent");

        Api editor = new Api(port, "editor");
        Answer read = readOnceCaughtUp(editor, "/api/statements/" + STATEMENT + "?minPosition=" + position);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().has("language")).isTrue();
        assertThat(read.body().get("language").isNull()).isTrue();

        // The aggregate loads from the old event: the correction is judged against its facts.
        Answer corrected = editor.post("/api/statements/" + STATEMENT + "/corrections", """
                {"reason":"the language of the words as recorded","corrected":%s}""".formatted(statement("\"en\"")));
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.body().path("version").asLong()).isEqualTo(1);
        Answer reread = editor.get("/api/statements/" + STATEMENT + "?minPosition=" + corrected.body().path("position").asLong());
        assertThat(reread.text("language")).isEqualTo("en");
        assertThat(reread.text("text")).isEqualTo("The pragmatic approach of Iran and Pakistan demonstrates a shared intent");
    }

    /**
     * A row inserted past Axon reaches the processors at the event store's next poll (about a second,
     * as long as a query waits for a position here), not at once as a published event does.
     */
    private static Answer readOnceCaughtUp(Api api, String path) throws InterruptedException {
        Answer answer = api.get(path);
        for (int attempt = 0; answer.status() == 503 && attempt < 10; attempt++) {
            Thread.sleep(500);
            answer = api.get(path);
        }
        return answer;
    }

    /** Inserts the recording as revision 1 stored it, with its directory entry; answers its global position. */
    private long storeAsRevision1() {
        long position = jdbc.queryForObject(nextGlobalIndex, Long.class);
        jdbc.update("insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type, "
                        + "event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data) "
                        + "values (?, ?, 0, 'Statement', ?, '2025-01-16T09:00:00Z', ?, '1', ?, ?)",
                position, STATEMENT, UUID.randomUUID().toString(), StatementRecorded.class.getName(),
                REVISION_1.getBytes(StandardCharsets.UTF_8), "{\"recordedBy\":\"editor\"}".getBytes(StandardCharsets.UTF_8));
        jdbc.update("insert into record_directory (record_id, record_type, withdrawn) values (?, 'STATEMENT', false)", STATEMENT);
        return position;
    }

    static String statement(String language) {
        return """
                {"speaker":{"description":"a senior defense official familiar with the discussions"},"form":"QUOTE",
                 "text":"The pragmatic approach of Iran and Pakistan demonstrates a shared intent","language":%s,
                 "occurred":"recently","topics":["border security"],"provenance":%s}""".formatted(language, SeedJson.PROVENANCE);
    }
}
