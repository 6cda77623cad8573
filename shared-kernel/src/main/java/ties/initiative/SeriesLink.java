package ties.initiative;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import ties.fact.Prose;
import ties.fact.Provenance;

/**
 * Why an initiative's implementation is seen in a series of engagements ("the joint naval exercises
 * agreed in 2018 are held as the annual bilateral exercise"): its sources and a note.
 */
@Schema(description = "A link from an initiative to the engagement series that implements it")
public record SeriesLink(
        @Schema(description = "why the series implements the initiative, as reported", maxLength = 5000,
                example = "The exercises agreed in 2018 are held as the annual bilateral naval exercise")
        @Prose(max = 5000) String note,
        @Schema(description = "the sources that tie the series to the initiative", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Valid Provenance provenance) {
}
