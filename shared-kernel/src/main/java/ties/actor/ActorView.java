package ties.actor;

import ties.fact.CountryCode;
import ties.fact.PartialDate;
import ties.fact.Provenance;
import ties.statement.StatementForm;

import java.time.Instant;
import java.util.List;

/**
 * An actor with what they did: roles over time, visits made (each with its ordinal to the
 * destination country: Bagheri's 2025 visit is his third to Pakistan) and hosted, meetings and
 * statements.
 */
public record ActorView(
        String actorId,
        ActorKind kind,
        String name,
        List<String> aliases,
        CountryCode country,
        Provenance provenance,
        List<RoleFacts> roles,
        List<VisitLine> visitsMade,
        List<VisitLine> visitsHosted,
        List<MeetingLine> meetings,
        List<StatementLine> statements,
        Instant recordedAt) {

    /**
     * @param ordinal the visit's rank among the visitor's visits to that country, in the order they
     *                happened (1 for the first); for hosted visits, among the visitor's visits too
     */
    public record VisitLine(String visitId, List<String> visitorIds, List<String> hostIds, String city,
                            CountryCode country, PartialDate occurred, int ordinal) {
    }

    public record MeetingLine(String visitId, String meetingId, List<String> participantIds, List<String> topics,
                              PartialDate occurred) {
    }

    public record StatementLine(String statementId, StatementForm form, String excerpt, PartialDate occurred) {
    }
}
