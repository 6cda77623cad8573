package ties.visit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import ties.record.Ids;

/** Records a meeting under a visit; the same meeting id with the same facts is a harmless retry. */
public record RecordMeeting(
        @TargetAggregateIdentifier @NotNull String visitId,
        @NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String meetingId,
        @NotNull @Valid MeetingFacts meeting) {
}
