package ties.ui.record;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ties.fact.PartialDate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * How the date typed in a form will be read, shown under the field as it is typed: the phrase
 * resolved against the report's day (the source's publication) with the same rules the command side
 * applies when it records, as the API's /api/dates does.
 */
@Controller
@Hidden
public class DatePreview {

    @GetMapping("/record/date-preview")
    String preview(@RequestParam String field, @RequestParam(defaultValue = "DONE") PartialDate.Tense tense,
                   @RequestParam Map<String, String> form, Model model) {
        String phrase = form.get(field);
        String published = form.get("source.published");
        if (phrase == null || phrase.isBlank()) {
            model.addAttribute("preview", "");
            return "record/fields :: preview";
        }
        try {
            LocalDate reported = published == null || published.isBlank() ? null : LocalDate.parse(published.strip());
            PartialDate date = PartialDate.of(phrase.strip());
            if (reported == null) {
                model.addAttribute("preview", "give the source's publication day to see how this reads");
            } else {
                PartialDate resolved = date.resolveAgainst(reported, tense);
                String days = resolved.latest() == null ? "from " + resolved.earliest() + " on"
                        : resolved.earliest().equals(resolved.latest()) ? resolved.earliest().toString()
                        : resolved.earliest() + " to " + resolved.latest();
                model.addAttribute("preview", "reads as " + days + " (" + resolved.precision().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' ') + ")" + (resolved.reading() == null ? "" : ": " + resolved.reading()));
            }
        } catch (DateTimeParseException e) {
            model.addAttribute("previewError", "the publication day is not a day");
        } catch (IllegalArgumentException e) {
            model.addAttribute("previewError", e.getMessage());
        }
        return "record/fields :: preview";
    }
}
