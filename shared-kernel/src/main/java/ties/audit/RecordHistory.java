package ties.audit;

import java.util.List;

public record RecordHistory(String recordId, List<AuditEntry> events) {
}
