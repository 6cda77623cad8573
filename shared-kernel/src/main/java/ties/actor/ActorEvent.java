package ties.actor;

import org.axonframework.serialization.Revision;
import ties.record.RecordCreated;
import ties.record.RecordEvent;
import ties.record.RecordType;
import ties.record.RecordWithdrawn;

/** Everything that can happen to an actor. */
public sealed interface ActorEvent extends RecordEvent {

    String actorId();

    @Override
    default String recordId() {
        return actorId();
    }

    @Override
    default RecordType recordType() {
        return RecordType.ACTOR;
    }

    @Revision("1")
    record ActorRegistered(String actorId, ActorFacts actor) implements ActorEvent, RecordCreated {
    }

    @Revision("1")
    record ActorAliasAdded(String actorId, String alias) implements ActorEvent {
    }

    @Revision("1")
    record ActorRoleRecorded(String actorId, RoleFacts role) implements ActorEvent {
    }

    @Revision("1")
    record ActorCorrected(String actorId, ActorFacts previous, ActorFacts corrected, String reason) implements ActorEvent {
    }

    @Revision("1")
    record ActorWithdrawn(String actorId, String reason) implements ActorEvent, RecordWithdrawn {
    }
}
