package ties.command.record;

import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import ties.actor.ActorEvent.ActorAliasAdded;
import ties.actor.ActorEvent.ActorCorrected;
import ties.actor.ActorEvent.ActorRegistered;
import ties.actor.ActorFacts;
import ties.actor.ActorKind;
import ties.actor.ActorNames;
import ties.fact.CountryCode;
import ties.record.RecordCreated;
import ties.record.RecordWithdrawn;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The record directory in the database. Its handlers run in a subscribing processor, that is in the
 * transaction that appends the events, so the directory never lags behind the event store and two
 * command-side nodes sharing a database see the same directory.
 */
@Component
@ProcessingGroup(JpaRecordDirectory.PROCESSING_GROUP)
class JpaRecordDirectory implements RecordDirectory {

    static final String PROCESSING_GROUP = "record-directory";

    private final EntityManager entityManager;

    JpaRecordDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Entry> find(String recordId) {
        return Optional.ofNullable(entityManager.find(DirectoryEntry.class, recordId)).map(DirectoryEntry::toEntry);
    }

    @Override
    public List<String> actorsNamed(ActorKind kind, CountryCode country, String normalizedName) {
        String code = country == null ? null : country.code();
        return entityManager.createQuery("select n from ActorNameEntry n where n.normalizedName = :name and n.kind = :kind",
                        ActorNameEntry.class)
                .setParameter("name", normalizedName)
                .setParameter("kind", kind)
                .getResultList().stream()
                .filter(n -> Objects.equals(n.country(), code))
                .map(ActorNameEntry::actorId).distinct().toList();
    }

    @EventHandler
    void on(RecordCreated event) {
        if (entityManager.find(DirectoryEntry.class, event.recordId()) == null) {
            entityManager.persist(new DirectoryEntry(event.recordId(), event.recordType()));
        }
    }

    @EventHandler
    void on(ActorRegistered event) {
        on((RecordCreated) event);
        registeredNames(event.actor()).forEach(name -> persistName(event.actorId(), name, event.actor()));
    }

    @EventHandler
    void on(ActorAliasAdded event) {
        namesOf(event.actorId()).stream().findFirst().ifPresent(existing -> {
            String name = ActorNames.normalize(event.alias());
            if (entityManager.find(ActorNameEntry.class, event.actorId() + "|" + name) == null) {
                entityManager.persist(new ActorNameEntry(event.actorId(), name, existing.kind(), existing.country(), true));
            }
        });
    }

    @EventHandler
    void on(ActorCorrected event) {
        ActorFacts corrected = event.corrected();
        entityManager.createQuery("delete from ActorNameEntry n where n.actorId = :actor and n.addedAlias = false")
                .setParameter("actor", event.actorId()).executeUpdate();
        namesOf(event.actorId()).forEach(added -> added.reclassify(corrected.kind(), code(corrected.country())));
        registeredNames(corrected).forEach(name -> persistName(event.actorId(), name, corrected));
    }

    @EventHandler
    void on(RecordWithdrawn event) {
        Optional.ofNullable(entityManager.find(DirectoryEntry.class, event.recordId())).ifPresent(DirectoryEntry::withdraw);
    }

    @ResetHandler
    void reset() {
        entityManager.createQuery("delete from ActorNameEntry").executeUpdate();
        entityManager.createQuery("delete from DirectoryEntry").executeUpdate();
    }

    private List<ActorNameEntry> namesOf(String actorId) {
        return entityManager.createQuery("select n from ActorNameEntry n where n.actorId = :actor", ActorNameEntry.class)
                .setParameter("actor", actorId).getResultList();
    }

    private static Stream<String> registeredNames(ActorFacts facts) {
        return Stream.concat(Stream.of(facts.name()), facts.aliases().stream()).map(ActorNames::normalize).distinct();
    }

    private void persistName(String actorId, String normalizedName, ActorFacts facts) {
        if (entityManager.find(ActorNameEntry.class, actorId + "|" + normalizedName) == null) {
            entityManager.persist(new ActorNameEntry(actorId, normalizedName, facts.kind(), code(facts.country()), false));
        }
    }

    private static String code(CountryCode country) {
        return country == null ? null : country.code();
    }
}
