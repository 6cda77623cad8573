package ties.command.actor;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import ties.actor.ActorEvent.ActorAliasAdded;
import ties.actor.ActorEvent.ActorCorrected;
import ties.actor.ActorEvent.ActorRegistered;
import ties.actor.ActorEvent.ActorRoleRecorded;
import ties.actor.ActorEvent.ActorWithdrawn;
import ties.actor.ActorFacts;
import ties.actor.ActorKind;
import ties.actor.ActorNames;
import ties.actor.AddActorAlias;
import ties.actor.CorrectActor;
import ties.actor.RecordActorRole;
import ties.actor.RegisterActor;
import ties.actor.RoleFacts;
import ties.actor.WithdrawActor;
import ties.command.record.Accepted;
import ties.command.record.RecordAggregate;
import ties.command.record.RecordDirectory;
import ties.fact.CountryCode;
import ties.fact.Provenance;
import ties.fact.Rejection;
import ties.record.RecordType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A country, organisation or person. One real-world actor must be one record: a name or alias that
 * already names another actor of the same kind and country is refused, and the editor adds the new
 * spelling as an alias of the existing actor instead.
 */
@Aggregate(cache = "actorCache")
public class Actor extends RecordAggregate<ActorFacts> {

    @AggregateIdentifier
    private String actorId;
    private final Set<String> aliases = new HashSet<>();
    private final List<RoleFacts> roles = new ArrayList<>();

    protected Actor() {
        // for Axon: created through the first command and rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Accepted handle(RegisterActor command, RecordDirectory directory) {
        ActorFacts facts = command.actor();
        facts.nameProblem().ifPresent(problem -> {
            throw Rejection.invalid("actor.name", problem);
        });
        return create(new ActorRegistered(command.actorId(), facts),
                () -> requireOwnNames(command.actorId(), facts, "actor", directory));
    }

    @CommandHandler
    public Accepted handle(AddActorAlias command, RecordDirectory directory) {
        requireActive();
        String alias = command.alias().strip();
        String normalized = ActorNames.normalize(alias);
        if (allNames().map(ActorNames::normalize).anyMatch(normalized::equals)) {
            return unchanged();
        }
        requireNameFree(actorId, facts().kind(), facts().country(), alias, "alias", directory);
        return applied(new ActorAliasAdded(actorId, alias));
    }

    @CommandHandler
    public Accepted handle(RecordActorRole command, RecordDirectory directory) {
        requireActive();
        RoleFacts role = command.role();
        if (role.since() == null && role.until() == null && role.heldOn() == null) {
            throw Rejection.invalid("role", "give at least one of since, until or heldOn");
        }
        Provenance provenance = role.provenance();
        RoleFacts resolved = new RoleFacts(role.title(), role.organisationId(), role.country(),
                provenance.resolve(role.since(), "role.since"),
                provenance.resolve(role.until(), "role.until"),
                provenance.resolve(role.heldOn(), "role.heldOn"),
                provenance);
        if (resolved.since() != null && resolved.until() != null
                && resolved.until().latest().isBefore(resolved.since().earliest())) {
            throw Rejection.invalid("role.until", "a role cannot end before it begins");
        }
        if (roles.contains(resolved)) {
            return unchanged();
        }
        directory.require(RecordType.ACTOR, "role.organisationId", resolved.organisationId());
        return applied(new ActorRoleRecorded(actorId, resolved));
    }

    @CommandHandler
    public Accepted handle(CorrectActor command, RecordDirectory directory) {
        ActorFacts corrected = command.corrected();
        corrected.nameProblem().ifPresent(problem -> {
            throw Rejection.invalid("corrected.name", problem);
        });
        requireOwnNames(actorId, corrected, "corrected", directory);
        // Aliases added later follow the actor into its corrected kind and country.
        for (String alias : aliases) {
            requireNameFree(actorId, corrected.kind(), corrected.country(), alias, "corrected", directory);
        }
        return correct(command.corrected(), () -> new ActorCorrected(actorId, facts(), command.corrected(), command.reason()));
    }

    @CommandHandler
    public Accepted handle(WithdrawActor command) {
        return withdraw(() -> new ActorWithdrawn(actorId, command.reason()));
    }

    private Stream<String> allNames() {
        return Stream.concat(Stream.concat(Stream.of(facts().name()), facts().aliases().stream()), aliases.stream());
    }

    private static void requireOwnNames(String actorId, ActorFacts facts, String field, RecordDirectory directory) {
        if (facts.kind() == ActorKind.COUNTRY && facts.country() == null) {
            throw Rejection.invalid(field + ".country", "a country actor needs its ISO 3166 country code");
        }
        requireNameFree(actorId, facts.kind(), facts.country(), facts.name(), field + ".name", directory);
        for (String alias : facts.aliases()) {
            requireNameFree(actorId, facts.kind(), facts.country(), alias, field + ".aliases", directory);
        }
    }

    private static void requireNameFree(String actorId, ActorKind kind, CountryCode country, String name,
                                        String field, RecordDirectory directory) {
        directory.actorsNamed(kind, country, ActorNames.normalize(name)).stream()
                .filter(other -> !other.equals(actorId))
                .findFirst()
                .ifPresent(other -> {
                    throw new Rejection(Rejection.Kind.CONFLICT, field, "'" + name + "' already names actor '" + other
                            + "'; add any new spelling as an alias of that actor instead of registering it again");
                });
    }

    @EventSourcingHandler
    void on(ActorRegistered event) {
        actorId = event.actorId();
        onCreated(event, event.actor());
    }

    @EventSourcingHandler
    void on(ActorAliasAdded event) {
        aliases.add(event.alias());
    }

    @EventSourcingHandler
    void on(ActorRoleRecorded event) {
        roles.add(event.role());
    }

    @EventSourcingHandler
    void on(ActorCorrected event) {
        onCorrected(event.corrected());
    }

    @EventSourcingHandler
    void on(ActorWithdrawn event) {
        onWithdrawn();
    }

    @Override
    protected RecordType recordType() {
        return RecordType.ACTOR;
    }

    @Override
    protected String recordId() {
        return actorId;
    }
}
