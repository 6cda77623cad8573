package ties.initiative;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ties.fact.PartialDate;
import ties.fact.Prose;
import ties.fact.Provenance;
import ties.record.Ids;

import java.util.List;

/**
 * A move of an initiative to another status, with its evidence: the sources that report it and,
 * where there are any, the statements and agreements that show it.
 *
 * @param changeId   optional client-chosen id of this move: sending the same move again under the same
 *                   id changes nothing (retries, re-imported scenarios), a different move under it is a conflict
 * @param completion required when moving to {@code IMPLEMENTED}, refused otherwise
 */
public record StatusChange(
        @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String changeId,
        @NotNull InitiativeStatus status,
        Completion completion,
        @NotNull PartialDate occurred,
        @NotNull @Valid Provenance provenance,
        @Size(max = 50) List<@NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String> statementIds,
        @Size(max = 50) List<@NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String> agreementIds,
        @Prose(max = 5000) String note) {

    public StatusChange {
        statementIds = statementIds == null ? List.of() : List.copyOf(statementIds);
        agreementIds = agreementIds == null ? List.of() : List.copyOf(agreementIds);
    }

    /** Why the completion does not fit the status, or empty: it is given when, and only when, the move is to implemented. */
    public java.util.Optional<String> completionProblem() {
        if (status == null || (status == InitiativeStatus.IMPLEMENTED) == (completion != null)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("completion (FULL or PARTIAL) is given when, and only when, the initiative becomes implemented");
    }

    public StatusChange withOccurred(PartialDate date) {
        return new StatusChange(changeId, status, completion, date, provenance, statementIds, agreementIds, note);
    }
}
