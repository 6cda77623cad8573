package ties.engagement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import ties.fact.PartialDate;
import ties.fact.Prose;
import ties.fact.Provenance;
import ties.record.Ids;

/**
 * A move of an engagement to another state ("postponed to April", "held from 6 to 10 March"), with
 * its sources. New dates replace the engagement's when given: a postponement names the new plan, a
 * report after the event the actual days.
 */
@Schema(description = "A move of the engagement to another state, with its sources")
public record StateChange(
        @Schema(description = "optional client-chosen slug of this move: sending it again under the same id changes "
                + "nothing, a different move under it is refused (409)", example = "held-march-2025", nullable = true)
        @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String changeId,
        @Schema(description = "the state it moves to", example = "HELD", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull EngagementState state,
        @Schema(description = "when the move happened (e.g. when the postponement was announced), as reported; "
                + "absent when the report does not say", example = "10 March 2025", nullable = true)
        PartialDate occurred,
        @Schema(description = "the engagement's new start, as reported; absent to keep the one recorded",
                example = "6 March 2025", nullable = true)
        PartialDate start,
        @Schema(description = "the engagement's new end, as reported; with a new start and no end, it has none",
                example = "10 March 2025", nullable = true)
        PartialDate end,
        @Schema(description = "the sources that report the move", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Valid Provenance provenance,
        @Schema(description = "why, as reported", example = "postponed because of the weather", maxLength = 5000)
        @Prose(max = 5000) String note) {

    public StateChange withDates(PartialDate occurred, PartialDate start, PartialDate end) {
        return new StateChange(changeId, state, occurred, start, end, provenance, note);
    }
}
