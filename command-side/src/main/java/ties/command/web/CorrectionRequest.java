package ties.command.web;

/** The body of a correction: the record's facts as they should have been, and why. */
public record CorrectionRequest<F>(String reason, F corrected) {
}
