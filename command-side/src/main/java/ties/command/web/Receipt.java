package ties.command.web;

import ties.command.record.Accepted;

/**
 * The answer to a command: the record's id and version (send the version back in {@code If-Match}
 * to update safely), whether anything changed, and the event store position a query can wait for
 * ({@code minPosition}) to read its own write.
 */
public record Receipt(String id, long version, Accepted.Outcome outcome, long position) {
}
