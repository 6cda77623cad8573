package ties.visit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ties.fact.PartialDate;
import ties.fact.Prose;
import ties.fact.Provenance;
import ties.fact.SingleLine;
import ties.record.Ids;

import java.util.List;

/**
 * A meeting held during a visit: with whom, on what. Without its own date it took place when the
 * visit did.
 */
public record MeetingFacts(
        @NotNull @Size(min = 1, max = 50, message = "needs at least {min} and at most {max} entries") List<@NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String> participantIds,
        @Size(max = 30) List<@NotBlank @SingleLine(max = 100) String> topics,
        PartialDate occurred,
        @Prose(max = 5000) String summary,
        @NotNull @Valid Provenance provenance) {

    public MeetingFacts {
        participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    public MeetingFacts withOccurred(PartialDate date) {
        return new MeetingFacts(participantIds, topics, date, summary, provenance);
    }
}
