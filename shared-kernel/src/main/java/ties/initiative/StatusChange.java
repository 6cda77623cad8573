package ties.initiative;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ties.fact.PartialDate;
import ties.fact.Prose;
import ties.fact.Provenance;
import ties.record.Ids;
import ties.record.RecordRef;

import java.util.List;
import java.util.Optional;

/**
 * A move of an initiative to another status, with its evidence: the sources that report it and,
 * where there are any, the statements and agreements that show it and the occasion (a visit, an
 * engagement) during which it happened.
 *
 * @param changeId   optional client-chosen id of this move: sending the same move again under the same
 *                   id changes nothing (retries, re-imported scenarios), a different move under it is a conflict
 * @param completion required when moving to {@code IMPLEMENTED}, refused otherwise
 * @param reopen     true when a stalled or suspended initiative is taken up again at an earlier step of the
 *                   main line ("talks resumed"); the {@code note} then says why; absent means false
 * @param occasion   the visit or engagement during which the move happened ("agreed during the visit")
 * @param target     a planned or target date set with this move ("agreed to hold them in the near future")
 */
public record StatusChange(
        @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String changeId,
        @NotNull InitiativeStatus status,
        Completion completion,
        @Schema(description = "true to take a stalled, suspended or abandoned initiative back to an earlier main-line "
                + "status (\"talks resumed\"); the note then says why. Absent: false", example = "true")
        Boolean reopen,
        @NotNull PartialDate occurred,
        @NotNull @Valid Provenance provenance,
        @Size(max = 50) List<@NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String> statementIds,
        @Size(max = 50) List<@NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String> agreementIds,
        @Schema(description = "the visit (or other record of something that took place) during which the move "
                + "happened (\"agreed during the visit\"); optional")
        @Valid RecordRef occasion,
        @Schema(description = "a planned or target date set with this move, as reported (a plan: it may lie after "
                + "the report); optional", example = "in the near future")
        PartialDate target,
        @Prose(max = 5000) String note) {

    public StatusChange {
        reopen = Boolean.TRUE.equals(reopen);
        statementIds = statementIds == null ? List.of() : List.copyOf(statementIds);
        agreementIds = agreementIds == null ? List.of() : List.copyOf(agreementIds);
    }

    /** Why the completion does not fit the status, or empty: it is given when, and only when, the move is to implemented. */
    public Optional<String> completionProblem() {
        if (status == null || (status == InitiativeStatus.IMPLEMENTED) == (completion != null)) {
            return Optional.empty();
        }
        return Optional.of("completion (FULL or PARTIAL) is given when, and only when, the initiative becomes implemented");
    }

    /** Why the move's reason is missing, or empty: a reopening says why in its {@code note}. */
    public Optional<String> reopenProblem() {
        if (reopen && (note == null || note.isBlank())) {
            return Optional.of("a reopening says why in the note (\"talks resumed after ...\")");
        }
        return Optional.empty();
    }

    /** Why the initiative cannot make this move from {@code from}, or empty when it can. */
    public Optional<String> refusalFrom(InitiativeStatus from, InitiativeStatus lastMainLine, Completion completionSoFar) {
        return reopen ? from.refusalToReopen(status, lastMainLine)
                : from.refusalToMove(status, lastMainLine, completionSoFar, completion);
    }

    public StatusChange withOccurred(PartialDate date) {
        return new StatusChange(changeId, status, completion, reopen, date, provenance, statementIds, agreementIds,
                occasion, target, note);
    }

    public StatusChange withTarget(PartialDate date) {
        return new StatusChange(changeId, status, completion, reopen, occurred, provenance, statementIds, agreementIds,
                occasion, date, note);
    }
}
