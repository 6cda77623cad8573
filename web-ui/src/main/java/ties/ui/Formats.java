package ties.ui;

import org.springframework.stereotype.Component;
import ties.fact.Confidence;
import ties.fact.CountryCode;
import ties.fact.PartialDate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How pages write values ({@code ${@fmt.date(...)}} in templates): dates as reported ("July 2018"
 * stays "July 2018", with the days it stands for beside it), recorded times in UTC, countries by name.
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final Pattern NAMES_A_YEAR = Pattern.compile("\\d{4}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_IN_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /**
     * The date as the report words it, and when the wording does not name its year ("Tuesday", "last
     * week", "recently") the days it was resolved to beside it: "Tuesday (11 Mar 2025)". A reader of a
     * page months later cannot tell which Tuesday the report meant; "July 2018" needs no help.
     */
    public String date(PartialDate date) {
        if (date == null) {
            return "";
        }
        if (date.earliest() == null || NAMES_A_YEAR.matcher(date.text()).find()) {
            return date.text();
        }
        return date.text() + " (" + days(date.earliest(), date.latest()) + ")";
    }

    /** The shortest plain way to write a resolved interval: "11 Mar 2025", "3 – 9 Mar 2025", "Mar 2025", "2026". */
    private static String days(LocalDate earliest, LocalDate latest) {
        if (latest == null) {
            return "from " + DAY.format(earliest);
        }
        if (earliest.equals(latest)) {
            return DAY.format(earliest);
        }
        boolean wholeMonths = earliest.getDayOfMonth() == 1 && latest.equals(latest.with(TemporalAdjusters.lastDayOfMonth()));
        if (wholeMonths && earliest.getYear() == latest.getYear()) {
            if (earliest.getMonthValue() == 1 && latest.getMonthValue() == 12) {
                return String.valueOf(earliest.getYear());
            }
            if (earliest.getMonth() == latest.getMonth()) {
                return MONTH.format(earliest);
            }
        }
        if (earliest.getYear() != latest.getYear()) {
            return DAY.format(earliest) + " – " + DAY.format(latest);
        }
        return (earliest.getMonth() == latest.getMonth() ? String.valueOf(earliest.getDayOfMonth()) : DAY_IN_MONTH.format(earliest))
                + " – " + DAY.format(latest);
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
