package ties.command.web;

/** The body of a withdrawal: why the record should leave current views. */
public record WithdrawalRequest(String reason) {
}
