package ties.engagement;

import io.swagger.v3.oas.annotations.media.Schema;
import ties.fact.CountryCode;
import ties.fact.PartialDate;
import ties.fact.Provenance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An engagement as the read side shows it: its facts, the parties with their names, countries and
 * roles, where it stands and how it got there, and its corrections.
 *
 * @param countries    the countries involved: the participants' and the place's
 * @param version      the engagement's own event-stream version this view reflects
 * @param lastChangeAt when the last change that touched this view was recorded
 * @param withdrawn    true only in live updates and as-of answers about a withdrawn engagement
 */
@Schema(description = "An engagement with its parties, state history and corrections")
public record EngagementView(
        @Schema(description = "the engagement's id", example = "pk-ir-naval-exercise-8") String engagementId,
        @Schema(description = "what sort of engagement", example = "EXERCISE") EngagementKind kind,
        @Schema(description = "its name as reported", example = "8th Pakistan–Iran bilateral naval exercise") String title,
        @Schema(description = "the series it is an edition of", nullable = true) Series series,
        @Schema(description = "its edition number within the series", example = "8", nullable = true) Integer edition,
        @Schema(description = "where it takes place", nullable = true) Place place,
        @Schema(description = "when it begins, resolved against the report") PartialDate start,
        @Schema(description = "when it ends, resolved against the report", nullable = true) PartialDate end,
        @Schema(description = "where it stands", example = "HELD") EngagementState state,
        @Schema(description = "the parties, in the order recorded") List<ParticipantView> participants,
        @Schema(description = "ISO 3166-1 alpha-2 codes of the countries involved: the parties' and the place's",
                example = "[\"IR\", \"PK\", \"TR\"]") List<CountryCode> countries,
        @Schema(description = "what it consisted of", nullable = true) String description,
        @Schema(description = "the sources of the facts as last recorded or corrected") Provenance provenance,
        @Schema(description = "every state it was in: as first recorded, then each move with its sources") List<StateStep> history,
        @Schema(description = "corrections of its facts: when, by whom, why") List<Correction> corrections,
        @Schema(description = "the record's version (send it in If-Match to change it)", example = "2") long version,
        @Schema(description = "when it was first recorded") Instant recordedAt,
        @Schema(description = "who first recorded it", example = "editor") String recordedBy,
        @Schema(description = "when the last change to it was recorded") Instant lastChangeAt,
        @Schema(description = "true only in live updates and as-of answers about a withdrawn engagement") boolean withdrawn) {

    /**
     * A party with its name and country as registered, and whether this is its first participation.
     *
     * @param firstInSeries derived from the record: no earlier edition of the series lists the party as
     *                      present (host, organiser, participant, observer, other); null outside a series
     */
    @Schema(description = "A party to the engagement")
    public record ParticipantView(
            @Schema(description = "the actor's id", example = "turkey") String actorId,
            @Schema(description = "the actor's name as registered", example = "Turkey") String name,
            @Schema(description = "the actor's country", example = "TR", nullable = true) CountryCode country,
            @Schema(description = "how it takes part", example = "OBSERVER") ParticipationRole role,
            @Schema(description = "what the report says about a first participation (null: it does not say)",
                    nullable = true) Boolean firstTime,
            @Schema(description = "derived: no earlier edition of the series recorded here has the party present "
                    + "(null outside a series)", nullable = true) Boolean firstInSeries,
            @Schema(description = "what it contributed, as reported", nullable = true) String contribution) {

        public ParticipantView withFirstInSeries(Boolean first) {
            return new ParticipantView(actorId, name, country, role, firstTime, first, contribution);
        }
    }

    /** A state it was in: the first recorded (without {@code from}) or a move, with its sources. */
    @Schema(description = "A state of the engagement and what shows it")
    public record StateStep(
            @Schema(description = "id of the event that recorded it") String eventId,
            @Schema(description = "the move's client-chosen id", nullable = true) String changeId,
            @Schema(description = "the state it left; absent for the state first recorded", nullable = true) EngagementState from,
            @Schema(description = "the state it reached", example = "HELD") EngagementState to,
            @Schema(description = "when the move happened, as reported", nullable = true) PartialDate occurred,
            @Schema(description = "when it was recorded") Instant recordedAt,
            @Schema(description = "who recorded it", example = "editor") String recordedBy,
            @Schema(description = "the sources") Provenance provenance,
            @Schema(description = "why, as reported", nullable = true) String note) {
    }

    @Schema(description = "A correction of the engagement's facts")
    public record Correction(
            @Schema(description = "id of the correcting event") String eventId,
            @Schema(description = "when it was recorded") Instant recordedAt,
            @Schema(description = "who corrected it", example = "editor") String recordedBy,
            @Schema(description = "why", example = "the exercise began a day earlier than first reported") String reason) {
    }

    /** The last day it may run to: its end's, or its start's when it has no end; null when that is open. */
    public LocalDate latest() {
        return (end == null ? start : end).latest();
    }

    public EngagementView withParticipants(List<ParticipantView> derived) {
        return new EngagementView(engagementId, kind, title, series, edition, place, start, end, state, derived, countries,
                description, provenance, history, corrections, version, recordedAt, recordedBy, lastChangeAt, withdrawn);
    }
}
