package ties.engagement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ties.fact.PartialDate;
import ties.fact.Prose;
import ties.fact.Provenance;
import ties.fact.SingleLine;

import java.time.LocalDate;
import java.util.List;

/**
 * Something that happens between parties other than a visit's own meetings: an exercise, talks, a
 * port call, a training course, a conference; its series and edition when it recurs, where and when
 * it takes place, where it stands, and who takes part in which role.
 *
 * @param end null when the report gives a single day or period ({@code start} then covers it all)
 */
@Schema(description = "An engagement as reported: what, which edition of which series, where, when, where it stands, "
        + "who takes part")
public record EngagementFacts(
        @Schema(description = "what sort of engagement", example = "EXERCISE", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull EngagementKind kind,
        @Schema(description = "the engagement's name or a short description as reported", maxLength = 300,
                example = "8th Pakistan–Iran bilateral naval exercise", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @SingleLine(max = 300) String title,
        @Schema(description = "the series it is an edition of, when it recurs", nullable = true)
        @Valid Series series,
        @Schema(description = "its edition number within the series (\"8th edition\" is 8); only with a series",
                example = "8", minimum = "1", maximum = "1000", nullable = true)
        @Min(1) @Max(1000) Integer edition,
        @Schema(description = "where it takes place", nullable = true)
        @Valid Place place,
        @Schema(description = "when it begins (or the whole period when no end is given), as the report words it",
                example = "6 March 2025", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull PartialDate start,
        @Schema(description = "when it ends, as the report words it; absent when the start covers it all",
                example = "10 March 2025", nullable = true)
        PartialDate end,
        @Schema(description = "where it stands as reported; later moves go through its state changes",
                example = "HELD", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull EngagementState state,
        @Schema(description = "the parties and how each takes part; each actor once", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Participant> participants,
        @Schema(description = "what it consisted of, as reported", maxLength = 5000,
                example = "Drills in anti-piracy, search and rescue and maritime security")
        @Prose(max = 5000) String description,
        @Schema(description = "the sources that report it and the editor's confidence", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Valid Provenance provenance) {

    public EngagementFacts {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    public EngagementFacts withDates(PartialDate start, PartialDate end) {
        return new EngagementFacts(kind, title, series, edition, place, start, end, state, participants, description, provenance);
    }

    /**
     * After a state change: the new state and, where the change gives them, its new dates with the
     * change's sources (the dates are read against that report; a correction sends them back with it).
     */
    public EngagementFacts moved(StateChange change) {
        boolean redated = change.start() != null || change.end() != null;
        return new EngagementFacts(kind, title, series, edition, place, change.start() == null ? start : change.start(),
                redated ? change.end() : end, change.state(), participants, description,
                redated ? change.provenance() : provenance);
    }

    /**
     * The whole time it takes, as one resolved date: its start alone, or the span from the start's
     * earliest day to the end's latest ("6 March 2025 to 10 March 2025", EDTF "2025-03-06/2025-03-10"),
     * as precise as the coarser of the two; open when the end is ("in the near future").
     */
    public PartialDate span() {
        if (end == null) {
            return start;
        }
        String text = start.text() + " to " + end.text();
        PartialDate.Precision precision = start.precision().compareTo(end.precision()) >= 0 ? start.precision() : end.precision();
        String edtf = bound(start, start.earliest()) + "/" + (end.isOpenEnded() ? ".." : bound(end, end.latest()));
        return new PartialDate(text.length() > 100 ? start.text() : text, end.isOpenEnded() ? PartialDate.Precision.OPEN : precision,
                start.earliest(), end.latest(), null, null, edtf, null);
    }

    /** One side of the span in EDTF: the date's own form, or its outer day when it is itself an interval. */
    private static String bound(PartialDate date, LocalDate outerDay) {
        return date.edtf().contains("/") || date.edtf().contains("[") ? outerDay.toString() : date.edtf();
    }

    /** The actor ids of its participants, in the order given. */
    public List<String> participantIds() {
        return participants.stream().map(Participant::actorId).toList();
    }
}
