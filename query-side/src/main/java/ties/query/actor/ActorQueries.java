package ties.query.actor;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ties.actor.ActorFacts;
import ties.actor.ActorMatches;
import ties.actor.ActorNames;
import ties.actor.ActorSummary;
import ties.actor.ActorView;
import ties.actor.ActorView.EngagementLine;
import ties.actor.ActorView.AgreementLine;
import ties.actor.ActorView.MeetingLine;
import ties.actor.ActorView.StatementLine;
import ties.actor.ActorView.VisitLine;
import ties.actor.FindActor;
import ties.actor.SearchActors;
import ties.engagement.EngagementFacts;
import ties.engagement.Participant;
import ties.engagement.Participation;
import ties.agreement.AgreementFacts;
import ties.agreement.AgreementView;
import ties.agreement.Signatory;
import ties.fact.CountryCode;
import ties.query.actor.ActorProjection.ActorDocument;
import ties.query.actor.ActorProjection.EngagementDocument;
import ties.query.actor.ActorProjection.MeetingDocument;
import ties.query.actor.ActorProjection.VisitDocument;
import ties.query.agreement.AgreementRegisterProjection;
import ties.query.store.PartyRegister;
import ties.query.store.ReadModels;
import ties.query.store.RowQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

@Component
class ActorQueries {

    /** More rows than one actor plausibly has of any kind; a bound so one query cannot exhaust memory. */
    static final int MAX_LINES = 10_000;

    private final ReadModels store;
    private final PartyRegister agreementRegister;

    ActorQueries(ReadModels store) {
        this.store = store;
        this.agreementRegister = new PartyRegister(store, AgreementRegisterProjection.MODEL);
    }

    /** The actor with their visits, meetings, statements and agreements, or null when there is none (404). */
    @QueryHandler
    ActorView handle(FindActor query) {
        Instant asOf = query.asOf();
        return (asOf == null ? store.current(ActorProjection.ACTORS, query.actorId(), ActorDocument.class)
                : store.asOf(ActorProjection.ACTORS, query.actorId(), asOf, ActorDocument.class))
                .map(actor -> view(actor, asOf)).orElse(null);
    }

    @QueryHandler
    ActorMatches handle(SearchActors query) {
        List<String> words = ActorNames.queryWords(query.name());
        RowQuery rows = new RowQuery(ActorProjection.ACTORS, List.of(), List.of(), words, null, null, null, false, query.limit(), null);
        return new ActorMatches(store.find(rows, ActorDocument.class).stream().map(found -> {
            ActorDocument actor = found.document();
            return new ActorSummary(actor.actorId(), actor.facts().kind(), actor.facts().name(), aliases(actor),
                    actor.facts().country());
        }).toList());
    }

    private ActorView view(ActorDocument actor, Instant asOf) {
        ActorFacts facts = actor.facts();
        List<VisitDocument> made = visits("visitor:" + actor.actorId(), asOf);
        List<VisitLine> visitsMade = withOrdinals(made, actor.actorId());
        List<VisitLine> visitsHosted = visits("host:" + actor.actorId(), asOf).stream()
                .map(visit -> ordinalOf(visit, asOf)).toList();
        List<MeetingLine> meetings = lines(ActorProjection.MEETINGS, "participant:" + actor.actorId(), asOf,
                MeetingDocument.class).stream().map(MeetingDocument::line).toList();
        List<StatementLine> statements = lines(ActorProjection.STATEMENTS, "speaker:" + actor.actorId(), asOf, StatementLine.class);
        List<EngagementLine> engagements = engagements(lines(ActorProjection.ENGAGEMENTS, "participant:" + actor.actorId(),
                asOf, EngagementDocument.class), actor.actorId());
        List<AgreementLine> agreements = agreementRegister.find(List.of(actor.actorId()), null, null, null, MAX_LINES, asOf,
                AgreementView.class).stream().map(agreement -> agreementLine(agreement, actor.actorId())).toList();
        return new ActorView(actor.actorId(), facts.kind(), facts.name(), aliases(actor), facts.country(), facts.provenance(),
                actor.roles(), visitsMade, visitsHosted, meetings, statements, engagements, agreements, actor.recordedAt());
    }

    /**
     * The actor's part in each engagement; its first participation in a series is found among its own
     * engagements, since only its own presence matters.
     */
    private static List<EngagementLine> engagements(List<EngagementDocument> engagements, String actorId) {
        Map<String, List<Participation>> bySeries = new HashMap<>();
        engagements.stream().filter(e -> e.engagement().series() != null).forEach(e -> bySeries
                .computeIfAbsent(e.engagement().series().seriesId(), id -> new ArrayList<>()).add(participation(e, actorId)));
        return engagements.stream().map(document -> {
            EngagementFacts facts = document.engagement();
            Participation own = participation(document, actorId);
            Boolean first = facts.series() == null ? null
                    : bySeries.get(facts.series().seriesId()).stream().noneMatch(earlier -> earlier.precedes(own));
            return new EngagementLine(document.engagementId(), facts.kind(), facts.title(), facts.series(), facts.edition(),
                    facts.state(), facts.start(), facts.end(), own.role(), party(facts, actorId).firstTime(), first);
        }).toList();
    }

    private static Participation participation(EngagementDocument document, String actorId) {
        EngagementFacts facts = document.engagement();
        return new Participation(document.engagementId(), facts.edition(), facts.start().earliest(), facts.state(),
                party(facts, actorId).role());
    }

    private static Participant party(EngagementFacts facts, String actorId) {
        return facts.participants().stream().filter(p -> p.actorId().equals(actorId)).findFirst().orElseThrow();
    }

    private static AgreementLine agreementLine(AgreementView view, String actorId) {
        AgreementFacts agreement = view.agreement();
        Optional<Signatory> signatory = agreement.signatories().stream().filter(s -> s.actorId().equals(actorId)).findFirst();
        return new AgreementLine(view.agreementId(), agreement.title(), agreement.kind(), agreement.signed(),
                signatory.isPresent(), signatory.map(Signatory::titleAtSigning).orElse(null),
                agreement.partyIds().contains(actorId));
    }

    /** Numbers each visit among the visitor's visits to the same country, in the order they happened. */
    private static List<VisitLine> withOrdinals(List<VisitDocument> visits, String visitorId) {
        Map<CountryCode, Integer> counts = new HashMap<>();
        List<VisitLine> lines = new ArrayList<>();
        for (VisitDocument visit : visits) {
            int ordinal = counts.merge(visit.visit().country(), 1, Integer::sum);
            lines.add(line(visit, ordinal));
        }
        return lines;
    }

    /** For a hosted visit: its rank among the (first) visitor's visits to that country. */
    private VisitLine ordinalOf(VisitDocument hosted, Instant asOf) {
        String visitor = hosted.visit().visitorIds().get(0);
        List<VisitDocument> theirs = store.find(RowQuery.all(ActorProjection.VISITS, MAX_LINES).asOf(asOf)
                        .withTags(List.of("visitor:" + visitor))
                        .withCategories(List.of("country:" + hosted.visit().country().code())),
                VisitDocument.class).stream().map(ReadModels.Found::document).toList();
        int ordinal = 1 + (int) theirs.stream().takeWhile(v -> !v.visitId().equals(hosted.visitId())).count();
        return line(hosted, ordinal);
    }

    private static VisitLine line(VisitDocument visit, int ordinal) {
        var facts = visit.visit();
        return new VisitLine(visit.visitId(), facts.visitorIds(), facts.hostIds(), facts.city(), facts.country(),
                facts.occurred(), ordinal);
    }

    private List<VisitDocument> visits(String tag, Instant asOf) {
        return lines(ActorProjection.VISITS, tag, asOf, VisitDocument.class);
    }

    private <T> List<T> lines(String model, String tag, Instant asOf, Class<T> type) {
        return store.find(RowQuery.all(model, MAX_LINES).asOf(asOf).withTags(List.of(tag)), type).stream()
                .map(ReadModels.Found::document).toList();
    }

    private static List<String> aliases(ActorDocument actor) {
        return Stream.concat(actor.facts().aliases().stream(), actor.addedAliases().stream()).distinct().toList();
    }
}
