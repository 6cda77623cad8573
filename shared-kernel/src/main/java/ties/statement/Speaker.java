package ties.statement;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import ties.fact.SingleLine;
import ties.record.Ids;

/**
 * Who said it: a registered actor, or an unnamed speaker described as the report describes them
 * ("a senior defense official familiar with the discussions"). Exactly one of the two.
 */
public record Speaker(
        @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String actorId,
        @SingleLine(max = 300) String description) {

    public static Speaker actor(String actorId) {
        return new Speaker(actorId, null);
    }

    public static Speaker unnamed(String description) {
        return new Speaker(null, description);
    }

    @AssertTrue(message = "give either actorId or description, not both and not neither")
    boolean isEitherActorOrDescription() {
        return (actorId == null) != (description == null || description.isBlank());
    }
}
