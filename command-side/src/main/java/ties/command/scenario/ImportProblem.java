package ties.command.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with a scenario, where it is: {@code position} is {@code steps[3]} for a step (counted
 * from 0) or {@code scenario} for the scenario's own fields; {@code step} names the step ("RecordVisit
 * bagheri-islamabad-2025"); {@code field} is the dotted path inside the step, when the problem is about
 * one field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportProblem(String position, String step, String field, String message) {

    static final String SCENARIO = "scenario";

    /** The problem as one line, e.g. {@code steps[3] (RecordVisit x) visit.occurred: '2018-02-30' is not a date that exists}. */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder(position);
        if (step != null) {
            line.append(" (").append(step).append(')');
        }
        line.append(' ');
        if (field != null && !field.isEmpty()) {
            line.append(field).append(": ");
        }
        return line.append(message).toString();
    }
}
