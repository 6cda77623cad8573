package ties.audit;

import java.util.List;

/** A page of the global log; {@code next} is the cursor of the following page, null on the last. */
public record AuditPage(List<AuditEntry> events, String next) {
}
