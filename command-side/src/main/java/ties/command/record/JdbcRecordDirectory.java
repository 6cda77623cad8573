package ties.command.record;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ties.actor.ActorEvent.ActorAliasAdded;
import ties.actor.ActorEvent.ActorCorrected;
import ties.actor.ActorEvent.ActorRegistered;
import ties.actor.ActorFacts;
import ties.actor.ActorKind;
import ties.actor.ActorNames;
import ties.fact.CountryCode;
import ties.record.RecordCreated;
import ties.record.RecordType;
import ties.record.RecordWithdrawn;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The record directory in the database. Its handlers run in a subscribing processor, that is in the
 * transaction that appends the events (on its connection), so the directory never lags behind the
 * event store and two command-side nodes sharing a database see the same directory.
 *
 * <p>Plain SQL rather than JPA entities: every command looks up one or two ids here, and Hibernate's
 * load (persistence context, entity instantiation, a dirty check of each loaded entry at commit) cost
 * four times the query itself (JFR, docs/benchmarks.md).
 */
@Component
@ProcessingGroup(JdbcRecordDirectory.PROCESSING_GROUP)
class JdbcRecordDirectory implements RecordDirectory {

    static final String PROCESSING_GROUP = "record-directory";

    private final JdbcTemplate jdbc;

    JdbcRecordDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Entry> find(String recordId) {
        return jdbc.query("select record_type, withdrawn from record_directory where record_id = ?",
                (row, n) -> new Entry(RecordType.valueOf(row.getString(1)), row.getBoolean(2)), recordId).stream().findFirst();
    }

    @Override
    public List<String> actorsNamed(ActorKind kind, CountryCode country, String normalizedName) {
        String code = code(country);
        return jdbc.query("select actor_id, country from actor_name where normalized_name = ? and kind = ?",
                        (row, n) -> Objects.equals(row.getString(2), code) ? row.getString(1) : null,
                        normalizedName, kind.name()).stream()
                .filter(Objects::nonNull).distinct().toList();
    }

    /** Idempotent: a record's creation may be delivered again (a directory rebuilt by replay). */
    @EventHandler
    void on(RecordCreated event) {
        jdbc.update("insert into record_directory (record_id, record_type, withdrawn) select ?, ?, false "
                + "where not exists (select 1 from record_directory where record_id = ?)",
                event.recordId(), event.recordType().name(), event.recordId());
    }

    @EventHandler
    void on(ActorRegistered event) {
        on((RecordCreated) event);
        registeredNames(event.actor()).forEach(name -> insertName(event.actorId(), name, event.actor().kind(),
                code(event.actor().country()), false));
    }

    @EventHandler
    void on(ActorAliasAdded event) {
        // An alias takes the kind and country the actor's names already have.
        jdbc.query("select kind, country from actor_name where actor_id = ? fetch first 1 rows only",
                        (row, n) -> new Classified(ActorKind.valueOf(row.getString(1)), row.getString(2)), event.actorId())
                .stream().findFirst()
                .ifPresent(existing -> insertName(event.actorId(), ActorNames.normalize(event.alias()), existing.kind(),
                        existing.country(), true));
    }

    @EventHandler
    void on(ActorCorrected event) {
        ActorFacts corrected = event.corrected();
        jdbc.update("delete from actor_name where actor_id = ? and added_alias = false", event.actorId());
        jdbc.update("update actor_name set kind = ?, country = ? where actor_id = ?",
                corrected.kind().name(), code(corrected.country()), event.actorId());
        registeredNames(corrected).forEach(name -> insertName(event.actorId(), name, corrected.kind(),
                code(corrected.country()), false));
    }

    @EventHandler
    void on(RecordWithdrawn event) {
        jdbc.update("update record_directory set withdrawn = true where record_id = ?", event.recordId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from actor_name");
        jdbc.update("delete from record_directory");
    }

    private record Classified(ActorKind kind, String country) {
    }

    private static Stream<String> registeredNames(ActorFacts facts) {
        return Stream.concat(Stream.of(facts.name()), facts.aliases().stream()).map(ActorNames::normalize).distinct();
    }

    /** One row per actor and name: a name already held (as registered or as an alias) is kept as it is. */
    private void insertName(String actorId, String normalizedName, ActorKind kind, String country, boolean addedAlias) {
        String id = actorId + "|" + normalizedName;
        jdbc.update("insert into actor_name (id, actor_id, normalized_name, kind, country, added_alias) "
                        + "select ?, ?, ?, ?, ?, ? where not exists (select 1 from actor_name where id = ?)",
                id, actorId, normalizedName, kind.name(), country, addedAlias, id);
    }

    private static String code(CountryCode country) {
        return country == null ? null : country.code();
    }
}
