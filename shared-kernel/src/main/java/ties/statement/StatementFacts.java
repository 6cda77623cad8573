package ties.statement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ties.fact.Language;
import ties.fact.PartialDate;
import ties.fact.Prose;
import ties.fact.Provenance;
import ties.fact.SingleLine;
import ties.record.Ids;

import java.util.List;

/**
 * What was said, by whom, when, on what occasion (a visit), about which topics and initiatives.
 * {@code language} is the language of {@code text} as recorded (a translation's, where the source
 * gives the words translated), or null where no one said; statements recorded before revision 2 of
 * their events have none.
 */
public record StatementFacts(
        @NotNull @Valid Speaker speaker,
        @NotNull StatementForm form,
        @NotBlank @Prose String text,
        Language language,
        @NotNull PartialDate occurred,
        @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String occasionVisitId,
        @Size(max = 30) List<@NotBlank @SingleLine(max = 100) String> topics,
        @Size(max = 50) List<@NotNull @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_RULE) String> initiativeIds,
        @NotNull @Valid Provenance provenance) {

    public StatementFacts {
        topics = topics == null ? List.of() : List.copyOf(topics);
        initiativeIds = initiativeIds == null ? List.of() : List.copyOf(initiativeIds);
    }

    public StatementFacts withOccurred(PartialDate date) {
        return new StatementFacts(speaker, form, text, language, date, occasionVisitId, topics, initiativeIds, provenance);
    }
}
