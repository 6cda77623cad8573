package ties.fact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When something happened, as precisely as the report says it: "2025-01-13", "July 2018", "2018",
 * "early 2020", "circa 2019", or relative to the report ("last year", "recently"). Keeps the original
 * phrase next to the interval [earliest, latest] it stands for.
 *
 * <p>Editors send the phrase alone ({@code "occurred": "July 2018"}); it is unresolved until
 * {@link #resolveAgainst(LocalDate)} turns it into an interval using the report's date. Stored events
 * always hold resolved dates.
 */
public record PartialDate(String text, Precision precision, LocalDate earliest, LocalDate latest) {

    public enum Precision { DAY, MONTH, YEAR, APPROXIMATE }

    /** Whether something dated this way is known to have happened by a given day. */
    public enum Knowledge { YES, NO, UNCERTAIN }

    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([a-z]+)\\.? (\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) ([a-z]+)\\.? (\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([a-z]+)\\.? (\\d{1,2}),? (\\d{4})");
    private static final Pattern PART_OF_YEAR = Pattern.compile("(early|mid|late) (\\d{4})");
    private static final Pattern CIRCA_YEAR = Pattern.compile("(?:circa|around|about|c\\.|~) ?(\\d{4})");

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public PartialDate(@JsonProperty("text") String text,
                       @JsonProperty("precision") Precision precision,
                       @JsonProperty("earliest") LocalDate earliest,
                       @JsonProperty("latest") LocalDate latest) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a date needs its text, e.g. \"2025-01-13\", \"July 2018\" or \"last year\"");
        }
        if (text.length() > 100) {
            throw new IllegalArgumentException("a date's text is at most 100 characters");
        }
        boolean resolved = precision != null && earliest != null && latest != null;
        boolean unresolved = precision == null && earliest == null && latest == null;
        if (!resolved && !unresolved) {
            throw new IllegalArgumentException("a resolved date needs precision, earliest and latest together");
        }
        if (resolved && latest.isBefore(earliest)) {
            throw new IllegalArgumentException("a date's latest day cannot come before its earliest");
        }
        this.text = text.strip();
        this.precision = precision;
        this.earliest = earliest;
        this.latest = latest;
    }

    /** The phrase as an editor wrote it, not yet resolved. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PartialDate of(String text) {
        return new PartialDate(text, null, null, null);
    }

    /** A phrase already resolved against a report date, as the aggregates store it. */
    public static PartialDate resolved(String text, LocalDate reportedOn) {
        return of(text).resolveAgainst(reportedOn);
    }

    @JsonIgnore
    public boolean isResolved() {
        return precision != null;
    }

    /**
     * Resolves the phrase against the date it was reported, refusing dates that do not exist
     * ("2018-02-30") and dates after the report (a report cannot describe its future as done).
     *
     * @throws IllegalArgumentException with a message that tells the editor what to fix
     */
    public PartialDate resolveAgainst(LocalDate reportedOn) {
        String phrase = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        PartialDate date;
        try {
            date = parse(phrase, reportedOn);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date that exists", e);
        }
        if (date == null) {
            throw new IllegalArgumentException("'" + text + "' is not a date Ties understands; use e.g. \"2025-01-13\", "
                    + "\"July 2018\", \"2018\", \"early 2020\", \"circa 2019\", \"last year\" or \"recently\"");
        }
        if (date.earliest.isAfter(reportedOn)) {
            throw new IllegalArgumentException("'" + text + "' is after the report date " + reportedOn
                    + ": record a plan as a proposal, not as something that happened");
        }
        return date;
    }

    private PartialDate parse(String phrase, LocalDate reportedOn) {
        Matcher m;
        if ((m = ISO_DAY.matcher(phrase)).matches()) {
            return day(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
        }
        if ((m = ISO_MONTH.matcher(phrase)).matches()) {
            return month(YearMonth.of(num(m, 1), num(m, 2)));
        }
        if ((m = YEAR.matcher(phrase)).matches()) {
            return year(num(m, 1));
        }
        if ((m = DAY_MONTH_YEAR.matcher(phrase)).matches() && monthNamed(m.group(2)) != null) {
            return day(LocalDate.of(num(m, 3), monthNamed(m.group(2)), num(m, 1)));
        }
        if ((m = MONTH_DAY_YEAR.matcher(phrase)).matches() && monthNamed(m.group(1)) != null) {
            return day(LocalDate.of(num(m, 3), monthNamed(m.group(1)), num(m, 2)));
        }
        if ((m = MONTH_YEAR.matcher(phrase)).matches() && monthNamed(m.group(1)) != null) {
            return month(YearMonth.of(num(m, 2), monthNamed(m.group(1))));
        }
        if ((m = PART_OF_YEAR.matcher(phrase)).matches()) {
            int year = num(m, 2);
            int firstMonth = switch (m.group(1)) {
                case "early" -> 1;
                case "mid" -> 5;
                default -> 9;
            };
            return approximate(YearMonth.of(year, firstMonth).atDay(1), YearMonth.of(year, firstMonth + 3).atEndOfMonth());
        }
        if ((m = CIRCA_YEAR.matcher(phrase)).matches()) {
            int year = num(m, 1);
            return approximate(LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, 12, 31));
        }
        return switch (phrase) {
            case "today" -> day(reportedOn);
            case "yesterday" -> day(reportedOn.minusDays(1));
            case "this month" -> month(YearMonth.from(reportedOn));
            case "last month" -> month(YearMonth.from(reportedOn).minusMonths(1));
            case "this year" -> year(reportedOn.getYear());
            case "last year" -> year(reportedOn.getYear() - 1);
            case "past year", "the past year", "over the past year" -> approximate(reportedOn.minusYears(1), reportedOn);
            case "recent", "recently" -> approximate(reportedOn.minusMonths(3), reportedOn);
            default -> null;
        };
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Month monthNamed(String name) {
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(name) || (name.length() >= 3 && full.startsWith(name))) {
                return month;
            }
        }
        return null;
    }

    private PartialDate day(LocalDate day) {
        return new PartialDate(text, Precision.DAY, day, day);
    }

    private PartialDate month(YearMonth month) {
        return new PartialDate(text, Precision.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    private PartialDate year(int year) {
        return new PartialDate(text, Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private PartialDate approximate(LocalDate earliest, LocalDate latest) {
        return new PartialDate(text, Precision.APPROXIMATE, earliest, latest);
    }

    /**
     * Whether something dated this way had happened by the end of {@code day}: a step dated "2018"
     * is not known to have happened by 2018-03-01.
     */
    public Knowledge happenedBy(LocalDate day) {
        if (!isResolved()) {
            throw new IllegalStateException("resolve '" + text + "' before asking when it happened");
        }
        if (!latest.isAfter(day)) {
            return Knowledge.YES;
        }
        return earliest.isAfter(day) ? Knowledge.NO : Knowledge.UNCERTAIN;
    }
}
