package ties.audit;

import com.fasterxml.jackson.databind.JsonNode;
import ties.fact.PartialDate;
import ties.fact.Source;
import ties.record.RecordType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One stored event as an auditor reads it: what it is (type, revision, payload), where it stands
 * (global position, the record's stream and sequence), its three times (occurred as reported,
 * reported by its sources, recorded by the server), who recorded it, why (for corrections and
 * withdrawals), and the ids that tie it to the request that caused it.
 */
public record AuditEntry(
        long position,
        String eventId,
        RecordType recordType,
        String recordId,
        long sequence,
        String eventType,
        String revision,
        JsonNode payload,
        PartialDate occurred,
        LocalDate reported,
        List<Source> sources,
        Instant recordedAt,
        String recordedBy,
        String reason,
        String requestId,
        String correlationId) {
}
