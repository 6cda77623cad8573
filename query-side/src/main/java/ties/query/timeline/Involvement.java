package ties.query.timeline;

import ties.actor.ActorFacts;
import ties.agreement.AgreementFacts;
import ties.engagement.EngagementFacts;
import ties.engagement.Place;
import ties.fact.CountryCode;
import ties.fact.PartialDate;
import ties.initiative.InitiativeFacts;
import ties.query.store.ReadModels;
import ties.query.store.RowContent;
import ties.statement.StatementFacts;
import ties.visit.MeetingFacts;
import ties.visit.VisitFacts;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a development projection must know about other records to say who and which countries a
 * development involves: actors' names and countries, and the facts of initiatives, visits, meetings,
 * statements, agreements and engagements, so that their developments can be built again when an actor or a visit
 * they show is corrected. Kept in the projection's own models so that it rebuilds with the projection.
 */
class Involvement {

    record ActorInfo(String name, CountryCode country) {
    }

    record InitiativeInfo(String title, List<CountryCode> parties) {
    }

    /** A visit as its meetings and statements show it, with the actors' current names and countries. */
    record VisitInfo(String summary, PartialDate occurred, List<CountryCode> countries, List<String> actorIds) {
    }

    /** A meeting as recorded; {@code datedByVisit}: it was sent without a date and takes the visit's. */
    record MeetingInfo(String visitId, String meetingId, MeetingFacts meeting, boolean datedByVisit) {
    }

    /** Documents of one type, by record id, in a model of their own. */
    static final class Kept<T> {
        private final ReadModels store;
        private final String model;
        private final Class<T> type;

        Kept(ReadModels store, String model, Class<T> type) {
            this.store = store;
            this.model = model;
            this.type = type;
        }

        void put(String id, T document, Instant at, Set<String> tags) {
            store.put(model, id, at, RowContent.of(document, id, tags));
        }

        Optional<T> get(String id) {
            return store.current(model, id, type);
        }

        /** Ids of the documents carrying a tag, in id order (the database returns them in no particular order). */
        List<String> tagged(String tag) {
            return store.currentKeysTagged(model, tag).stream().sorted().toList();
        }
    }

    final Kept<ActorInfo> actors;
    final Kept<InitiativeFacts> initiatives;
    final Kept<VisitFacts> visits;
    final Kept<MeetingInfo> meetings;
    /** Tagged with the visit they were made on. */
    final Kept<StatementFacts> statements;
    final Kept<AgreementFacts> agreements;
    final Kept<EngagementFacts> engagements;

    Involvement(ReadModels store, String prefix) {
        this.actors = new Kept<>(store, prefix + "-actor", ActorInfo.class);
        this.initiatives = new Kept<>(store, prefix + "-initiative", InitiativeFacts.class);
        this.visits = new Kept<>(store, prefix + "-visit", VisitFacts.class);
        this.meetings = new Kept<>(store, prefix + "-meeting", MeetingInfo.class);
        this.statements = new Kept<>(store, prefix + "-statement", StatementFacts.class);
        this.agreements = new Kept<>(store, prefix + "-agreement", AgreementFacts.class);
        this.engagements = new Kept<>(store, prefix + "-engagement", EngagementFacts.class);
    }

    List<String> models() {
        return Stream.of(actors, initiatives, visits, meetings, statements, agreements, engagements).map(kept -> kept.model).toList();
    }

    void actor(String actorId, ActorFacts facts, Instant at) {
        actors.put(actorId, new ActorInfo(facts.name(), facts.country()), at, Set.of());
    }

    String name(String actorId) {
        return actors.get(actorId).map(ActorInfo::name).orElse(actorId);
    }

    String names(Collection<String> actorIds) {
        return String.join(", ", actorIds.stream().map(this::name).toList());
    }

    Set<CountryCode> countriesOf(Collection<String> actorIds) {
        Set<CountryCode> countries = new TreeSet<>();
        for (String actorId : actorIds) {
            actors.get(actorId).map(ActorInfo::country).filter(Objects::nonNull).ifPresent(countries::add);
        }
        return countries;
    }

    InitiativeInfo initiative(String initiativeId) {
        return initiatives.get(initiativeId).map(facts -> new InitiativeInfo(facts.title(), facts.parties()))
                .orElse(new InitiativeInfo(initiativeId, List.of()));
    }

    Set<CountryCode> partiesOf(Collection<String> initiativeIds) {
        Set<CountryCode> countries = new TreeSet<>();
        initiativeIds.forEach(id -> countries.addAll(initiative(id).parties()));
        return countries;
    }

    VisitInfo visit(String visitId) {
        return visits.get(visitId).map(this::visit).orElse(new VisitInfo(visitId, null, List.of(), List.of()));
    }

    /** Who went where and when; the countries are the destination and the visitors' and hosts'. */
    VisitInfo visit(VisitFacts visit) {
        Set<CountryCode> countries = new TreeSet<>(countriesOf(visit.visitorIds()));
        countries.addAll(countriesOf(visit.hostIds()));
        countries.add(visit.country());
        return new VisitInfo(names(visit.visitorIds()) + " in " + place(visit), visit.occurred(), List.copyOf(countries),
                distinct(visit.visitorIds(), visit.hostIds()));
    }

    static String place(VisitFacts visit) {
        return (visit.city() == null ? "" : visit.city() + ", ") + visit.country().name();
    }

    static String place(Place place) {
        String name = place.name() == null ? "" : place.name();
        String country = place.country() == null ? "" : place.country().name();
        return name.isEmpty() || country.isEmpty() ? name + country : name + ", " + country;
    }

    /** An enum constant as readers say it, capitalised ("Port call"). */
    static String label(String constant) {
        String words = constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static List<String> distinct(List<String> first, List<String> second) {
        return List.copyOf(new LinkedHashSet<>(Stream.concat(first.stream(), second.stream()).toList()));
    }
}
