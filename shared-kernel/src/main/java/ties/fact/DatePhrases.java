package ties.fact;

import ties.fact.DateRefused.Reason;
import ties.fact.PartialDate.Precision;
import ties.fact.PartialDate.Tense;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a date phrase as news copy writes it: a single period ({@link DatePoints}), a span ("6-10
 * March 2019", "from July to September 2018", "between 2015 and 2017", "since 2016", "from
 * Thursday") or a duration from a known day ("a four-day visit from Tuesday"), then applies the
 * tense's rules: nothing done lies or ends after its report (a period holding the report's day is cut
 * there), something under way has begun by it, and only a plan may be dated "next month".
 */
final class DatePhrases {

    private static final Pattern LEADING_WORDS = Pattern.compile(
            "^(?:on|at|during|sometime in|some time in|the|in(?! (?!recent|coming)[a-z0-9]+ (?:days?|weeks?)(?:'s?)?(?: time)?$)) ");
    private static final Pattern ORDINAL_DAY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)\\b(?! (?:quarter|half))");
    private static final Pattern SINCE = Pattern.compile("since (.+)");
    private static final Pattern FROM = Pattern.compile("(?:from|starting|starting from|beginning) (.+)");
    private static final Pattern BETWEEN = Pattern.compile("between (.+)");
    private static final Pattern MONTH_DAYS = Pattern.compile("([a-z]+) (\\d{1,2})(-| to | through | until | till )(\\d{1,2})(?: (\\d{4}))?");
    private static final Pattern YEAR_TO_YY = Pattern.compile("(\\d{2})(\\d{2})-(\\d{2})");
    private static final Pattern DAY_NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2}) ([a-z]+)");
    private static final Pattern MONTH_DAY = Pattern.compile("([a-z]+) (\\d{1,2})");
    private static final Pattern DURATION = Pattern.compile("(?:(?:an?|the|its|his|her|their) (?:([a-z0-9]+)-)?(day|week|fortnight|month|year)"
            + "(?:-long)?((?: [a-z]+)*?)|for ([a-z0-9]+) (day|week|month|year)s?) (?:(?:from|starting|beginning|(?:that|which) "
            + "(?:began|begins|started|starts|opened|opens))(?: on| from)?|on) (.+)");
    private static final Pattern DURATION_WITHOUT_START = Pattern.compile("(?:an?|the) (?:[a-z0-9]+-)?(?:day|week|fortnight|month|year)"
            + "(?:-long)?(?: [a-z]+)*|for [a-z0-9]+ (?:day|week|month|year)s?");
    private static final List<String> SEPARATORS = List.of(" to ", " until ", " till ", " through ", " and ", "-", "/");

    private final String text;
    private final LocalDate reportedOn;
    private final Tense tense;
    private final DatePoints points;

    private DatePhrases(String text, LocalDate reportedOn, Tense tense) {
        this.text = text;
        this.reportedOn = reportedOn;
        this.tense = tense;
        this.points = new DatePoints(reportedOn, tense);
    }

    /** A span's two sides: the end is null while the span is open ("since 2016"). */
    private record Span(Period start, Period end, String reading) {
    }

    static PartialDate resolve(String text, LocalDate reportedOn, Tense tense) {
        DatePhrases phrases = new DatePhrases(text, reportedOn, tense);
        String phrase = normalise(text);
        try {
            Period period = phrases.yearRange(phrase) ? null : phrases.points.parse(phrase);
            if (period != null) {
                return phrases.single(period);
            }
            Span span = phrases.duration(phrase);
            if (span == null) {
                span = phrases.span(phrase);
            }
            if (span != null) {
                return phrases.spanning(span);
            }
        } catch (DateTimeException e) {
            throw new DateRefused(Reason.DOES_NOT_EXIST, "'" + text + "' is not a date that exists");
        }
        if (DURATION_WITHOUT_START.matcher(phrase).matches()) {
            throw new DateRefused(Reason.NEEDS_START, "'" + text + "' gives how long it lasted but not the day it began; "
                    + "add it, e.g. \"a four-day visit from Tuesday\" or \"a week-long exercise starting 4 March\"");
        }
        throw new DateRefused(Reason.NOT_UNDERSTOOD, "'" + text + "' is not a date Ties understands; use one of these "
                + "forms: " + String.join("; ", DateRefused.ACCEPTED_FORMS));
    }

    /** What {@link #normalise} replaces, in order, and with what; compiled once, since every date of every command passes here. */
    private static final Pattern[] NORMALISING = {Pattern.compile("[\u2010-\u2015\u2212]"), Pattern.compile("[,;]"),
            Pattern.compile("\\.(?=\\s|$)"), Pattern.compile("(\\d)'s\\b"), Pattern.compile("\\s*-\\s*"),
            Pattern.compile("\\bmid-"), Pattern.compile("\\s+")};
    private static final String[] NORMALISED = {"-", " ", " ", "$1s", "-", "mid ", " "};

    /** Lower case, one kind of dash, no commas or abbreviation dots, no ordinal suffixes, no leading "on", "in", "the". */
    static String normalise(String text) {
        String phrase = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (int i = 0; i < NORMALISING.length; i++) {
            phrase = NORMALISING[i].matcher(phrase).replaceAll(NORMALISED[i]);
        }
        phrase = phrase.strip();
        phrase = ORDINAL_DAY.matcher(phrase).replaceAll("$1");
        String before;
        do {
            before = phrase;
            phrase = LEADING_WORDS.matcher(phrase).replaceFirst("");
        } while (!phrase.equals(before));
        return phrase;
    }

    // ---- spans and durations

    /** "2015-17" is two years, "2015-12" December 2015: a two-digit end is a year only where it cannot be a month. */
    private boolean yearRange(String phrase) {
        Matcher m = YEAR_TO_YY.matcher(phrase);
        return m.matches() && Integer.parseInt(m.group(3)) > 12 && Integer.parseInt(m.group(3)) > Integer.parseInt(m.group(2));
    }

    private Span span(String phrase) {
        Matcher m;
        if ((m = SINCE.matcher(phrase)).matches()) {
            Period start = points.parse(m.group(1));
            return start == null ? null : new Span(start, null, null);
        }
        if ((m = BETWEEN.matcher(phrase)).matches()) {
            Span span = twoSided(m.group(1), " and ");
            return span == null ? null : new Span(span.start(), span.end(), join(span.reading(), "\"" + text
                    + "\" read as a span lasting from the first to the second, not one day somewhere between them"));
        }
        if ((m = FROM.matcher(phrase)).matches()) {
            Span span = twoSided(m.group(1), null);
            if (span != null) {
                return span;
            }
            Period start = points.parse(m.group(1));
            return start == null ? null : new Span(start, null, start.reading());
        }
        return twoSided(phrase, null);
    }

    /** "6-10 March 2019", "March 6-10, 2019", "July to September 2018", "2015-17", "Monday to Wednesday". */
    private Span twoSided(String phrase, String onlySeparator) {
        Matcher m;
        if ((m = MONTH_DAYS.matcher(phrase)).matches() && DateWords.month(m.group(1)) != null) {
            return sides(m.group(2), m.group(4) + " " + m.group(1) + (m.group(5) == null ? "" : " " + m.group(5)));
        }
        if ((m = YEAR_TO_YY.matcher(phrase)).matches() && yearRange(phrase)) {
            return sides(m.group(1) + m.group(2), m.group(1) + m.group(3));
        }
        for (String separator : onlySeparator == null ? SEPARATORS : List.of(onlySeparator)) {
            for (int at = phrase.indexOf(separator); at > 0; at = phrase.indexOf(separator, at + 1)) {
                Span span = sides(phrase.substring(0, at).strip(), phrase.substring(at + separator.length()).strip());
                if (span != null) {
                    return span;
                }
            }
        }
        return null;
    }

    private Span sides(String left, String right) {
        Period end = points.parse(right);
        if (end == null) {
            return null;
        }
        Period start = startWithin(left, end);
        if (start == null) {
            return null;
        }
        DayOfWeek endDay = DateWords.weekday(right);
        if (endDay != null && end.earliest().isBefore(start.earliest())) {
            // "Monday to Wednesday": the Wednesday after that Monday, whichever way the tense points.
            LocalDate day = start.earliest().plusDays((endDay.getValue() - start.earliest().getDayOfWeek().getValue() + 7) % 7);
            end = Period.day(day);
        }
        if (end.latest() != null && end.latest().isBefore(start.earliest())) {
            throw new DateRefused(Reason.DOES_NOT_EXIST, "'" + text + "' ends before it begins");
        }
        return new Span(start, end, join(start.reading(), end.reading()));
    }

    /** The left side of a span takes what it leaves out from the right: "6" in "6-10 March 2019", "July" in "July to September 2018". */
    private Period startWithin(String left, Period end) {
        Matcher m;
        LocalDate last = end.earliest();
        if (DAY_NUMBER.matcher(left).matches()) {
            return end.precision() == Precision.DAY ? Period.day(last.withDayOfMonth(Integer.parseInt(left))) : null;
        }
        Month month = null;
        Integer day = null;
        if ((m = DAY_MONTH.matcher(left)).matches() && DateWords.month(m.group(2)) != null) {
            month = DateWords.month(m.group(2));
            day = Integer.parseInt(m.group(1));
        } else if ((m = MONTH_DAY.matcher(left)).matches() && DateWords.month(m.group(1)) != null) {
            month = DateWords.month(m.group(1));
            day = Integer.parseInt(m.group(2));
        } else if (DateWords.month(left) != null && left.matches("[a-z]+")) {
            month = DateWords.month(left);
        }
        if (month == null) {
            return points.parse(left);
        }
        int year = last.getYear() - (month.getValue() > last.getMonthValue() ? 1 : 0);
        return day == null ? DatePoints.month(java.time.YearMonth.of(year, month)) : Period.day(LocalDate.of(year, month, day));
    }

    private Span duration(String phrase) {
        Matcher m = DURATION.matcher(phrase);
        if (!m.matches()) {
            return null;
        }
        String amount = m.group(2) != null ? m.group(1) : m.group(4);
        String unit = m.group(2) != null ? m.group(2) : m.group(5);
        Integer count = amount == null ? Integer.valueOf(1) : DateWords.count(amount);
        Period start = points.parse(m.group(6));
        if (count == null || start == null) {
            return null;
        }
        if (start.precision() != Precision.DAY || !start.earliest().equals(start.latest())) {
            throw new DateRefused(Reason.NEEDS_START, "'" + text + "' needs the day it began, not a longer period; e.g. "
                    + "\"a four-day visit from Tuesday\" or \"a week-long exercise starting 4 March\"");
        }
        LocalDate first = start.earliest();
        LocalDate after = switch (unit) {
            case "day" -> first.plusDays(count);
            case "week" -> first.plusWeeks(count);
            case "fortnight" -> first.plusWeeks(2L * count);
            case "month" -> first.plusMonths(count);
            default -> first.plusYears(count);
        };
        LocalDate last = after.minusDays(1);
        return new Span(start, Period.day(last), start.reading());
    }

    // ---- the tense's rules

    private PartialDate single(Period period) {
        refuseWhatTheTenseForbids(period, null);
        Period kept = tense == Tense.DONE ? period.endingBy(reportedOn) : period;
        return new PartialDate(text, kept.precision(), kept.earliest(), kept.latest(), null, null, kept.edtf(), kept.reading());
    }

    private PartialDate spanning(Span span) {
        refuseWhatTheTenseForbids(span.start(), span.end());
        // Something done had begun by its report too: "since May" in a report of 1 May began that day.
        Period start = tense == Tense.DONE ? span.start().endingBy(reportedOn) : span.start();
        Period end = span.end() == null ? null : tense == Tense.DONE ? span.end().endingBy(reportedOn) : span.end();
        Precision precision = end == null ? Precision.OPEN
                : Stream.of(start.precision(), end.precision()).max(Enum::compareTo).orElseThrow();
        LocalDate latest = end != null ? end.latest() : tense == Tense.DONE ? reportedOn : null;
        String edtf = boundForm(start, true) + "/" + (end == null ? ".." : boundForm(end, false));
        String reading = span.reading();
        if (end == null && tense == Tense.DONE) {
            reading = join(reading, "open span: known to have lasted until the report at least");
        }
        return new PartialDate(text, precision, start.earliest(), latest, start.bound(), end == null ? null : end.bound(),
                edtf, reading);
    }

    private void refuseWhatTheTenseForbids(Period start, Period end) {
        if (tense == Tense.PLANNED) {
            return;
        }
        if (start.futureOnly() || (tense == Tense.DONE && end != null && end.futureOnly())) {
            throw new DateRefused(Reason.ONLY_FOR_PLANS, "'" + text + "' lies ahead of its report: only a plan (a scheduled or "
                    + "announced event, a target date) can be dated so, not something reported as " + described());
        }
        if (start.earliest().isAfter(reportedOn)) {
            throw new DateRefused(Reason.AFTER_REPORT, "'" + text + "' is after the report date " + reportedOn + ": something "
                    + "reported as " + described() + " must have " + (tense == Tense.DONE ? "happened" : "begun")
                    + " by its report; record a plan with its planned date instead");
        }
        if (tense == Tense.DONE && end != null && end.earliest().isAfter(reportedOn)) {
            throw new DateRefused(Reason.ENDS_AFTER_REPORT, "'" + text + "' ends after the report date " + reportedOn
                    + " (on " + end.earliest() + "): something reported as done cannot end after its report; record it as "
                    + "under way or planned");
        }
    }

    private String described() {
        return tense == Tense.DONE ? "done" : "under way";
    }

    /** One end of an EDTF interval: a bound that is itself a short interval ("late March") is named by its outer day. */
    private static String boundForm(Period bound, boolean start) {
        if (!bound.edtf().contains("/") && !bound.edtf().contains("[")) {
            return bound.edtf();
        }
        LocalDate day = start ? bound.earliest() : bound.latest();
        return Edtf.day(day) + (bound.precision() == Precision.APPROXIMATE ? "~" : "");
    }

    private static String join(String... notes) {
        String joined = Stream.of(notes).filter(Objects::nonNull).distinct().collect(Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }

    /** Days a resolved interval spans, for the tests' properties and the views' placement. */
    static long days(LocalDate earliest, LocalDate latest) {
        return ChronoUnit.DAYS.between(earliest, latest) + 1;
    }
}
