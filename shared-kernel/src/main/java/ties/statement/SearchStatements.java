package ties.statement;

/**
 * Statements containing every word of {@code text} (ignoring case and accents), by speaker, topic and
 * initiative; each filter optional. Newest first by occurred date.
 */
public record SearchStatements(String text, String speakerId, String topic, String initiativeId, int limit) {
}
