package ties.ui.record;

import org.springframework.util.MultiValueMap;
import ties.fact.Confidence;
import ties.fact.CountryCode;
import ties.fact.PartialDate;
import ties.fact.Provenance;
import ties.fact.Source;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a person typed into a form, kept as typed (a refused form shows it again), and read into the
 * values commands take. A value that is not even of its type (a country code that is none, a day that
 * does not exist) is noted against its field; every rule about what may be recorded stays with the
 * command side, whose refusals {@link Refusal} places next to the fields too.
 */
public final class FormInput {

    /** The source fields of a form: the report the editor is working from, remembered between entries. */
    public static final List<String> SOURCE_FIELDS = List.of("source.publisher", "source.url", "source.reference",
            "source.published", "source.attribution", "confidence");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    public FormInput(MultiValueMap<String, String> form) {
        form.forEach((name, given) -> {
            if (!name.equals("_csrf") && given != null && !given.isEmpty()) {
                values.put(name, given.get(0));
            }
        });
    }

    /** The typed values by field name, for the page that shows the form again. */
    public Map<String, String> values() {
        return values;
    }

    /** Fields whose value is not of its type, with why. */
    public Map<String, String> errors() {
        return errors;
    }

    public String text(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A list typed with commas or one per line ("bagheri, munir"). */
    public List<String> list(String name) {
        String value = text(name);
        return value == null ? List.of() : Arrays.stream(value.split("[,\\n]")).map(String::strip)
                .filter(part -> !part.isEmpty()).toList();
    }

    public CountryCode country(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return CountryCode.of(value);
        } catch (IllegalArgumentException e) {
            errors.put(name, e.getMessage());
            return null;
        }
    }

    public List<CountryCode> countries(String name) {
        List<CountryCode> countries = new ArrayList<>();
        for (String code : list(name)) {
            try {
                countries.add(CountryCode.of(code));
            } catch (IllegalArgumentException e) {
                errors.put(name, e.getMessage());
            }
        }
        return countries;
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            errors.put(name, "'" + value + "' is not one of the choices");
            return null;
        }
    }

    public LocalDate day(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(name, "'" + value + "' is not a day (YYYY-MM-DD)");
            return null;
        }
    }

    /** A date as the report words it ("July 2018", "last Tuesday"); the command side resolves it against the report. */
    public PartialDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return PartialDate.of(value);
        } catch (IllegalArgumentException e) {
            errors.put(name, e.getMessage());
            return null;
        }
    }

    /** The record's version the page showed, which a change made from it expects; null when it showed none. */
    public Long expectedVersion() {
        String version = text("expectedVersion");
        try {
            return version == null ? null : Long.valueOf(version);
        } catch (NumberFormatException e) {
            errors.put("expectedVersion", "the page's version is not a number: reload the page");
            return null;
        }
    }

    public boolean checked(String name) {
        String value = text(name);
        return value != null && !value.equals("false");
    }

    /** The report the fact comes from: one source (the form's), and the editor's confidence. */
    public Provenance provenance() {
        Source source = new Source(text("source.publisher"), text("source.url"), text("source.reference"),
                day("source.published"), list("source.attribution"));
        Confidence confidence = choice("confidence", Confidence.class);
        return new Provenance(List.of(source), confidence);
    }

    /** This form's source fields as typed, to remember for the next entry of the same report. */
    public Map<String, String> source() {
        Map<String, String> source = new LinkedHashMap<>();
        SOURCE_FIELDS.forEach(field -> {
            if (values.containsKey(field)) {
                source.put(field, values.get(field));
            }
        });
        return source;
    }
}
