package ties.command.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import ties.fact.Reason;

/**
 * The body of a correction: the record's facts as they should have been, and why.
 *
 * @param reason    why the record was wrong, for readers of its history ("the visit began on the 14th, not the 13th")
 * @param corrected the record's facts as they should have been recorded, complete (not only the changed fields)
 */
public record CorrectionRequest<F>(@Reason String reason, @NotNull @Valid F corrected) {
}
