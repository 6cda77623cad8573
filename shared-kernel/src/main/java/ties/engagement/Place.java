package ties.engagement;

import io.swagger.v3.oas.annotations.media.Schema;
import ties.fact.CountryCode;
import ties.fact.SingleLine;

/** Where an engagement takes place, as reported: a city, base, port or sea area, and its country if it has one. */
@Schema(description = "Where the engagement takes place, as the report names it")
public record Place(
        @Schema(description = "the place as reported: a city, base, port or sea area", example = "off Karachi",
                maxLength = 200)
        @SingleLine String name,
        @Schema(description = "ISO 3166-1 alpha-2 code of the country the place is in; empty for international waters "
                + "or airspace", example = "PK")
        CountryCode country) {
}
