package ties.engagement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import ties.fact.SingleLine;
import ties.record.Ids;

/**
 * A party to an engagement: a country, an organisation (a navy, a ministry, a company) or a person,
 * and how it takes part.
 *
 * @param firstTime what the report says: true "for the first time", false "again", null when it does
 *                  not say (the read side derives a first participation in a series from the record)
 */
@Schema(description = "A party to the engagement and how it takes part")
public record Participant(
        @Schema(description = "id of a registered actor: a country, an organisation or a person", example = "turkey",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String actorId,
        @Schema(description = "how the party takes part", example = "OBSERVER", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull ParticipationRole role,
        @Schema(description = "what the report says about a first participation: true (\"for the first time\"), false "
                + "(\"again\"), or absent when it says nothing", example = "true", nullable = true)
        Boolean firstTime,
        @Schema(description = "what the party contributed, as reported", example = "two frigates and a maritime patrol aircraft",
                maxLength = 300)
        @SingleLine(max = 300) String contribution) {
}
