package ties.actor;

import ties.engagement.EngagementKind;
import ties.engagement.EngagementState;
import ties.engagement.ParticipationRole;
import ties.engagement.Series;
import ties.agreement.AgreementKind;
import ties.fact.CountryCode;
import ties.fact.PartialDate;
import ties.fact.Provenance;
import ties.statement.StatementForm;

import java.time.Instant;
import java.util.List;

/**
 * An actor with what they did: roles over time, visits made (each with its ordinal to the
 * destination country: Bagheri's 2025 visit is his third to Pakistan) and hosted, meetings,
 * statements, the agreements they signed or are a party to, and the engagements they took part in
 * with their role.
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
        List<EngagementLine> engagements,
        List<AgreementLine> agreements,
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

    /**
     * An engagement the actor took part in, and how.
     *
     * @param firstInSeries derived: no earlier edition of the series has the actor present (null outside a series)
     */
    public record EngagementLine(String engagementId, EngagementKind kind, String title, Series series, Integer edition,
                                 EngagementState state, PartialDate start, PartialDate end, ParticipationRole role,
                                 Boolean firstTime, Boolean firstInSeries) {
    }

    /**
     * An agreement the actor signed or is a party to.
     *
     * @param signed         true when the actor signed it (then {@code titleAtSigning} is the title they signed under)
     * @param party          true when the actor is one of its parties
     */
    public record AgreementLine(String agreementId, String title, AgreementKind kind, PartialDate date, boolean signed,
                                String titleAtSigning, boolean party) {
    }

    public record StatementLine(String statementId, StatementForm form, String excerpt, PartialDate occurred) {
    }
}
