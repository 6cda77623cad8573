package ties.command.scenario;

/**
 * Told, on the importing thread, after each step of an import is recorded: so that whoever started a
 * long import can see how far it has got.
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (stepsApplied, totalSteps) -> { };

    void applied(int stepsApplied, int totalSteps);
}
