package ties.query.timeline;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import ties.actor.ActorEvent.ActorCorrected;
import ties.actor.ActorEvent.ActorRegistered;
import ties.agreement.AgreementEvent.AgreementCorrected;
import ties.agreement.AgreementEvent.AgreementRecorded;
import ties.agreement.AgreementFacts;
import ties.agreement.AgreementKind;
import ties.agreement.Signatory;
import ties.engagement.EngagementEvent.EngagementCorrected;
import ties.engagement.EngagementEvent.EngagementRecorded;
import ties.engagement.EngagementEvent.EngagementStateChanged;
import ties.engagement.EngagementFacts;
import ties.fact.CountryCode;
import ties.fact.PartialDate;
import ties.initiative.InitiativeEvent.InitiativeCorrected;
import ties.initiative.InitiativeEvent.InitiativeProposed;
import ties.initiative.InitiativeEvent.InitiativeStatusChanged;
import ties.initiative.InitiativeEvent.ObstacleRecorded;
import ties.initiative.InitiativeFacts;
import ties.obstacle.RelationshipObstacleEvent.RelationshipObstacleCorrected;
import ties.obstacle.RelationshipObstacleEvent.RelationshipObstacleRecorded;
import ties.obstacle.RelationshipObstacleFacts;
import ties.query.store.Projection;
import ties.query.store.ReadModels;
import ties.query.store.Recorded;
import ties.query.store.RowContent;
import ties.query.store.RowQuery;
import ties.query.store.SortKeys;
import ties.query.timeline.Involvement.MeetingInfo;
import ties.query.timeline.Involvement.VisitInfo;
import ties.record.RecordType;
import ties.record.RecordWithdrawn;
import ties.statement.StatementEvent.StatementCorrected;
import ties.statement.StatementEvent.StatementRecorded;
import ties.statement.StatementFacts;
import ties.timeline.Development;
import ties.timeline.DevelopmentKind;
import ties.visit.MeetingFacts;
import ties.visit.VisitEvent.MeetingRecorded;
import ties.visit.VisitEvent.VisitCorrected;
import ties.visit.VisitEvent.VisitRecorded;
import ties.visit.VisitFacts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns events into {@link Development}s: what happened, when, involving whom and which countries.
 * The timeline and the relations chart are two read models of developments, each its own processing
 * group; they share this translation and differ in what they store it for.
 */
public abstract class DevelopmentProjection implements Projection {

    protected final ReadModels store;
    private final String model;
    private final Involvement involvement;

    protected DevelopmentProjection(ReadModels store, String model) {
        this.store = store;
        this.model = model;
        this.involvement = new Involvement(store, model);
    }

    /** Called after a development was stored or changed; {@code previous} is what it replaced, or null. */
    protected void changed(Development development, Development previous) {
    }

    @EventHandler
    void on(ActorRegistered event, Recorded recorded) {
        involvement.actor(event.actorId(), event.actor(), recorded.at());
    }

    /**
     * Developments show the names of the actors involved and count their countries: those of every
     * current record involving the actor are built again from the facts kept of the record.
     */
    @EventHandler
    void on(ActorCorrected event, Recorded recorded) {
        involvement.actor(event.actorId(), event.corrected(), recorded.at());
        Set<String> rebuilt = new HashSet<>();
        for (Development d : developmentsTagged("actor:" + event.actorId())) {
            if (rebuilt.add(d.recordType() + ":" + d.recordId())) {
                rebuild(d.recordType(), d.recordId(), recorded);
            }
        }
    }

    @EventHandler
    void on(VisitRecorded event, Recorded recorded) {
        visit(event.visitId(), event.visit(), recorded);
    }

    @EventHandler
    void on(VisitCorrected event, Recorded recorded) {
        revisit(event.visitId(), event.corrected(), recorded);
    }

    @EventHandler
    void on(MeetingRecorded event, Recorded recorded) {
        meeting(new MeetingInfo(event.visitId(), event.meetingId(), event.meeting(), event.datedByVisit()), recorded);
    }

    @EventHandler
    void on(StatementRecorded event, Recorded recorded) {
        statement(event.statementId(), event.statement(), recorded);
    }

    @EventHandler
    void on(StatementCorrected event, Recorded recorded) {
        statement(event.statementId(), event.corrected(), recorded);
    }

    @EventHandler
    void on(InitiativeProposed event, Recorded recorded) {
        proposal(event.initiativeId(), event.initiative(), recorded);
    }

    @EventHandler
    void on(InitiativeCorrected event, Recorded recorded) {
        String previousTitle = involvement.initiative(event.initiativeId()).title();
        InitiativeFacts corrected = event.corrected();
        proposal(event.initiativeId(), corrected, recorded);
        for (Development d : developmentsOf(event.initiativeId())) {
            if (d.kind() != DevelopmentKind.PROPOSAL) {
                put(new Development(d.key(), d.kind(), d.recordType(), d.recordId(),
                        d.summary().replace(previousTitle, corrected.title()), d.occurred(), d.recordedAt(), d.recordedBy(),
                        corrected.parties(), d.actorIds(), d.initiativeIds(), false), recorded.at());
            }
        }
    }

    @EventHandler
    void on(InitiativeStatusChanged event, Recorded recorded) {
        Involvement.InitiativeInfo initiative = involvement.initiative(event.initiativeId());
        var change = event.change();
        String completion = change.completion() == null ? "" : " (" + change.completion().name().toLowerCase() + ")";
        String summary = initiative.title() + ": " + event.from().label() + " → " + change.status().label() + completion
                + (change.reopen() ? " (reopened)" : "");
        put(new Development("status:" + recorded.eventId(), DevelopmentKind.STATUS_CHANGE, RecordType.INITIATIVE,
                event.initiativeId(), summary, change.occurred(), recorded.at(), recorded.by(), initiative.parties(),
                List.of(), List.of(event.initiativeId()), false), recorded.at());
    }

    @EventHandler
    void on(ObstacleRecorded event, Recorded recorded) {
        Involvement.InitiativeInfo initiative = involvement.initiative(event.initiativeId());
        var obstacle = event.obstacle();
        String summary = initiative.title() + " hindered by " + obstacle.kind().name().toLowerCase().replace('_', ' ')
                + ": " + excerpt(obstacle.description());
        put(new Development("obstacle:" + event.initiativeId() + ":" + event.obstacleId(), DevelopmentKind.OBSTACLE,
                RecordType.INITIATIVE, event.initiativeId(), summary, obstacle.occurred(), recorded.at(), recorded.by(),
                initiative.parties(), List.of(), List.of(event.initiativeId()), false), recorded.at());
    }

    @EventHandler
    void on(RelationshipObstacleRecorded event, Recorded recorded) {
        relationshipObstacle(event.obstacleId(), event.obstacle(), recorded);
    }

    @EventHandler
    void on(RelationshipObstacleCorrected event, Recorded recorded) {
        relationshipObstacle(event.obstacleId(), event.corrected(), recorded);
    }

    @EventHandler
    void on(AgreementRecorded event, Recorded recorded) {
        agreement(event.agreementId(), event.agreement(), recorded);
    }

    @EventHandler
    void on(AgreementCorrected event, Recorded recorded) {
        agreement(event.agreementId(), event.corrected(), recorded);
    }

    @EventHandler
    void on(EngagementRecorded event, Recorded recorded) {
        engagement(event.engagementId(), event.engagement(), recorded);
    }

    @EventHandler
    void on(EngagementStateChanged event, Recorded recorded) {
        involvement.engagements.get(event.engagementId())
                .ifPresent(facts -> engagement(event.engagementId(), facts.moved(event.change()), recorded));
    }

    @EventHandler
    void on(EngagementCorrected event, Recorded recorded) {
        engagement(event.engagementId(), event.corrected(), recorded);
    }

    @EventHandler
    void on(RecordWithdrawn event, Recorded recorded) {
        for (Development d : developmentsOf(event.recordId())) {
            if (store.remove(model, d.key(), recorded.at())) {
                removed(d);
            }
        }
    }

    /** Called after a development left the current view. */
    protected void removed(Development development) {
    }

    @Override
    public List<String> models() {
        List<String> models = new ArrayList<>(involvement.models());
        models.add(model);
        return List.copyOf(models);
    }

    @ResetHandler
    void reset() {
        store.clear(models());
    }

    /** Builds a record's developments that name actors again, from the facts kept of the record. */
    private void rebuild(RecordType type, String recordId, Recorded recorded) {
        switch (type) {
            case VISIT -> involvement.visits.get(recordId).ifPresent(visit -> revisit(recordId, visit, recorded));
            case STATEMENT -> involvement.statements.get(recordId).ifPresent(s -> statement(recordId, s, recorded));
            case INITIATIVE -> involvement.initiatives.get(recordId).ifPresent(i -> proposal(recordId, i, recorded));
            case AGREEMENT -> involvement.agreements.get(recordId).ifPresent(a -> agreement(recordId, a, recorded));
            case ENGAGEMENT -> involvement.engagements.get(recordId).ifPresent(e -> engagement(recordId, e, recorded));
            case ACTOR, OBSTACLE -> {
                // an actor has no developments of its own; an obstacle's names no actor
            }
        }
    }

    /**
     * The visit, then what shows it: its meetings (those sent without a date took the visit's) and the
     * statements made on it that are still current (a withdrawn one stays withdrawn).
     */
    private void revisit(String visitId, VisitFacts visit, Recorded recorded) {
        visit(visitId, visit, recorded);
        for (String meetingKey : involvement.meetings.tagged("visit:" + visitId)) {
            involvement.meetings.get(meetingKey).ifPresent(meeting -> meeting(meeting, recorded));
        }
        for (String statementId : involvement.statements.tagged("visit:" + visitId)) {
            if (store.current(model, "statement:" + statementId, Development.class).isPresent()) {
                rebuild(RecordType.STATEMENT, statementId, recorded);
            }
        }
    }

    // Each builder keeps the facts it builds from, so that the development can be built again.

    private void visit(String visitId, VisitFacts visit, Recorded recorded) {
        involvement.visits.put(visitId, visit, recorded.at(), Set.of());
        VisitInfo info = involvement.visit(visit);
        String summary = involvement.names(visit.visitorIds()) + " visited " + Involvement.place(visit)
                + (visit.hostIds().isEmpty() ? "" : ", hosted by " + involvement.names(visit.hostIds()));
        put(new Development("visit:" + visitId, DevelopmentKind.VISIT, RecordType.VISIT, visitId, summary, visit.occurred(),
                recorded.at(), recorded.by(), info.countries(), info.actorIds(), List.of(), false), recorded.at());
    }

    private void meeting(MeetingInfo info, Recorded recorded) {
        involvement.meetings.put(info.visitId() + ":" + info.meetingId(), info, recorded.at(),
                Set.of("visit:" + info.visitId()));
        MeetingFacts meeting = info.meeting();
        VisitInfo visit = involvement.visit(info.visitId());
        Set<CountryCode> countries = new TreeSet<>(visit.countries());
        countries.addAll(involvement.countriesOf(meeting.participantIds()));
        String topics = meeting.topics().isEmpty() ? "" : " on " + String.join(", ", meeting.topics());
        String summary = "Meeting with " + involvement.names(meeting.participantIds()) + topics + " (" + visit.summary() + ")";
        PartialDate occurred = info.datedByVisit() && visit.occurred() != null ? visit.occurred() : meeting.occurred();
        List<String> actors = Involvement.distinct(visit.actorIds(), meeting.participantIds());
        put(new Development("meeting:" + info.visitId() + ":" + info.meetingId(), DevelopmentKind.MEETING, RecordType.VISIT,
                info.visitId(), summary, occurred, recorded.at(), recorded.by(), List.copyOf(countries), actors, List.of(), false),
                recorded.at());
    }

    private void statement(String statementId, StatementFacts statement, Recorded recorded) {
        involvement.statements.put(statementId, statement, recorded.at(),
                statement.occasionVisitId() == null ? Set.of() : Set.of("visit:" + statement.occasionVisitId()));
        Set<CountryCode> countries = new TreeSet<>(involvement.partiesOf(statement.initiativeIds()));
        List<String> actors = new ArrayList<>();
        String speaker = statement.speaker().description();
        if (statement.speaker().actorId() != null) {
            actors.add(statement.speaker().actorId());
            countries.addAll(involvement.countriesOf(actors));
            speaker = involvement.name(statement.speaker().actorId());
        }
        if (statement.occasionVisitId() != null) {
            countries.addAll(involvement.visit(statement.occasionVisitId()).countries());
        }
        String summary = speaker + " (" + statement.form().name().toLowerCase() + "): " + excerpt(statement.text());
        put(new Development("statement:" + statementId, DevelopmentKind.STATEMENT, RecordType.STATEMENT, statementId, summary,
                statement.occurred(), recorded.at(), recorded.by(), List.copyOf(countries), actors, statement.initiativeIds(),
                false), recorded.at());
    }

    private void proposal(String initiativeId, InitiativeFacts facts, Recorded recorded) {
        involvement.initiatives.put(initiativeId, facts, recorded.at(), Set.of());
        List<String> actors = facts.proposedBy() == null ? List.of() : List.of(facts.proposedBy());
        String summary = "Proposed: " + facts.title()
                + (facts.proposedBy() == null ? "" : " (by " + involvement.name(facts.proposedBy()) + ")");
        put(new Development("proposal:" + initiativeId, DevelopmentKind.PROPOSAL, RecordType.INITIATIVE, initiativeId,
                summary, facts.occurred(), recorded.at(), recorded.by(), facts.parties(), actors, List.of(initiativeId), false),
                recorded.at());
    }

    /**
     * An agreement involves its parties' countries and those its signatories signed for; a party or a
     * signatory of no country (a company, an international organisation) adds none.
     */
    private void agreement(String agreementId, AgreementFacts agreement, Recorded recorded) {
        involvement.agreements.put(agreementId, agreement, recorded.at(), Set.of());
        Set<CountryCode> countries = new TreeSet<>(involvement.countriesOf(agreement.partyIds()));
        agreement.signatories().stream().map(Signatory::onBehalfOf).filter(Objects::nonNull).forEach(countries::add);
        List<String> who = agreement.signatories().stream().map(s -> involvement.name(s.actorId())
                + (s.onBehalfOf() == null ? "" : " for " + s.onBehalfOf().name())).toList();
        if (who.isEmpty()) {
            who = List.of(involvement.names(agreement.partyIds()));
        }
        String kind = agreement.kind() == null ? AgreementKind.AGREEMENT.label() : agreement.kind().label();
        String summary = kind + " signed: " + agreement.title() + " (" + String.join("; ", who) + ")";
        put(new Development("agreement:" + agreementId, DevelopmentKind.AGREEMENT, RecordType.AGREEMENT, agreementId,
                summary, agreement.signed(), recorded.at(), recorded.by(), List.copyOf(countries),
                Involvement.distinct(agreement.partyIds(), agreement.signatoryIds()), agreement.initiativeIds(), false),
                recorded.at());
    }

    /** Counted once for the relationship, however many initiatives it holds back. */
    private void relationshipObstacle(String obstacleId, RelationshipObstacleFacts obstacle, Recorded recorded) {
        String summary = "Relationship hindered by " + obstacle.kind().name().toLowerCase().replace('_', ' ') + ": "
                + excerpt(obstacle.description());
        put(new Development("obstacle:" + obstacleId, DevelopmentKind.OBSTACLE, RecordType.OBSTACLE, obstacleId, summary,
                obstacle.occurred(), recorded.at(), recorded.by(), List.copyOf(new TreeSet<>(obstacle.countries())),
                List.of(), obstacle.initiativeIds(), false), recorded.at());
    }

    /** One development per engagement, showing where it stands now and over the time it takes. */
    private void engagement(String engagementId, EngagementFacts engagement, Recorded recorded) {
        involvement.engagements.put(engagementId, engagement, recorded.at(), Set.of());
        Set<CountryCode> countries = new TreeSet<>(involvement.countriesOf(engagement.participantIds()));
        if (engagement.place() != null && engagement.place().country() != null) {
            countries.add(engagement.place().country());
        }
        String parties = String.join(", ", engagement.participants().stream().map(p -> involvement.name(p.actorId())
                + " (" + p.role().name().toLowerCase() + (Boolean.TRUE.equals(p.firstTime()) ? ", first time" : "") + ")")
                .toList());
        String place = engagement.place() == null ? "" : ", " + Involvement.place(engagement.place());
        String summary = Involvement.label(engagement.kind().name()) + " " + engagement.state().label() + ": "
                + engagement.title() + place + " — " + parties;
        put(new Development("engagement:" + engagementId, DevelopmentKind.ENGAGEMENT, RecordType.ENGAGEMENT, engagementId,
                summary, engagement.span(), recorded.at(), recorded.by(), List.copyOf(countries),
                engagement.participantIds(), List.of(), false), recorded.at());
    }

    private List<Development> developmentsOf(String recordId) {
        return developmentsTagged("record:" + recordId);
    }

    private List<Development> developmentsTagged(String tag) {
        return store.find(RowQuery.all(model, 10_000).withTags(List.of(tag)),
                Development.class).stream().map(ReadModels.Found::document).toList();
    }

    /**
     * Stores a development. One built again (corrected, or showing a corrected actor or visit) keeps
     * when and by whom it was first recorded beside the new facts.
     */
    private void put(Development built, Instant at) {
        Development previous = store.current(model, built.key(), Development.class).orElse(null);
        Development development = previous == null ? built : new Development(built.key(), built.kind(), built.recordType(),
                built.recordId(), built.summary(), built.occurred(), previous.recordedAt(), previous.recordedBy(),
                built.countries(), built.actorIds(), built.initiativeIds(), false);
        if (store.put(model, development.key(), at, content(development))) {
            changed(development, previous);
        }
    }

    static RowContent content(Development d) {
        Set<String> tags = new HashSet<>();
        tags.add("record:" + d.recordId());
        d.actorIds().forEach(a -> tags.add("actor:" + a));
        d.initiativeIds().forEach(i -> tags.add("initiative:" + i));
        Set<String> categories = new HashSet<>();
        categories.add("kind:" + d.kind());
        d.countries().forEach(c -> categories.add("country:" + c.code()));
        pairs(d.countries()).forEach(pair -> categories.add("pair:" + pair));
        return new RowContent(d, sortKey(d), tags, categories, d.kind().name(), d.occurred().earliest(), d.occurred().latest(), null);
    }

    /** Ordered by when it happened, then when it was recorded, then key: stable under inserts. */
    static String sortKey(Development d) {
        return d.occurred().earliest() + "|" + SortKeys.millis(d.recordedAt()) + "|" + d.key();
    }

    /** "IR-PK" for each pair of countries involved, in alphabetical order within the pair. */
    public static List<String> pairs(Collection<CountryCode> countries) {
        List<CountryCode> sorted = new ArrayList<>(new TreeSet<>(countries));
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                pairs.add(sorted.get(i).code() + "-" + sorted.get(j).code());
            }
        }
        return pairs;
    }

    private static String excerpt(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
