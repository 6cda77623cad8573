package ties.query.timeline;

import ties.actor.ActorFacts;
import ties.fact.CountryCode;
import ties.query.store.ReadModels;
import ties.query.store.RowContent;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a development projection must know about other records to say who and which countries a
 * development involves: actors' names and countries, initiatives' titles and parties, visits'
 * participants. Kept in the projection's own models so that it rebuilds with the projection.
 */
class Involvement {

    record ActorInfo(String name, CountryCode country) {
    }

    record InitiativeInfo(String title, List<CountryCode> parties) {
    }

    record VisitInfo(String summary, List<CountryCode> countries, List<String> actorIds) {
    }

    private final ReadModels store;
    private final String actorModel;
    private final String initiativeModel;
    private final String visitModel;

    Involvement(ReadModels store, String prefix) {
        this.store = store;
        this.actorModel = prefix + "-actor";
        this.initiativeModel = prefix + "-initiative";
        this.visitModel = prefix + "-visit";
    }

    List<String> models() {
        return List.of(actorModel, initiativeModel, visitModel);
    }

    void actor(String actorId, ActorFacts facts, Instant at) {
        store.put(actorModel, actorId, at, RowContent.of(new ActorInfo(facts.name(), facts.country()), actorId, Set.of()));
    }

    void initiative(String initiativeId, String title, List<CountryCode> parties, Instant at) {
        store.put(initiativeModel, initiativeId, at, RowContent.of(new InitiativeInfo(title, parties), initiativeId, Set.of()));
    }

    void visit(String visitId, VisitInfo info, Instant at) {
        store.put(visitModel, visitId, at, RowContent.of(info, visitId, Set.of()));
    }

    String name(String actorId) {
        return store.current(actorModel, actorId, ActorInfo.class).map(ActorInfo::name).orElse(actorId);
    }

    String names(Collection<String> actorIds) {
        return String.join(", ", actorIds.stream().map(this::name).toList());
    }

    Set<CountryCode> countriesOf(Collection<String> actorIds) {
        Set<CountryCode> countries = new TreeSet<>();
        for (String actorId : actorIds) {
            store.current(actorModel, actorId, ActorInfo.class).map(ActorInfo::country).filter(Objects::nonNull)
                    .ifPresent(countries::add);
        }
        return countries;
    }

    InitiativeInfo initiative(String initiativeId) {
        return store.current(initiativeModel, initiativeId, InitiativeInfo.class)
                .orElse(new InitiativeInfo(initiativeId, List.of()));
    }

    Set<CountryCode> partiesOf(Collection<String> initiativeIds) {
        Set<CountryCode> countries = new TreeSet<>();
        initiativeIds.forEach(id -> countries.addAll(initiative(id).parties()));
        return countries;
    }

    VisitInfo visit(String visitId) {
        return store.current(visitModel, visitId, VisitInfo.class).orElse(new VisitInfo(visitId, List.of(), List.of()));
    }
}
