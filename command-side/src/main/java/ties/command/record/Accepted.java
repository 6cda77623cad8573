package ties.command.record;

/**
 * What a command handler answers: the record, its version after the command, and whether the
 * command changed anything (a retried create changes nothing).
 */
public record Accepted(String recordId, long version, Outcome outcome) {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }
}
