package ties.agreement;

import java.util.List;

/** Agreements matching a {@link FindAgreements}, newest signing first. */
public record AgreementList(List<AgreementView> agreements) {
}
