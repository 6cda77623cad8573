package ties.actor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import ties.fact.CountryCode;
import ties.fact.PartialDate;
import ties.fact.Provenance;
import ties.fact.SingleLine;
import ties.record.Ids;

/**
 * A title an actor held: "Chief of Army Staff" of Pakistan's army. Reports rarely give both ends of
 * a tenure, so {@code since}, {@code until} and {@code heldOn} (a day the role is attested, as in
 * "then-Defense Minister" in 2018) are each optional, but at least one is required.
 *
 * @param organisationId the organisation the role is in, if it is registered as an actor
 */
public record RoleFacts(
        @NotBlank @SingleLine String title,
        @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String organisationId,
        CountryCode country,
        PartialDate since,
        PartialDate until,
        PartialDate heldOn,
        @NotNull @Valid Provenance provenance) {
}
