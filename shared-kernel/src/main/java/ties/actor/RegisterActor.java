package ties.actor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ties.record.CreatesRecord;
import ties.record.Ids;
import ties.record.RecordType;

public record RegisterActor(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String actorId,
        @NotNull @Valid ActorFacts actor) implements CreatesRecord {

    @Override
    public String recordId() {
        return actorId;
    }

    @Override
    public RecordType recordType() {
        return RecordType.ACTOR;
    }
}
