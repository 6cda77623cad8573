package ties.command.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import ties.actor.ActorFacts;
import ties.actor.ActorKind;
import ties.actor.ActorNames;
import ties.actor.AddActorAlias;
import ties.actor.CorrectActor;
import ties.actor.RecordActorRole;
import ties.actor.RegisterActor;
import ties.actor.RoleFacts;
import ties.actor.WithdrawActor;
import ties.agreement.AgreementFacts;
import ties.agreement.CorrectAgreement;
import ties.agreement.RecordAgreement;
import ties.agreement.Signatory;
import ties.agreement.WithdrawAgreement;
import ties.command.engagement.EngagementRules;
import ties.command.record.RecordDirectory;
import ties.engagement.ChangeEngagementState;
import ties.engagement.CorrectEngagement;
import ties.engagement.EngagementFacts;
import ties.engagement.EngagementState;
import ties.engagement.Participant;
import ties.engagement.RecordEngagement;
import ties.engagement.StateChange;
import ties.engagement.WithdrawEngagement;
import ties.fact.CountryCode;
import ties.fact.PartialDate;
import ties.fact.Provenance;
import ties.fact.Rejection;
import ties.initiative.ChangeInitiativeStatus;
import ties.initiative.Completion;
import ties.initiative.CorrectInitiative;
import ties.initiative.InitiativeFacts;
import ties.initiative.InitiativeStatus;
import ties.initiative.LinkEngagementSeries;
import ties.initiative.ProposeInitiative;
import ties.initiative.RecordObstacle;
import ties.initiative.StatusChange;
import ties.initiative.WithdrawInitiative;
import ties.obstacle.CorrectRelationshipObstacle;
import ties.obstacle.RecordRelationshipObstacle;
import ties.obstacle.RelationshipObstacleFacts;
import ties.obstacle.WithdrawRelationshipObstacle;
import ties.record.RecordRef;
import ties.record.RecordType;
import ties.statement.CorrectStatement;
import ties.statement.RecordStatement;
import ties.statement.StatementFacts;
import ties.statement.WithdrawStatement;
import ties.visit.CorrectVisit;
import ties.visit.MeetingFacts;
import ties.visit.RecordMeeting;
import ties.visit.RecordVisit;
import ties.visit.VisitFacts;
import ties.visit.WithdrawVisit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules that span steps, checked in batch order without sending anything: every id a step refers
 * to is created by an earlier step or already recorded (with the right type, not withdrawn); an id is
 * not created twice with different content; dates resolve against their provenance; status changes
 * carry a {@code changeId} and, for initiatives the batch proposes, follow the lifecycle; and the
 * cheap rules the aggregates enforce (a visitor is not also a host, signatories sign once, an
 * engagement's state changes follow its rules, ...).
 * What needs a record's full history (e.g. a create that differs from what is recorded) is only found
 * when the step runs.
 */
final class BatchCheck {

    /** Receives a problem found in the current step: the field (dotted path) and the message. */
    interface Problems {
        void add(String field, String message);
    }

    private record Creation(RecordType type, int position, JsonNode content) {
    }

    private record ActorIdentity(ActorKind kind, CountryCode country) {
    }

    private static final class Lifecycle {
        InitiativeStatus status = InitiativeStatus.PROPOSED;
        InitiativeStatus lastMainLine = InitiativeStatus.PROPOSED;
        Completion completion;
    }

    private final RecordDirectory directory;
    private final Map<String, Optional<RecordDirectory.Entry>> recorded = new HashMap<>();
    /** Ids created by some step, with the first position that creates them (to explain forward references). */
    private final Map<String, Integer> createdAnywhere;
    /** Ids some step withdraws: references to them are fine when the batch is imported again. */
    private final Set<String> withdrawnAnywhere;

    private final Map<String, Creation> created = new HashMap<>();
    private final Map<String, Integer> withdrawnAt = new HashMap<>();
    private final Map<String, Creation> parts = new HashMap<>();
    private final Map<String, Lifecycle> lifecycles = new HashMap<>();
    /** The state of each engagement the batch records, as the steps so far leave it. */
    private final Map<String, EngagementState> engagementStates = new HashMap<>();
    private final Map<String, ActorIdentity> actors = new HashMap<>();
    private final Map<String, String> actorNames = new HashMap<>();

    private int position;
    private JsonNode content;
    private Problems problems;

    /**
     * @param createdAnywhere   ids that some step of the batch creates, with the first such step
     * @param withdrawnAnywhere ids that some step of the batch withdraws
     */
    BatchCheck(RecordDirectory directory, Map<String, Integer> createdAnywhere, Set<String> withdrawnAnywhere) {
        this.directory = directory;
        this.createdAnywhere = createdAnywhere;
        this.withdrawnAnywhere = withdrawnAnywhere;
    }

    /**
     * A step whose JSON could not be bound: its record still counts as created from here on (by its
     * id in the JSON), so that later steps are not reported for referring to it.
     */
    void unbound(int position, RecordType type, String id) {
        if (type != null && id != null && !created.containsKey(id)) {
            created.put(id, new Creation(type, position, null));
        }
    }

    /**
     * Checks one bound step.
     *
     * @param content the step's JSON after defaults, to compare repeated creations
     */
    void check(int position, Object command, JsonNode content, Problems problems) {
        this.position = position;
        this.content = content;
        this.problems = problems;
        if (command instanceof RegisterActor c) {
            registerActor(c);
        } else if (command instanceof AddActorAlias c) {
            target(RecordType.ACTOR, "actorId", c.actorId());
            aliasFree(c.actorId(), c.alias());
        } else if (command instanceof RecordActorRole c) {
            target(RecordType.ACTOR, "actorId", c.actorId());
            role(c.role());
        } else if (command instanceof CorrectActor c) {
            target(RecordType.ACTOR, "actorId", c.actorId());
            if (c.corrected() != null) {
                countryActor(c.corrected(), "corrected");
            }
        } else if (command instanceof WithdrawActor c) {
            withdraw(RecordType.ACTOR, "actorId", c.actorId());
        } else if (command instanceof RecordVisit c) {
            creates(RecordType.VISIT, "visitId", c.visitId());
            visit(c.visit(), "visit");
        } else if (command instanceof RecordMeeting c) {
            target(RecordType.VISIT, "visitId", c.visitId());
            meeting(c);
        } else if (command instanceof CorrectVisit c) {
            target(RecordType.VISIT, "visitId", c.visitId());
            visit(c.corrected(), "corrected");
        } else if (command instanceof WithdrawVisit c) {
            withdraw(RecordType.VISIT, "visitId", c.visitId());
        } else if (command instanceof RecordStatement c) {
            creates(RecordType.STATEMENT, "statementId", c.statementId());
            statement(c.statement(), "statement");
        } else if (command instanceof CorrectStatement c) {
            target(RecordType.STATEMENT, "statementId", c.statementId());
            statement(c.corrected(), "corrected");
        } else if (command instanceof WithdrawStatement c) {
            withdraw(RecordType.STATEMENT, "statementId", c.statementId());
        } else if (command instanceof ProposeInitiative c) {
            boolean first = creates(RecordType.INITIATIVE, "initiativeId", c.initiativeId());
            initiative(c.initiative(), "initiative");
            if (first && c.initiativeId() != null) {
                lifecycles.put(c.initiativeId(), new Lifecycle());
            }
        } else if (command instanceof ChangeInitiativeStatus c) {
            target(RecordType.INITIATIVE, "initiativeId", c.initiativeId());
            statusChange(c);
        } else if (command instanceof RecordObstacle c) {
            target(RecordType.INITIATIVE, "initiativeId", c.initiativeId());
            if (c.obstacle() != null) {
                date("obstacle.occurred", c.obstacle().occurred(), c.obstacle().provenance());
            }
            part("obstacle", c.initiativeId(), c.obstacleId(), "obstacleId");
        } else if (command instanceof CorrectInitiative c) {
            target(RecordType.INITIATIVE, "initiativeId", c.initiativeId());
            initiative(c.corrected(), "corrected");
        } else if (command instanceof WithdrawInitiative c) {
            withdraw(RecordType.INITIATIVE, "initiativeId", c.initiativeId());
        } else if (command instanceof RecordAgreement c) {
            creates(RecordType.AGREEMENT, "agreementId", c.agreementId());
            agreement(c.agreement(), "agreement");
        } else if (command instanceof CorrectAgreement c) {
            target(RecordType.AGREEMENT, "agreementId", c.agreementId());
            agreement(c.corrected(), "corrected");
        } else if (command instanceof WithdrawAgreement c) {
            withdraw(RecordType.AGREEMENT, "agreementId", c.agreementId());
        } else if (command instanceof RecordEngagement c) {
            boolean first = creates(RecordType.ENGAGEMENT, "engagementId", c.engagementId());
            EngagementFacts facts = engagement(c.engagement(), "engagement");
            if (first && c.engagementId() != null && facts != null) {
                engagementStates.put(c.engagementId(), facts.state());
            }
        } else if (command instanceof ChangeEngagementState c) {
            target(RecordType.ENGAGEMENT, "engagementId", c.engagementId());
            stateChange(c);
        } else if (command instanceof CorrectEngagement c) {
            target(RecordType.ENGAGEMENT, "engagementId", c.engagementId());
            engagement(c.corrected(), "corrected");
        } else if (command instanceof WithdrawEngagement c) {
            withdraw(RecordType.ENGAGEMENT, "engagementId", c.engagementId());
        } else if (command instanceof LinkEngagementSeries c) {
            target(RecordType.INITIATIVE, "initiativeId", c.initiativeId());
            part("series link", c.initiativeId(), c.seriesId(), "seriesId");
        } else if (command instanceof RecordRelationshipObstacle c) {
            creates(RecordType.OBSTACLE, "obstacleId", c.obstacleId());
            obstacle(c.obstacle(), "obstacle");
        } else if (command instanceof CorrectRelationshipObstacle c) {
            target(RecordType.OBSTACLE, "obstacleId", c.obstacleId());
            obstacle(c.corrected(), "corrected");
        } else if (command instanceof WithdrawRelationshipObstacle c) {
            withdraw(RecordType.OBSTACLE, "obstacleId", c.obstacleId());
        }
    }

    // --- records -------------------------------------------------------------------------------------

    private void registerActor(RegisterActor c) {
        boolean first = creates(RecordType.ACTOR, "actorId", c.actorId());
        ActorFacts facts = c.actor();
        if (facts == null || c.actorId() == null) {
            return;
        }
        countryActor(facts, "actor");
        if (!first || facts.kind() == null || facts.name() == null) {
            return;
        }
        actors.put(c.actorId(), new ActorIdentity(facts.kind(), facts.country()));
        nameFree(c.actorId(), facts.kind(), facts.country(), facts.name(), "actor.name");
        for (int i = 0; i < facts.aliases().size(); i++) {
            nameFree(c.actorId(), facts.kind(), facts.country(), facts.aliases().get(i), "actor.aliases[" + i + "]");
        }
    }

    private void countryActor(ActorFacts facts, String field) {
        if (facts.kind() == ActorKind.COUNTRY && facts.country() == null) {
            problems.add(field + ".country", "a country actor needs its ISO 3166 country code");
        }
    }

    private void aliasFree(String actorId, String alias) {
        ActorIdentity identity = actors.get(actorId);
        if (identity != null && alias != null && !alias.isBlank()) {
            nameFree(actorId, identity.kind(), identity.country(), alias, "alias");
        }
    }

    /** One real actor is one record: a name already used by another actor of the same kind and country is refused. */
    private void nameFree(String actorId, ActorKind kind, CountryCode country, String name, String field) {
        if (name == null || name.isBlank()) {
            return;
        }
        String normalized = ActorNames.normalize(name);
        String key = kind + "|" + country + "|" + normalized;
        String other = actorNames.putIfAbsent(key, actorId);
        if (other != null && !other.equals(actorId)) {
            problems.add(field, "'" + name + "' already names actor '" + other + "' (created earlier in this scenario); "
                    + "one real actor is one record: use that actor, or add the spelling as its alias");
            return;
        }
        directory.actorsNamed(kind, country, normalized).stream()
                .filter(id -> !id.equals(actorId))
                .findFirst()
                .ifPresent(id -> problems.add(field, "'" + name + "' already names recorded actor '" + id
                        + "'; use that actor, or add the spelling as its alias"));
    }

    private void role(RoleFacts role) {
        if (role == null) {
            return;
        }
        if (role.since() == null && role.until() == null && role.heldOn() == null) {
            problems.add("role", "give at least one of since, until or heldOn");
        }
        PartialDate since = date("role.since", role.since(), role.provenance());
        PartialDate until = date("role.until", role.until(), role.provenance());
        date("role.heldOn", role.heldOn(), role.provenance());
        if (since != null && until != null && until.latest().isBefore(since.earliest())) {
            problems.add("role.until", "a role cannot end before it begins");
        }
        ref(RecordType.ACTOR, "role.organisationId", role.organisationId());
    }

    private void visit(VisitFacts visit, String field) {
        if (visit == null) {
            return;
        }
        if (visit.hostIds().stream().anyMatch(visit.visitorIds()::contains)) {
            problems.add(field + ".hostIds", "a visitor cannot also be a host of the same visit");
        }
        refs(RecordType.ACTOR, field + ".visitorIds", visit.visitorIds());
        refs(RecordType.ACTOR, field + ".hostIds", visit.hostIds());
        date(field + ".occurred", visit.occurred(), visit.provenance());
    }

    private void meeting(RecordMeeting c) {
        MeetingFacts meeting = c.meeting();
        if (meeting != null) {
            refs(RecordType.ACTOR, "meeting.participantIds", meeting.participantIds());
            date("meeting.occurred", meeting.occurred(), meeting.provenance());
        }
        part("meeting", c.visitId(), c.meetingId(), "meetingId");
    }

    private void statement(StatementFacts statement, String field) {
        if (statement == null) {
            return;
        }
        if (statement.speaker() != null) {
            ref(RecordType.ACTOR, field + ".speaker.actorId", statement.speaker().actorId());
        }
        ref(RecordType.VISIT, field + ".occasionVisitId", statement.occasionVisitId());
        refs(RecordType.INITIATIVE, field + ".initiativeIds", statement.initiativeIds());
        date(field + ".occurred", statement.occurred(), statement.provenance());
    }

    private void initiative(InitiativeFacts initiative, String field) {
        if (initiative == null) {
            return;
        }
        if (initiative.parties() != null && new HashSet<>(initiative.parties()).size() != initiative.parties().size()) {
            problems.add(field + ".parties", "each country is a party once");
        }
        ref(RecordType.ACTOR, field + ".proposedBy", initiative.proposedBy());
        refs(RecordType.STATEMENT, field + ".statementIds", initiative.statementIds());
        date(field + ".target", initiative.target(), initiative.provenance(), PartialDate.Tense.PLANNED);
        date(field + ".occurred", initiative.occurred(), initiative.provenance());
    }

    private void statusChange(ChangeInitiativeStatus c) {
        StatusChange change = c.change();
        if (change == null) {
            return;
        }
        if (change.changeId() == null) {
            problems.add("change.changeId", "a status change in a scenario needs a changeId (a slug such as "
                    + "'agreed-2018'), so that importing the scenario again changes nothing");
        }
        change.completionProblem().ifPresent(problem -> problems.add("change.completion", problem));
        change.reopenProblem().ifPresent(problem -> problems.add("change.note", problem));
        date("change.occurred", change.occurred(), change.provenance());
        date("change.target", change.target(), change.provenance(), PartialDate.Tense.PLANNED);
        occasion("change.occasion", change.occasion());
        refs(RecordType.STATEMENT, "change.statementIds", change.statementIds());
        refs(RecordType.AGREEMENT, "change.agreementIds", change.agreementIds());
        boolean repeated = change.changeId() != null && !part("status change", c.initiativeId(), change.changeId(),
                "change.changeId");
        Lifecycle lifecycle = lifecycles.get(c.initiativeId());
        if (repeated || lifecycle == null || change.status() == null) {
            return;
        }
        Optional<String> refusal = change.refusalFrom(lifecycle.status, lifecycle.lastMainLine, lifecycle.completion);
        if (refusal.isPresent()) {
            problems.add("change.status", "initiative '" + c.initiativeId() + "' is " + lifecycle.status.label()
                    + " at this point of the scenario: " + refusal.get());
            return;
        }
        lifecycle.status = change.status();
        lifecycle.completion = change.completion();
        if (change.status().onMainLine()) {
            lifecycle.lastMainLine = change.status();
        }
    }

    private void agreement(AgreementFacts agreement, String field) {
        if (agreement == null) {
            return;
        }
        if (agreement.partyIds().isEmpty() && agreement.signatories().isEmpty()) {
            problems.add(field + ".partyIds", "name the parties, the signatories, or both");
        }
        if (new HashSet<>(agreement.partyIds()).size() != agreement.partyIds().size()) {
            problems.add(field + ".partyIds", "each party is named once");
        }
        refs(RecordType.ACTOR, field + ".partyIds", agreement.partyIds());
        occasion(field + ".occasion", agreement.occasion());
        List<Signatory> signatories = agreement.signatories();
        Set<String> signed = new HashSet<>();
        for (int i = 0; i < signatories.size(); i++) {
            Signatory signatory = signatories.get(i);
            if (signatory == null || signatory.actorId() == null) {
                continue;
            }
            if (!signed.add(signatory.actorId())) {
                problems.add(field + ".signatories[" + i + "].actorId", "each signatory signs once");
            }
            ref(RecordType.ACTOR, field + ".signatories[" + i + "].actorId", signatory.actorId());
        }
        refs(RecordType.INITIATIVE, field + ".initiativeIds", agreement.initiativeIds());
        date(field + ".signed", agreement.signed(), agreement.provenance());
    }

    /**
     * An engagement's facts as the aggregate will hold them (dates resolved for its state), or null
     * when they break a rule; its parties must exist by now.
     */
    private EngagementFacts engagement(EngagementFacts engagement, String field) {
        if (engagement == null) {
            return null;
        }
        List<Participant> participants = engagement.participants();
        for (int i = 0; i < participants.size(); i++) {
            if (participants.get(i) != null) {
                ref(RecordType.ACTOR, field + ".participants[" + i + "].actorId", participants.get(i).actorId());
            }
        }
        return ruleOf(field, () -> {
            EngagementFacts resolved = EngagementRules.resolved(engagement, field);
            EngagementRules.requireShape(resolved, field);
            return resolved;
        });
    }

    private void stateChange(ChangeEngagementState c) {
        StateChange change = c.change();
        if (change == null) {
            return;
        }
        if (change.changeId() == null) {
            problems.add("change.changeId", "a state change in a scenario needs a changeId (a slug such as 'held-2025'), "
                    + "so that importing the scenario again changes nothing");
        }
        ruleOf("change", () -> EngagementRules.resolved(change));
        boolean repeated = change.changeId() != null && !part("state change", c.engagementId(), change.changeId(),
                "change.changeId");
        EngagementState state = engagementStates.get(c.engagementId());
        if (repeated || state == null || change.state() == null) {
            return;
        }
        state.refusalToMove(change.state()).ifPresentOrElse(
                refusal -> problems.add("change.state", "engagement '" + c.engagementId() + "' is " + state.label()
                        + " at this point of the scenario: " + refusal),
                () -> engagementStates.put(c.engagementId(), change.state()));
    }

    /**
     * Runs a rule the aggregate applies, reporting its refusal of a field under {@code field}; a
     * refusal elsewhere (an incomplete provenance) is Bean Validation's to report.
     */
    private <T> T ruleOf(String field, java.util.function.Supplier<T> rule) {
        try {
            return rule.get();
        } catch (Rejection rejection) {
            if (rejection.field() != null && rejection.field().startsWith(field + ".")) {
                problems.add(rejection.field(), rejection.getMessage());
            }
        } catch (RuntimeException incompleteProvenance) {
            // a source without its date: reported by Bean Validation
        }
        return null;
    }

    private void obstacle(RelationshipObstacleFacts obstacle, String field) {
        if (obstacle == null) {
            return;
        }
        if (obstacle.countries() != null && new HashSet<>(obstacle.countries()).size() != obstacle.countries().size()) {
            problems.add(field + ".countries", "each country is named once");
        }
        if (new HashSet<>(obstacle.initiativeIds()).size() != obstacle.initiativeIds().size()) {
            problems.add(field + ".initiativeIds", "each initiative is linked once");
        }
        refs(RecordType.INITIATIVE, field + ".initiativeIds", obstacle.initiativeIds());
        date(field + ".occurred", obstacle.occurred(), obstacle.provenance());
    }

    /** The occasion a record cites: a visit or an engagement created earlier or recorded. */
    private void occasion(String field, RecordRef occasion) {
        if (occasion == null || occasion.type() == null) {
            return;
        }
        if (!occasion.type().isOccasion()) {
            problems.add(field + ".type", "an occasion is a record of something that took place between parties "
                    + "(a visit, an engagement), not " + occasion.type().label());
            return;
        }
        ref(occasion.type(), field + ".id", occasion.id());
    }

    // --- ids -----------------------------------------------------------------------------------------

    /** A step creates a record: its id must not belong to another kind of record, nor to different content. */
    private boolean creates(RecordType type, String field, String id) {
        if (id == null) {
            return false;
        }
        Creation earlier = created.get(id);
        if (earlier != null) {
            if (earlier.type() != type) {
                problems.add(field, "id '" + id + "' is already used by " + at(earlier.position()) + " for "
                        + article(earlier.type()) + "; choose another id");
            } else if (earlier.content() != null && !earlier.content().equals(content)) {
                problems.add(field, type.label() + " '" + id + "' is already created by " + at(earlier.position())
                        + " with different content; give this one another id, or correct the record instead");
            }
            return false;
        }
        find(id).filter(entry -> entry.type() != type).ifPresent(entry -> problems.add(field, "id '" + id
                + "' already belongs to a recorded " + entry.type().label() + "; choose another id"));
        created.put(id, new Creation(type, position, content));
        return true;
    }

    /**
     * A part of a record created under its own id (a meeting, an obstacle, a status change): the same id
     * again must carry the same content. Answers whether this is the first time.
     */
    private boolean part(String what, String recordId, String partId, String field) {
        if (recordId == null || partId == null) {
            return true;
        }
        String key = what + "|" + recordId + "|" + partId;
        Creation earlier = parts.putIfAbsent(key, new Creation(null, position, content));
        if (earlier == null) {
            return true;
        }
        if (!earlier.content().equals(content)) {
            problems.add(field, what + " '" + partId + "' of '" + recordId + "' is already recorded by "
                    + at(earlier.position()) + " with different content; give it another id");
        }
        return false;
    }

    /** A step changes a record: it must exist by now, with the right type, and not be withdrawn. */
    private void target(RecordType type, String field, String id) {
        if (exists(type, field, id)) {
            Integer withdrawn = withdrawnAt.get(id);
            if (withdrawn != null) {
                problems.add(field, type.label() + " '" + id + "' is withdrawn by " + at(withdrawn) + "; it can no longer change");
            } else if (!created.containsKey(id) && find(id).map(RecordDirectory.Entry::withdrawn).orElse(false)) {
                problems.add(field, type.label() + " '" + id + "' was withdrawn; it can no longer change");
            }
        }
    }

    private void withdraw(RecordType type, String field, String id) {
        if (exists(type, field, id)) {
            withdrawnAt.putIfAbsent(id, position);
        }
    }

    private void refs(RecordType type, String field, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            ref(type, field + "[" + i + "]", ids.get(i));
        }
    }

    /** A step refers to a record: it must exist by now, with the right type, and not be withdrawn. */
    private void ref(RecordType type, String field, String id) {
        if (!exists(type, field, id)) {
            return;
        }
        Integer withdrawn = withdrawnAt.get(id);
        if (withdrawn != null) {
            problems.add(field, type.label() + " '" + id + "' is withdrawn by " + at(withdrawn) + " and cannot be referred to");
        } else if (!created.containsKey(id) && !withdrawnAnywhere.contains(id)
                && find(id).map(RecordDirectory.Entry::withdrawn).orElse(false)) {
            problems.add(field, type.label() + " '" + id + "' was withdrawn and cannot be referred to");
        }
    }

    /** Whether {@code id} names a record of {@code type} created by an earlier step or recorded; reports it if not. */
    private boolean exists(RecordType type, String field, String id) {
        if (id == null) {
            return false;
        }
        Creation creation = created.get(id);
        if (creation != null) {
            if (creation.type() != type) {
                problems.add(field, "'" + id + "' is " + article(creation.type()) + " (created by " + at(creation.position())
                        + "), not " + article(type));
                return false;
            }
            return true;
        }
        Optional<RecordDirectory.Entry> entry = find(id);
        if (entry.isPresent()) {
            if (entry.get().type() != type) {
                problems.add(field, "'" + id + "' is a recorded " + entry.get().type().label() + ", not " + article(type));
                return false;
            }
            return true;
        }
        Integer later = createdAnywhere.get(id);
        if (later != null && later > position) {
            problems.add(field, "no " + type.label() + " '" + id + "' exists yet: it is created by " + at(later)
                    + ", after this step; move that step before this one");
        } else {
            problems.add(field, "no " + type.label() + " '" + id + "' is recorded or created by an earlier step");
        }
        return false;
    }

    private Optional<RecordDirectory.Entry> find(String id) {
        return recorded.computeIfAbsent(id, directory::find);
    }

    // --- dates ---------------------------------------------------------------------------------------

    /** Resolves a date against its provenance's report date as the aggregate will, reporting why it cannot be. */
    private PartialDate date(String field, PartialDate date, Provenance provenance) {
        return date(field, date, provenance, PartialDate.Tense.DONE);
    }

    /** As above for a fact in the given tense: a plan's date may lie after the report. */
    private PartialDate date(String field, PartialDate date, Provenance provenance, PartialDate.Tense tense) {
        if (date == null || provenance == null) {
            return null;
        }
        try {
            return provenance.resolve(date, field, tense);
        } catch (Rejection rejection) {
            if (field.equals(rejection.field())) {
                problems.add(field, rejection.getMessage());
            }
            // otherwise the provenance itself is incomplete, which Bean Validation reports
        } catch (RuntimeException incompleteProvenance) {
            // a source without its date: reported by Bean Validation
        }
        return null;
    }

    private static String at(int position) {
        return "steps[" + position + "]";
    }

    private static String article(RecordType type) {
        String label = type.label();
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }
}
