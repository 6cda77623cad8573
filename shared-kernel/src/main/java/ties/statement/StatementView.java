package ties.statement;

import ties.fact.Language;
import ties.fact.PartialDate;
import ties.fact.Provenance;

import java.time.Instant;
import java.util.List;

/** A statement as read back: its words and their language, speaker, occasion, topics and initiatives, and its sources. */
public record StatementView(
        String statementId,
        Speaker speaker,
        String speakerName,
        StatementForm form,
        String text,
        Language language,
        PartialDate occurred,
        String occasionVisitId,
        List<String> topics,
        List<String> initiativeIds,
        Provenance provenance,
        Instant recordedAt,
        String recordedBy) {
}
