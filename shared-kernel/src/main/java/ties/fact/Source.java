package ties.fact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a fact comes from. {@code attribution} is the chain of sources the publisher itself cites,
 * nearest first: an article that reports what Tasnim reported has publisher "…" and attribution
 * ["Tasnim News Agency"].
 *
 * @param published the day the source was published: the fact's "reported" time; not in the future
 */
public record Source(
        @NotBlank @SingleLine String publisher,
        @SingleLine(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
        @SingleLine(max = 500) String reference,
        @NotNull @Published LocalDate published,
        @Size(max = 10) List<@NotBlank @SingleLine String> attribution) {

    public Source {
        attribution = attribution == null ? List.of() : List.copyOf(attribution);
    }
}
