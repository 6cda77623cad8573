package ties.obstacle;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ties.fact.CountryCode;
import ties.fact.PartialDate;
import ties.fact.Prose;
import ties.fact.Provenance;
import ties.initiative.ObstacleKind;
import ties.record.Ids;

import java.util.List;

/**
 * Something that stands in the way of a whole relationship rather than of one initiative (sanctions on
 * Iran, international pressure on Pakistan), recorded once against the countries concerned.
 *
 * @param countries     the relationship: two or more countries
 * @param initiativeIds the initiatives it is reported to hold back; they show it without a copy of it
 */
public record RelationshipObstacleFacts(
        @Schema(description = "what sort of obstacle", example = "SANCTIONS")
        @NotNull ObstacleKind kind,
        @Schema(description = "the obstacle as reported", example = "International pressures, particularly sanctions on "
                + "Iran, have previously hindered defense cooperation")
        @NotBlank @Prose(max = 5000) String description,
        @Schema(description = "the relationship: ISO 3166 codes of two or more countries", example = "[\"IR\", \"PK\"]")
        @NotNull @Size(min = 2, max = 50, message = "a relationship is between at least {min} countries (at most {max})")
        List<@NotNull CountryCode> countries,
        @Schema(description = "ids of the initiatives it is reported to hold back; link or unlink one by a correction")
        @Size(max = 50) List<@NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String> initiativeIds,
        @Schema(description = "when it arose or was noted, as reported", example = "2018")
        @NotNull PartialDate occurred,
        @NotNull @Valid Provenance provenance) {

    public RelationshipObstacleFacts {
        countries = countries == null ? null : List.copyOf(countries);
        initiativeIds = initiativeIds == null ? List.of() : List.copyOf(initiativeIds);
    }

    public RelationshipObstacleFacts withOccurred(PartialDate date) {
        return new RelationshipObstacleFacts(kind, description, countries, initiativeIds, date, provenance);
    }
}
