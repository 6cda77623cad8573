package ties.visit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ties.fact.CountryCode;
import ties.fact.PartialDate;
import ties.fact.Prose;
import ties.fact.Provenance;
import ties.fact.SingleLine;
import ties.record.Ids;

import java.util.List;

/**
 * Who visited where and when, and who hosted them. Ordinals such as "third trip to Pakistan" are not
 * stored: the read side computes them from the visits recorded.
 */
public record VisitFacts(
        @NotNull @Size(min = 1, max = 20, message = "needs at least {min} and at most {max} entries") List<@NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String> visitorIds,
        @SingleLine String city,
        @NotNull CountryCode country,
        @NotNull PartialDate occurred,
        @Size(max = 50) List<@NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String> hostIds,
        @Prose(max = 5000) String purpose,
        @NotNull @Valid Provenance provenance) {

    public VisitFacts {
        visitorIds = visitorIds == null ? List.of() : List.copyOf(visitorIds);
        hostIds = hostIds == null ? List.of() : List.copyOf(hostIds);
    }

    public VisitFacts withOccurred(PartialDate date) {
        return new VisitFacts(visitorIds, city, country, date, hostIds, purpose, provenance);
    }
}
