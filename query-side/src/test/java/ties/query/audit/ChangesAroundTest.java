package ties.query.audit;

import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ties.audit.ChangesAround;
import ties.audit.FindChangesAround;
import ties.query.Journal;
import ties.query.store.InMemoryReadModels;
import ties.query.store.Recorded;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static ties.query.SeedEvents.BAGHERI;
import static ties.query.SeedEvents.baqeriAlias;
import static ties.query.SeedEvents.bagheriRegistered;
import static ties.query.SeedEvents.munirRegistered;

@DisplayName("Stepping an as-of view through recorded changes: of one record, or of the whole store")
class ChangesAroundTest {

    private final InMemoryReadModels store = new InMemoryReadModels();
    private final AuditLogProjection log = new AuditLogProjection(store, InMemoryReadModels.applicationObjectMapper());
    private final AuditQueries queries = new AuditQueries(store);
    private final Journal journal = new Journal();
    private final Instant bagheri = deliver(journal.record(bagheriRegistered()));
    private final Instant munir = deliver(journal.record(munirRegistered()));
    private final Instant baqeri = deliver(journal.record(baqeriAlias()));

    private Instant deliver(Journal.Entry entry) {
        log.on(entry.event(), entry.recorded(), MetaData.emptyInstance());
        return entry.at();
    }

    @Test
    @DisplayName("now, a record's page steps back to its change before the last, and has no next")
    void fromNow() {
        assertThat(queries.handle(new FindChangesAround(BAGHERI, null))).isEqualTo(new ChangesAround(bagheri, null));
        assertThat(queries.handle(new FindChangesAround(null, null))).isEqualTo(new ChangesAround(munir, null));
    }

    @Test
    @DisplayName("a record's steps pass over other records' changes; its first change has no previous")
    void ownChanges() {
        assertThat(queries.handle(new FindChangesAround(BAGHERI, bagheri))).isEqualTo(new ChangesAround(null, baqeri));
        assertThat(queries.handle(new FindChangesAround(null, bagheri))).isEqualTo(new ChangesAround(null, munir));
    }

    @Test
    @DisplayName("between two changes, the previous step is the change before the one shown, the next the one after")
    void betweenChanges() {
        Instant meanwhile = munir.plusSeconds(20);
        assertThat(queries.handle(new FindChangesAround(null, meanwhile))).isEqualTo(new ChangesAround(bagheri, baqeri));
        assertThat(queries.handle(new FindChangesAround(BAGHERI, meanwhile))).isEqualTo(new ChangesAround(null, baqeri));
        assertThat(queries.handle(new FindChangesAround(null, journal.now().plus(Duration.ofDays(1)))))
                .as("after the last change: nothing next").isEqualTo(new ChangesAround(munir, null));
    }

    @Test
    @DisplayName("a change recorded within a microsecond is stepped to at the next microsecond, which views include it at")
    void roundedUp() {
        Instant recorded = journal.now().plusSeconds(60).plusNanos(2_000_500);
        log.on(baqeriAlias(), new Recorded("event-late", recorded, Journal.EDITOR, BAGHERI, 3), MetaData.emptyInstance());

        assertThat(queries.handle(new FindChangesAround(BAGHERI, baqeri)).next()).isEqualTo(recorded.plusNanos(500));
        assertThat(queries.handle(new FindChangesAround(BAGHERI, recorded.plusNanos(500))).previous()).isEqualTo(baqeri);
    }

    @Test
    @DisplayName("changes of one record recorded at the same time are one step: previous goes before all of them")
    void sameTime() {
        Instant together = journal.now().plusSeconds(60);
        log.on(baqeriAlias(), new Recorded("event-together-1", together, Journal.EDITOR, BAGHERI, 3), MetaData.emptyInstance());
        log.on(baqeriAlias(), new Recorded("event-together-2", together, Journal.EDITOR, BAGHERI, 4), MetaData.emptyInstance());

        assertThat(queries.handle(new FindChangesAround(BAGHERI, null)).previous()).isEqualTo(baqeri);
        assertThat(queries.handle(new FindChangesAround(null, null)).previous()).isEqualTo(baqeri);
    }
}
