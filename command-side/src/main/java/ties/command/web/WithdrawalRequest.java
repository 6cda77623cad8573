package ties.command.web;

import ties.fact.Reason;

/**
 * The body of a withdrawal: why the record should leave current views.
 *
 * @param reason why the record should not have been recorded ("duplicate of the visit recorded from Dawn's report")
 */
public record WithdrawalRequest(@Reason String reason) {
}
