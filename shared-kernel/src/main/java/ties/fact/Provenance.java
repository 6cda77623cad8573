package ties.fact;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The sources of a fact (at least one) and how confident the editor is in it. */
public record Provenance(
        @NotNull @Size(min = 1, max = 20, message = "needs at least {min} and at most {max} entries") List<@NotNull @Valid Source> sources,
        @NotNull Confidence confidence) {

    public Provenance {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public static Provenance of(Confidence confidence, Source... sources) {
        return new Provenance(List.of(sources), confidence);
    }

    /**
     * Resolves a date phrase of something reported as done against the report date, as a refusal that
     * names the field when the phrase is not a real date or lies after the report.
     */
    public PartialDate resolve(PartialDate date, String field) {
        return resolve(date, field, PartialDate.Tense.DONE);
    }

    /**
     * Resolves a date phrase against the report date for a fact in the given tense (done, under way,
     * planned), as a refusal that names the field when the phrase is not understood, not a real date,
     * or not allowed for that tense.
     */
    public PartialDate resolve(PartialDate date, String field, PartialDate.Tense tense) {
        if (date == null) {
            return null;
        }
        try {
            return date.resolveAgainst(reportedOn(), tense);
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid(field, e.getMessage());
        }
    }

    /** When the fact was first reported: the earliest publication among its sources. */
    public LocalDate reportedOn() {
        return sources.stream().map(Source::published).min(Comparator.naturalOrder())
                .orElseThrow(() -> Rejection.invalid("provenance.sources", "at least one source is required"));
    }
}
