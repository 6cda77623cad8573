package ties.agreement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import ties.fact.CountryCode;
import ties.fact.SingleLine;
import ties.record.Ids;

/**
 * Who signed, for which country if they signed for one (a company's chief executive signs for no
 * state), and under what title at the time ("then-Defense Minister"); the title is kept because roles
 * change after signing.
 */
public record Signatory(
        @NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String actorId,
        @Schema(description = "ISO 3166 code of the country the signatory signed for; absent when they signed for "
                + "no state (a company, an association)", example = "PK")
        CountryCode onBehalfOf,
        @SingleLine(max = 300) String titleAtSigning) {
}
