package ties.audit;

import java.time.Instant;

/**
 * The global log in recorded order, filtered by editor, event type and record (each optional) and
 * by recorded time {@code [from, to)}: "what changed between T1 and T2, who changed it, and why".
 * {@code after} is the previous page's {@code next}.
 */
public record FindAuditLog(String editor, String eventType, String recordId, Instant from, Instant to, String after,
                           int limit) {
}
