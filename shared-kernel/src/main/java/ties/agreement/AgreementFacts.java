package ties.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ties.fact.PartialDate;
import ties.fact.Prose;
import ties.fact.Provenance;
import ties.fact.SingleLine;
import ties.record.Ids;

import java.util.List;

/**
 * An instrument signed by named signatories on a date, and the initiatives it covers. The parties
 * are the countries the signatories sign for.
 */
public record AgreementFacts(
        @NotBlank @SingleLine(max = 300) String title,
        @NotNull @Size(min = 1, max = 50, message = "needs at least {min} and at most {max} entries") List<@NotNull @Valid Signatory> signatories,
        @NotNull PartialDate signed,
        @Size(max = 30) List<@NotBlank @SingleLine(max = 100) String> topics,
        @Size(max = 50) List<@NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String> initiativeIds,
        @Prose(max = 5000) String summary,
        @NotNull @Valid Provenance provenance) {

    public AgreementFacts {
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
        topics = topics == null ? List.of() : List.copyOf(topics);
        initiativeIds = initiativeIds == null ? List.of() : List.copyOf(initiativeIds);
    }

    public AgreementFacts withSigned(PartialDate date) {
        return new AgreementFacts(title, signatories, date, topics, initiativeIds, summary, provenance);
    }
}
