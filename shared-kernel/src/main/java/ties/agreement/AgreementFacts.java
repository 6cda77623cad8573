package ties.agreement;

import io.swagger.v3.oas.annotations.media.Schema;
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
import ties.record.RecordRef;

import java.util.List;

/**
 * An instrument between parties, signed on a date, and the initiatives it covers.
 *
 * @param kind        what sort of instrument; null only on agreements recorded before kinds existed
 * @param partyIds    the actors bound by it (countries, ministries, armed forces, companies, industry
 *                    associations...), whether or not the report names who signed
 * @param signatories who signed, where the report names them; at least one party or signatory
 * @param occasion    the visit or engagement during which it was signed ("signed during the visit")
 */
public record AgreementFacts(
        @NotBlank @SingleLine(max = 300) String title,
        @Schema(description = "what sort of instrument the report says it is; null only on agreements recorded "
                + "before kinds existed", example = "MOU")
        @NotNull AgreementKind kind,
        @Schema(description = "ids of the actors bound by it (countries, ministries, armed forces, companies, "
                + "industry associations...), whether or not the report names who signed; with signatories, at least "
                + "one of the two lists is given")
        @Size(max = 50) List<@NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String> partyIds,
        @Schema(description = "who signed, where the report names them; may be empty when partyIds is given")
        @Size(max = 50) List<@NotNull @Valid Signatory> signatories,
        @NotNull PartialDate signed,
        @Size(max = 30) List<@NotBlank @SingleLine(max = 100) String> topics,
        @Size(max = 50) List<@NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String> initiativeIds,
        @Schema(description = "the visit (or other record of something that took place) during which it was "
                + "signed; optional")
        @Valid RecordRef occasion,
        @Prose(max = 5000) String summary,
        @NotNull @Valid Provenance provenance) {

    public AgreementFacts {
        partyIds = partyIds == null ? List.of() : List.copyOf(partyIds);
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
        topics = topics == null ? List.of() : List.copyOf(topics);
        initiativeIds = initiativeIds == null ? List.of() : List.copyOf(initiativeIds);
    }

    public AgreementFacts withSigned(PartialDate date) {
        return new AgreementFacts(title, kind, partyIds, signatories, date, topics, initiativeIds, occasion, summary,
                provenance);
    }

    /** The signatories' actor ids, in the order given. */
    public List<String> signatoryIds() {
        return signatories.stream().map(Signatory::actorId).toList();
    }
}
