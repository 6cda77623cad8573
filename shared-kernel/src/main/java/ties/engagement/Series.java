package ties.engagement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import ties.fact.SingleLine;
import ties.record.Ids;

/**
 * A recurring engagement that its editions belong to ("the 8th edition of the Pakistan–Iran naval
 * exercise"). Not a record of its own: the editions name it by id, and an initiative may link it
 * so that its editions show as the initiative's implementation.
 */
@Schema(description = "The recurring engagement this one is an edition of")
public record Series(
        @Schema(description = "a slug naming the series; every edition uses the same one", example = "pk-ir-naval-exercise",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String seriesId,
        @Schema(description = "the series' name as reports give it", example = "Pakistan–Iran bilateral naval exercise",
                maxLength = 300)
        @SingleLine(max = 300) String name) {
}
