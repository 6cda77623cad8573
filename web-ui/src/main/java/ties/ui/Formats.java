package ties.ui;

import org.springframework.stereotype.Component;
import ties.fact.Confidence;
import ties.fact.CountryCode;
import ties.fact.PartialDate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How pages write values ({@code ${@fmt.date(...)}} in templates): dates as reported ("July 2018"
 * stays "July 2018", with the days it stands for beside it), recorded times in UTC, countries by name.
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** The date as the report words it. */
    public String date(PartialDate date) {
        return date == null ? "" : date.text();
    }

    /** The days a reported date stands for ("2018-07-01 – 2018-07-31"), for the title attribute and readers who want it. */
    public String span(PartialDate date) {
        if (date == null || date.earliest() == null) {
            return "";
        }
        if (date.latest() == null) {
            return "from " + date.earliest() + ", open-ended";
        }
        return date.earliest().equals(date.latest()) ? date.earliest().toString() : date.earliest() + " – " + date.latest();
    }

    public String instant(Instant instant) {
        return instant == null ? "" : RECORDED.format(instant);
    }

    /** An ISO instant for datetime attributes. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    public String country(CountryCode country) {
        return country == null ? "" : country.name();
    }

    public String countries(Collection<CountryCode> countries) {
        return countries == null ? "" : countries.stream().map(CountryCode::name).collect(Collectors.joining(", "));
    }

    /** An enum constant as people read it: UNDER_DISCUSSION → "under discussion". */
    public String label(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** How sure an editor may say they are. */
    public Confidence[] confidences() {
        return Confidence.values();
    }
}
