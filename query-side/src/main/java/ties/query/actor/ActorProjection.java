package ties.query.actor;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import ties.actor.ActorEvent.ActorAliasAdded;
import ties.actor.ActorEvent.ActorCorrected;
import ties.actor.ActorEvent.ActorRegistered;
import ties.actor.ActorEvent.ActorRoleRecorded;
import ties.actor.ActorEvent.ActorWithdrawn;
import ties.actor.ActorFacts;
import ties.actor.ActorNames;
import ties.actor.ActorView.MeetingLine;
import ties.actor.ActorView.StatementLine;
import ties.actor.RoleFacts;
import ties.engagement.EngagementEvent.EngagementCorrected;
import ties.engagement.EngagementEvent.EngagementRecorded;
import ties.engagement.EngagementEvent.EngagementStateChanged;
import ties.engagement.EngagementEvent.EngagementWithdrawn;
import ties.engagement.EngagementFacts;
import ties.fact.CountryCode;
import ties.fact.PartialDate;
import ties.query.store.Projection;
import ties.query.store.ReadModels;
import ties.query.store.Recorded;
import ties.query.store.RowContent;
import ties.query.store.SortKeys;
import ties.statement.StatementEvent.StatementCorrected;
import ties.statement.StatementEvent.StatementRecorded;
import ties.statement.StatementEvent.StatementWithdrawn;
import ties.statement.StatementFacts;
import ties.visit.VisitEvent.MeetingRecorded;
import ties.visit.VisitEvent.VisitCorrected;
import ties.visit.VisitEvent.VisitRecorded;
import ties.visit.VisitEvent.VisitWithdrawn;
import ties.visit.VisitFacts;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Actors and what they did. Visits, meetings, statements and engagements are kept as rows tagged with the actors
 * involved; the actor view assembles them at query time, which is also where visit ordinals ("third
 * visit to Pakistan") are computed from the visits in the order they happened.
 */
@Component
@ProcessingGroup(ActorProjection.GROUP)
public class ActorProjection implements Projection {

    public static final String GROUP = "actors";
    static final String ACTORS = "actor";
    static final String VISITS = "actor-visit";
    static final String MEETINGS = "actor-meeting";
    static final String STATEMENTS = "actor-statement";
    static final String ENGAGEMENTS = "actor-engagement";

    /** An actor's own facts, as stored. */
    record ActorDocument(String actorId, ActorFacts facts, List<String> addedAliases, List<RoleFacts> roles, Instant recordedAt) {
    }

    /** A visit as the actor views need it. */
    record VisitDocument(String visitId, VisitFacts visit, Instant recordedAt) {
    }

    /** A meeting as the actor views show it; {@code datedByVisit}: it was sent without a date and takes the visit's. */
    record MeetingDocument(MeetingLine line, boolean datedByVisit, Instant recordedAt) {
    }

    /** An engagement as the actor views need it: listed under each of its parties. */
    record EngagementDocument(String engagementId, EngagementFacts engagement, Instant recordedAt) {
    }

    private final ReadModels store;

    public ActorProjection(ReadModels store) {
        this.store = store;
    }

    @EventHandler
    void on(ActorRegistered event, Recorded recorded) {
        saveActor(new ActorDocument(event.actorId(), event.actor(), List.of(), List.of(), recorded.at()), recorded.at());
    }

    @EventHandler
    void on(ActorAliasAdded event, Recorded recorded) {
        store.current(ACTORS, event.actorId(), ActorDocument.class)
                .filter(actor -> !actor.addedAliases().contains(event.alias()))
                .ifPresent(actor -> saveActor(new ActorDocument(actor.actorId(), actor.facts(),
                        ReadModels.with(actor.addedAliases(), event.alias()), actor.roles(), actor.recordedAt()), recorded.at()));
    }

    @EventHandler
    void on(ActorRoleRecorded event, Recorded recorded) {
        store.current(ACTORS, event.actorId(), ActorDocument.class)
                .filter(actor -> !actor.roles().contains(event.role()))
                .ifPresent(actor -> saveActor(new ActorDocument(actor.actorId(), actor.facts(), actor.addedAliases(),
                        ReadModels.with(actor.roles(), event.role()), actor.recordedAt()), recorded.at()));
    }

    @EventHandler
    void on(ActorCorrected event, Recorded recorded) {
        store.current(ACTORS, event.actorId(), ActorDocument.class)
                .ifPresent(actor -> saveActor(new ActorDocument(actor.actorId(), event.corrected(), actor.addedAliases(),
                        actor.roles(), actor.recordedAt()), recorded.at()));
    }

    @EventHandler
    void on(ActorWithdrawn event, Recorded recorded) {
        store.remove(ACTORS, event.actorId(), recorded.at());
    }

    @EventHandler
    void on(VisitRecorded event, Recorded recorded) {
        saveVisit(new VisitDocument(event.visitId(), event.visit(), recorded.at()), recorded.at());
    }

    @EventHandler
    void on(VisitCorrected event, Recorded recorded) {
        Instant first = store.current(VISITS, event.visitId(), VisitDocument.class).map(VisitDocument::recordedAt)
                .orElse(recorded.at());
        saveVisit(new VisitDocument(event.visitId(), event.corrected(), first), recorded.at());
        // Meetings are listed under the visit's participants, and those sent without a date took the visit's.
        for (String key : store.currentKeysTagged(MEETINGS, "visit:" + event.visitId())) {
            store.current(MEETINGS, key, MeetingDocument.class).ifPresent(meeting -> saveMeeting(meeting.datedByVisit()
                    ? redated(meeting, event.corrected().occurred()) : meeting, recorded.at()));
        }
    }

    @EventHandler
    void on(VisitWithdrawn event, Recorded recorded) {
        store.remove(VISITS, event.visitId(), recorded.at());
        store.currentKeysTagged(MEETINGS, "visit:" + event.visitId()).forEach(key -> store.remove(MEETINGS, key, recorded.at()));
    }

    @EventHandler
    void on(MeetingRecorded event, Recorded recorded) {
        var meeting = event.meeting();
        saveMeeting(new MeetingDocument(new MeetingLine(event.visitId(), event.meetingId(), meeting.participantIds(),
                meeting.topics(), meeting.occurred()), event.datedByVisit(), recorded.at()), recorded.at());
    }

    @EventHandler
    void on(StatementRecorded event, Recorded recorded) {
        saveStatement(event.statementId(), event.statement(), recorded);
    }

    @EventHandler
    void on(StatementCorrected event, Recorded recorded) {
        saveStatement(event.statementId(), event.corrected(), recorded);
    }

    @EventHandler
    void on(StatementWithdrawn event, Recorded recorded) {
        store.remove(STATEMENTS, event.statementId(), recorded.at());
    }

    @EventHandler
    void on(EngagementRecorded event, Recorded recorded) {
        saveEngagement(new EngagementDocument(event.engagementId(), event.engagement(), recorded.at()), recorded.at());
    }

    @EventHandler
    void on(EngagementStateChanged event, Recorded recorded) {
        store.current(ENGAGEMENTS, event.engagementId(), EngagementDocument.class).ifPresent(engagement -> saveEngagement(
                new EngagementDocument(engagement.engagementId(), engagement.engagement().moved(event.change()),
                        engagement.recordedAt()), recorded.at()));
    }

    @EventHandler
    void on(EngagementCorrected event, Recorded recorded) {
        store.current(ENGAGEMENTS, event.engagementId(), EngagementDocument.class).ifPresent(engagement -> saveEngagement(
                new EngagementDocument(engagement.engagementId(), event.corrected(), engagement.recordedAt()), recorded.at()));
    }

    @EventHandler
    void on(EngagementWithdrawn event, Recorded recorded) {
        store.remove(ENGAGEMENTS, event.engagementId(), recorded.at());
    }

    @Override
    public List<String> models() {
        return List.of(ACTORS, VISITS, MEETINGS, STATEMENTS, ENGAGEMENTS);
    }

    /**
     * The countries of these actors as this processing group holds them now; other projections of the
     * group read it, since the group applies an actor's events before the records that name the actor.
     */
    public static Set<CountryCode> countriesOf(ReadModels store, Collection<String> actorIds) {
        Set<CountryCode> countries = new TreeSet<>();
        actorIds.forEach(id -> store.current(ACTORS, id, ActorDocument.class).map(actor -> actor.facts().country())
                .ifPresent(countries::add));
        return countries;
    }

    @ResetHandler
    void reset() {
        store.clear(models());
    }

    private void saveActor(ActorDocument actor, Instant at) {
        ActorFacts facts = actor.facts();
        String names = ActorNames.searchText(Stream.concat(Stream.concat(Stream.of(facts.name()), facts.aliases().stream()),
                actor.addedAliases().stream()).toList());
        Set<String> categories = new HashSet<>();
        categories.add("kind:" + facts.kind());
        if (facts.country() != null) {
            categories.add("country:" + facts.country().code());
        }
        store.put(ACTORS, actor.actorId(), at, new RowContent(actor, ActorNames.normalize(facts.name()) + "|" + actor.actorId(),
                Set.of(), categories, facts.kind().name(), null, null, names));
    }

    private void saveVisit(VisitDocument visit, Instant at) {
        Set<String> tags = new HashSet<>();
        visit.visit().visitorIds().forEach(v -> tags.add("visitor:" + v));
        visit.visit().hostIds().forEach(h -> tags.add("host:" + h));
        var occurred = visit.visit().occurred();
        store.put(VISITS, visit.visitId(), at, new RowContent(visit,
                occurred.earliest() + "|" + occurred.latest() + "|" + SortKeys.millis(visit.recordedAt())
                        + "|" + visit.visitId(), tags, Set.of("country:" + visit.visit().country().code()), null,
                occurred.earliest(), occurred.latest(), null));
    }

    /** Listed under its participants and the visit's visitors and hosts. */
    private void saveMeeting(MeetingDocument meeting, Instant at) {
        MeetingLine line = meeting.line();
        Set<String> tags = new HashSet<>();
        tags.add("visit:" + line.visitId());
        line.participantIds().forEach(p -> tags.add("participant:" + p));
        store.current(VISITS, line.visitId(), VisitDocument.class).ifPresent(visit ->
                Stream.concat(visit.visit().visitorIds().stream(), visit.visit().hostIds().stream())
                        .forEach(p -> tags.add("participant:" + p)));
        PartialDate occurred = line.occurred();
        store.put(MEETINGS, line.visitId() + ":" + line.meetingId(), at,
                new RowContent(meeting, orderOf(occurred.earliest().toString(), meeting.recordedAt(), line.meetingId()), tags,
                        Set.of(), null, occurred.earliest(), occurred.latest(), null));
    }

    private static MeetingDocument redated(MeetingDocument meeting, PartialDate occurred) {
        MeetingLine line = meeting.line();
        return new MeetingDocument(new MeetingLine(line.visitId(), line.meetingId(), line.participantIds(), line.topics(),
                occurred), true, meeting.recordedAt());
    }

    private void saveStatement(String statementId, StatementFacts statement, Recorded recorded) {
        if (statement.speaker().actorId() == null) {
            store.remove(STATEMENTS, statementId, recorded.at());
            return;
        }
        String text = statement.text();
        StatementLine line = new StatementLine(statementId, statement.form(),
                text.length() > 200 ? text.substring(0, 200) + "…" : text, statement.occurred());
        store.put(STATEMENTS, statementId, recorded.at(), new RowContent(line,
                orderOf(statement.occurred().earliest().toString(), recorded.at(), statementId),
                Set.of("speaker:" + statement.speaker().actorId()), Set.of(), null,
                statement.occurred().earliest(), statement.occurred().latest(), null));
    }

    /** Listed under each party, in the order engagements take place. */
    private void saveEngagement(EngagementDocument engagement, Instant at) {
        EngagementFacts facts = engagement.engagement();
        Set<String> tags = facts.participantIds().stream().map(p -> "participant:" + p).collect(Collectors.toSet());
        store.put(ENGAGEMENTS, engagement.engagementId(), at, new RowContent(engagement,
                orderOf(facts.start().earliest().toString(), engagement.recordedAt(), engagement.engagementId()), tags,
                Set.of(), facts.kind().name(), facts.start().earliest(), facts.span().latest(), null));
    }

    private static String orderOf(String occurred, Instant recordedAt, String key) {
        return occurred + "|" + SortKeys.millis(recordedAt) + "|" + key;
    }
}
