package ties.command.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * What an import found or did.
 *
 * <ul>
 *   <li>{@link Status#VALID}: a dry run found no problem; nothing was recorded.</li>
 *   <li>{@link Status#IMPORTED}: every step was sent; {@code byType} counts what each step type created,
 *       updated or left unchanged (a re-import of the same file leaves everything unchanged).</li>
 *   <li>{@link Status#INVALID}: {@code problems} lists every problem found; nothing was recorded.</li>
 *   <li>{@link Status#FAILED}: a step was refused when it was executed although the batch had validated
 *       (for example, another editor changed a record meanwhile); {@code failure} names it, and the
 *       {@code stepsApplied} steps before it were recorded. Steps are idempotent: fix the cause and run
 *       the same import again.</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportReport(
        String scenario,
        String title,
        Status status,
        boolean dryRun,
        int totalSteps,
        int stepsApplied,
        int created,
        int updated,
        int unchanged,
        Map<String, StepCounts> byType,
        List<ImportProblem> problems,
        Failure failure) {

    public enum Status { VALID, IMPORTED, INVALID, FAILED }

    /** Per step type: how many steps, and (after an import) what they did. */
    public record StepCounts(int steps, int created, int updated, int unchanged) {
    }

    /**
     * The step that was refused at execution. {@code kind} is the refusal's kind ({@code INVALID},
     * {@code UNKNOWN_RECORD}, {@code CONFLICT}, {@code ILLEGAL_TRANSITION}) or {@code ERROR} for a failure
     * that is not a refusal.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Failure(String position, String step, String field, String message, String kind) {
    }

    public boolean ok() {
        return status == Status.VALID || status == Status.IMPORTED;
    }
}
