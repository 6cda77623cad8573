package ties.agreement;

import ties.fact.CountryCode;

import java.time.Instant;
import java.util.List;

/**
 * An agreement as recorded now (or at an as-of time), with the countries it involves: those of its
 * parties and those its signatories signed for.
 *
 * @param lastChangeAt when it was last recorded or corrected
 */
public record AgreementView(String agreementId, AgreementFacts agreement, List<CountryCode> countries,
                            Instant recordedAt, String recordedBy, Instant lastChangeAt) {
}
