package ties.initiative;

import io.swagger.v3.oas.annotations.media.Schema;
import ties.agreement.AgreementKind;
import ties.engagement.EngagementState;
import ties.fact.CountryCode;
import ties.fact.PartialDate;
import ties.fact.Provenance;
import ties.record.RecordRef;

import java.time.Instant;
import java.util.List;

/**
 * An initiative as the board shows it: where it stands, how it got there (every step with its
 * evidence, occurred and recorded times, and who recorded it), and what is linked to it.
 *
 * @param version      the initiative's own event-stream version this view reflects
 * @param lastChangeAt when the last change that touched this view was recorded
 * @param statusSince  when the current status was reached, as precisely as reported
 * @param target       the planned or target date, as last given (by the proposal, a correction or a move)
 * @param relationshipObstacles obstacles recorded once against a relationship and linked to this initiative
 * @param series       recurring engagement series linked to this initiative (their editions implement it)
 * @param engagementSeries the same series with why they were linked and their editions as recorded
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
        @Schema(description = "the planned or target date as last given, as reported", example = "in the near future")
        PartialDate target,
        List<Step> history,
        List<LinkedStatement> statements,
        List<LinkedAgreement> agreements,
        List<Obstacle> obstacles,
        @Schema(description = "obstacles recorded once against a relationship and linked to this initiative")
        List<RelationshipObstacle> relationshipObstacles,
        @Schema(description = "ids of recurring engagement series linked to this initiative, whose editions show its "
                + "implementation", example = "[\"aman-naval-exercise\"]")
        List<String> series,
        @Schema(description = "the linked engagement series with their editions, in the order they take place")
        List<LinkedSeries> engagementSeries,
        List<Correction> corrections,
        long version,
        Instant recordedAt,
        String recordedBy,
        Instant lastChangeAt,
        boolean withdrawn) {

    /**
     * One move of the status, with everything that supports it.
     *
     * @param reopened true when the move took a stalled or suspended initiative back to an earlier step
     * @param occasion the visit or engagement during which it happened
     * @param target   the planned or target date the move set, if any
     */
    public record Step(String eventId, String changeId, InitiativeStatus from, InitiativeStatus to, Completion completion,
                       boolean reopened, PartialDate occurred, Instant recordedAt, String recordedBy, Provenance provenance,
                       List<String> statementIds, List<String> agreementIds, RecordRef occasion, PartialDate target,
                       String note) {
    }

    public record LinkedStatement(String statementId, String speakerId, String speakerDescription, String excerpt,
                                  PartialDate occurred) {
    }

    public record LinkedAgreement(String agreementId, String title, AgreementKind kind, PartialDate signed) {
    }

    public record Obstacle(String obstacleId, ObstacleKind kind, String description, PartialDate occurred,
                           Provenance provenance, Instant recordedAt) {
    }

    /** An obstacle to a whole relationship (the countries) that holds this initiative back, among others. */
    public record RelationshipObstacle(String obstacleId, ObstacleKind kind, String description, List<CountryCode> countries,
                                       PartialDate occurred, Provenance provenance) {
    }

    /** A series of engagements that implements the initiative, with its editions in the order they take place. */
    public record LinkedSeries(String seriesId, String note, Provenance provenance, Instant recordedAt,
                               List<LinkedEngagement> editions) {
    }

    /** One edition of a linked series: what it is called, which edition, where it stands, when. */
    public record LinkedEngagement(String engagementId, String title, Integer edition, EngagementState state,
                                   PartialDate start, PartialDate end) {
    }

    /** The view with these engagement series linked (their ids in {@code series}, for the board's filter). */
    public InitiativeView withEngagementSeries(List<LinkedSeries> linked) {
        return new InitiativeView(initiativeId, title, kind, parties, proposedBy, description, proposed, provenance, status,
                completion, statusSince, target, history, statements, agreements, obstacles, relationshipObstacles,
                linked.stream().map(LinkedSeries::seriesId).toList(), linked, corrections, version, recordedAt, recordedBy,
                lastChangeAt, withdrawn);
    }

    /** A correction of the initiative's facts: when, by whom, why. */
    public record Correction(String eventId, Instant recordedAt, String recordedBy, String reason) {
    }
}
