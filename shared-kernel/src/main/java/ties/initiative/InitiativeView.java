package ties.initiative;

import ties.engagement.EngagementState;
import ties.fact.CountryCode;
import ties.fact.PartialDate;
import ties.fact.Provenance;

import java.time.Instant;
import java.util.List;

/**
 * An initiative as the board shows it: where it stands, how it got there (every step with its
 * evidence, occurred and recorded times, and who recorded it), and what is linked to it, including the
 * engagement series whose editions implement it.
 *
 * @param version      the initiative's own event-stream version this view reflects
 * @param lastChangeAt when the last change that touched this view was recorded
 * @param statusSince  when the current status was reached, as precisely as reported
 * @param withdrawn    true only in live updates and as-of answers about a withdrawn initiative
 */
public record InitiativeView(
        String initiativeId,
        String title,
        InitiativeKind kind,
        List<CountryCode> parties,
        String proposedBy,
        String description,
        PartialDate proposed,
        Provenance provenance,
        InitiativeStatus status,
        Completion completion,
        PartialDate statusSince,
        List<Step> history,
        List<LinkedStatement> statements,
        List<LinkedAgreement> agreements,
        List<Obstacle> obstacles,
        List<LinkedSeries> engagementSeries,
        List<Correction> corrections,
        long version,
        Instant recordedAt,
        String recordedBy,
        Instant lastChangeAt,
        boolean withdrawn) {

    /** One move of the status, with everything that supports it. */
    public InitiativeView withEngagementSeries(List<LinkedSeries> series) {
        return new InitiativeView(initiativeId, title, kind, parties, proposedBy, description, proposed, provenance, status,
                completion, statusSince, history, statements, agreements, obstacles, series, corrections, version, recordedAt,
                recordedBy, lastChangeAt, withdrawn);
    }

    public record Step(String eventId, String changeId, InitiativeStatus from, InitiativeStatus to, Completion completion,
                       PartialDate occurred, Instant recordedAt, String recordedBy, Provenance provenance,
                       List<String> statementIds, List<String> agreementIds, String note) {
    }

    public record LinkedStatement(String statementId, String speakerId, String speakerDescription, String excerpt,
                                  PartialDate occurred) {
    }

    public record LinkedAgreement(String agreementId, String title, PartialDate signed) {
    }

    public record Obstacle(String obstacleId, ObstacleKind kind, String description, PartialDate occurred,
                           Provenance provenance, Instant recordedAt) {
    }

    /** A series of engagements that implements the initiative, with its editions in the order they take place. */
    public record LinkedSeries(String seriesId, String note, Provenance provenance, Instant recordedAt,
                               List<LinkedEngagement> editions) {
    }

    /** One edition of a linked series: what it is called, which edition, where it stands, when. */
    public record LinkedEngagement(String engagementId, String title, Integer edition, EngagementState state,
                                   PartialDate start, PartialDate end) {
    }

    /** A correction of the initiative's facts: when, by whom, why. */
    public record Correction(String eventId, Instant recordedAt, String recordedBy, String reason) {
    }
}
