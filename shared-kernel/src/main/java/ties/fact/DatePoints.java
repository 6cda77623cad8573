package ties.fact;

import ties.fact.DateWords.Season;
import ties.fact.PartialDate.Precision;
import ties.fact.PartialDate.Tense;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Single periods as news copy names them ("6 March 2019", "Tuesday", "last week", "November last
 * year", "Q3 2017", "mid-2017", "the 1990s", "next month"), resolved against the report's day. A
 * phrase that recurs every week, month or year ("Tuesday", "in June", "6 March", "last summer") takes
 * the latest occurrence not after the report for something done or under way, and the first not
 * before it for a plan. Phrases arrive normalised by {@link DatePhrases}.
 */
final class DatePoints {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) " + MONTH + " (\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + " (\\d{1,2}) (\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + " (?:of )?(\\d{4})");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2}) " + MONTH);
    private static final Pattern MONTH_DAY = Pattern.compile(MONTH + " (\\d{1,2})");
    private static final Pattern MONTH_ALONE = Pattern.compile(MONTH);
    private static final Pattern MONTH_RELATIVE_YEAR = Pattern.compile(MONTH + " (this|last|next) year");
    private static final Pattern RELATIVE_MONTH = Pattern.compile("(this|last|next) " + MONTH);
    private static final Pattern PART_OF_YEAR = Pattern.compile("(early|mid|late) (\\d{4})");
    private static final Pattern PART_OF_MONTH = Pattern.compile("(early|mid|late) " + MONTH + "(?: (\\d{4}))?");
    private static final Pattern EDGE_OF_YEAR = Pattern.compile("(beginning|start|middle|end) of (\\d{4})");
    private static final Pattern EDGE_OF_MONTH = Pattern.compile("(beginning|start|middle|end) of " + MONTH + "(?: (\\d{4}))?");
    private static final Pattern PART_OF_RELATIVE = Pattern.compile("(early|mid|late|earlier|later|beginning of|start of|middle of|end of) "
            + "(?:(this|last|next) (year|month|week)|the (year|month|week))");
    private static final String WHICH_YEAR = "(?: (?:of )?(\\d{4}|(?:this|last|next) year|the year))?";
    private static final Pattern QUARTER = Pattern.compile("(?:q([1-4])|([1-4])q|(first|second|third|fourth|1st|2nd|3rd|4th|last|final) quarter)"
            + WHICH_YEAR);
    private static final Pattern HALF = Pattern.compile("(?:h([12])|(first|second|1st|2nd|latter) half)" + WHICH_YEAR);
    private static final Pattern PART_OF_SEASON = Pattern.compile("(earlier|later) this (spring|summer|autumn|fall|winter)");
    private static final Pattern SEASON_YEAR = Pattern.compile("(spring|summer|autumn|fall|winter)(?: of)? (\\d{4})");
    private static final Pattern SEASON = Pattern.compile("(?:(this|last|next) )?(spring|summer|autumn|fall|winter)");
    private static final Pattern DECADE = Pattern.compile("(?:(early|mid|late) )?(\\d{3})0s");
    private static final Pattern CIRCA_YEAR = Pattern.compile("(?:circa|around|about|c|ca|~) ?(\\d{4})");
    private static final Pattern WEEKDAY = Pattern.compile("(?:(last|this past|past|this|next|this coming|coming) )?([a-z]+)"
            + "(?: (?:morning|afternoon|evening|night))?");
    private static final Pattern AGO = Pattern.compile("(a few|several|[a-z0-9]+) (day|week|month|year)s? ago");
    private static final Pattern PAST_UNITS = Pattern.compile("(?:the |over the )?(?:past|last) ([a-z0-9]+|few) (day|week|month|year)s");
    private static final Pattern RECENT = Pattern.compile("recent (day|week|month|year)s");
    private static final Pattern COMING = Pattern.compile("(?:the )?(?:coming|next few) (day|week|month|year)s");
    private static final Pattern IN_UNITS = Pattern.compile("in ([a-z0-9]+) (day|week)s?(?:'|'s)?(?: time)?");
    private static final Pattern BY = Pattern.compile("by (.+)");

    private final LocalDate reportedOn;
    private final Tense tense;

    DatePoints(LocalDate reportedOn, Tense tense) {
        this.reportedOn = reportedOn;
        this.tense = tense;
    }

    /** The period a phrase names, or null if it is no single period Ties knows. */
    Period parse(String phrase) {
        Period period = absolute(phrase);
        if (period == null) {
            period = relativeToReport(phrase);
        }
        return period;
    }

    /** A phrase whose period does not depend on the report ("6 March 2019", "Q3 2017", "the 1990s"). */
    private Period absolute(String phrase) {
        Matcher m;
        if ((m = ISO_DAY.matcher(phrase)).matches()) {
            return Period.day(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
        }
        if ((m = ISO_MONTH.matcher(phrase)).matches()) {
            return month(YearMonth.of(num(m, 1), num(m, 2)));
        }
        if ((m = YEAR.matcher(phrase)).matches()) {
            return year(num(m, 1));
        }
        if ((m = DAY_MONTH_YEAR.matcher(phrase)).matches()) {
            return Period.day(LocalDate.of(num(m, 3), DateWords.month(m.group(2)), num(m, 1)));
        }
        if ((m = MONTH_DAY_YEAR.matcher(phrase)).matches()) {
            return Period.day(LocalDate.of(num(m, 3), DateWords.month(m.group(1)), num(m, 2)));
        }
        if ((m = MONTH_YEAR.matcher(phrase)).matches()) {
            return month(YearMonth.of(num(m, 2), DateWords.month(m.group(1))));
        }
        if ((m = PART_OF_YEAR.matcher(phrase)).matches()) {
            return partOfYear(m.group(1), num(m, 2));
        }
        if ((m = EDGE_OF_YEAR.matcher(phrase)).matches()) {
            return edgeOfYear(m.group(1), num(m, 2));
        }
        if ((m = SEASON_YEAR.matcher(phrase)).matches()) {
            return season(DateWords.season(m.group(1)), num(m, 2))
                    .read(m.group(1).equals("winter") ? "winter " + m.group(2) + " read as December " + m.group(2)
                            + " to February " + (num(m, 2) + 1) + " (meteorological seasons of the northern hemisphere)" : null);
        }
        if ((m = DECADE.matcher(phrase)).matches()) {
            return decade(m.group(1), num(m, 2) * 10);
        }
        if ((m = CIRCA_YEAR.matcher(phrase)).matches()) {
            int year = num(m, 1);
            return Period.approximate(LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, 12, 31)).withEdtf(Edtf.aboutYear(year));
        }
        return null;
    }

    /** A phrase that names its period by the report's day ("Tuesday", "last month", "in June", "next year"). */
    private Period relativeToReport(String phrase) {
        Matcher m;
        Period fixed = fixedPhrase(phrase);
        if (fixed != null) {
            return fixed;
        }
        if ((m = DAY_MONTH.matcher(phrase)).matches()) {
            return recurringDay(DateWords.month(m.group(2)), num(m, 1));
        }
        if ((m = MONTH_DAY.matcher(phrase)).matches()) {
            return recurringDay(DateWords.month(m.group(1)), num(m, 2));
        }
        if ((m = MONTH_ALONE.matcher(phrase)).matches()) {
            return recurringMonth(DateWords.month(m.group(1)));
        }
        if ((m = MONTH_RELATIVE_YEAR.matcher(phrase)).matches()) {
            int year = reportedOn.getYear() + shift(m.group(2));
            Period month = month(YearMonth.of(year, DateWords.month(m.group(1))));
            return m.group(2).equals("next") ? month.plansOnly() : month;
        }
        if ((m = RELATIVE_MONTH.matcher(phrase)).matches()) {
            return relativeMonth(m.group(1), DateWords.month(m.group(2)));
        }
        if ((m = PART_OF_MONTH.matcher(phrase)).matches()) {
            YearMonth month = monthOf(DateWords.month(m.group(2)), m.group(3));
            return partOfMonth(m.group(1), month);
        }
        if ((m = EDGE_OF_MONTH.matcher(phrase)).matches()) {
            YearMonth month = monthOf(DateWords.month(m.group(2)), m.group(3));
            return edgeOfMonth(m.group(1), month);
        }
        if ((m = PART_OF_RELATIVE.matcher(phrase)).matches()) {
            String which = m.group(2) == null ? "this" : m.group(2);
            Period part = partOfRelative(m.group(1), which, m.group(3) == null ? m.group(4) : m.group(3));
            return which.equals("next") ? part.plansOnly() : part;
        }
        if ((m = QUARTER.matcher(phrase)).matches()) {
            int quarter = m.group(1) != null ? num(m, 1) : m.group(2) != null ? num(m, 2)
                    : m.group(3).equals("last") || m.group(3).equals("final") ? 4 : DateWords.ordinal(m.group(3));
            return partOfYear(Precision.QUARTER, quarter * 3 - 2, 3, m.group(4));
        }
        if ((m = HALF.matcher(phrase)).matches()) {
            int half = m.group(1) != null ? num(m, 1) : m.group(2).equals("latter") ? 2 : DateWords.ordinal(m.group(2));
            return partOfYear(Precision.HALF_YEAR, half * 6 - 5, 6, m.group(3));
        }
        if ((m = PART_OF_SEASON.matcher(phrase)).matches()) {
            Period season = relativeSeason("this", DateWords.season(m.group(2)));
            return m.group(1).equals("earlier")
                    ? Period.approximate(season.earliest(), max(season.earliest(), reportedOn.minusDays(1)))
                    : Period.approximate(reportedOn.plusDays(1), max(reportedOn.plusDays(1), season.latest())).plansOnly();
        }
        if ((m = SEASON.matcher(phrase)).matches()) {
            return relativeSeason(m.group(1), DateWords.season(m.group(2)));
        }
        if ((m = AGO.matcher(phrase)).matches()) {
            return ago(m.group(1), m.group(2));
        }
        if ((m = PAST_UNITS.matcher(phrase)).matches()) {
            Integer count = m.group(1).equals("few") ? Integer.valueOf(3) : DateWords.count(m.group(1));
            return count == null ? null : Period.approximate(minus(count, m.group(2)), reportedOn);
        }
        if ((m = RECENT.matcher(phrase)).matches()) {
            return recent(m.group(1));
        }
        if ((m = COMING.matcher(phrase)).matches()) {
            return coming(m.group(1));
        }
        if ((m = BY.matcher(phrase)).matches()) {
            return by(m.group(1));
        }
        if ((m = IN_UNITS.matcher(phrase)).matches() && DateWords.count(m.group(1)) != null) {
            int count = DateWords.count(m.group(1));
            LocalDate day = m.group(2).equals("day") ? reportedOn.plusDays(count) : reportedOn.plusWeeks(count);
            return (m.group(2).equals("day") ? Period.day(day) : Period.approximate(day.minusDays(3), day.plusDays(3))).plansOnly();
        }
        if ((m = WEEKDAY.matcher(phrase)).matches() && DateWords.weekday(m.group(2)) != null) {
            return weekday(m.group(1), DateWords.weekday(m.group(2)));
        }
        return null;
    }

    private Period fixedPhrase(String phrase) {
        LocalDate monday = reportedOn.with(DayOfWeek.MONDAY);
        YearMonth month = YearMonth.from(reportedOn);
        int year = reportedOn.getYear();
        return switch (phrase) {
            case "today", "earlier today", "tonight", "this morning", "this afternoon", "this evening" -> Period.day(reportedOn);
            case "yesterday", "last night" -> Period.day(reportedOn.minusDays(1));
            case "the day before yesterday" -> Period.day(reportedOn.minusDays(2));
            case "tomorrow" -> Period.day(reportedOn.plusDays(1)).plansOnly();
            case "the day after tomorrow" -> Period.day(reportedOn.plusDays(2)).plansOnly();
            case "this week" -> week(monday);
            case "last week" -> week(monday.minusWeeks(1));
            case "next week" -> week(monday.plusWeeks(1)).plansOnly();
            case "this weekend", "the weekend", "weekend", "over the weekend", "at the weekend" -> weekend(null);
            case "this past weekend", "past weekend", "over the past weekend" -> weekend("past");
            case "last weekend" -> weekend("last");
            case "next weekend" -> weekend("next");
            case "past week", "the past week", "over the past week" -> Period.approximate(reportedOn.minusWeeks(1), reportedOn);
            case "this month" -> month(month);
            case "last month" -> month(month.minusMonths(1));
            case "next month" -> month(month.plusMonths(1)).plansOnly();
            case "past month", "the past month", "over the past month" -> Period.approximate(reportedOn.minusMonths(1), reportedOn);
            case "this year" -> year(year);
            case "last year" -> year(year - 1);
            case "next year" -> year(year + 1).plansOnly();
            case "the year before last", "the year before" -> year(year - 2);
            case "past year", "the past year", "over the past year" -> Period.approximate(reportedOn.minusYears(1), reportedOn);
            case "last decade", "the last decade", "the past decade", "over the past decade", "past decade" ->
                    Period.approximate(reportedOn.minusYears(10), reportedOn);
            case "recent", "recently", "lately" -> Period.approximate(reportedOn.minusMonths(3), reportedOn);
            case "near future", "soon", "shortly", "the near future" -> Period.of(Precision.OPEN, reportedOn, null).plansOnly()
                    .read("read as any day from the report on, with no end");
            case "near term", "the near term", "short term", "the short term" ->
                    Period.approximate(reportedOn, reportedOn.plusYears(1)).plansOnly()
                            .read("read as within a year of the report");
            default -> null;
        };
    }

    // ---- recurring periods: the latest not after the report for something done, the next for a plan

    private boolean forward() {
        return tense == Tense.PLANNED;
    }

    private Period recurringDay(Month month, int day) {
        int year = reportedOn.getYear();
        LocalDate candidate = LocalDate.of(year, month, day);
        if (!forward() && candidate.isAfter(reportedOn)) {
            candidate = LocalDate.of(year - 1, month, day);
        } else if (forward() && candidate.isBefore(reportedOn)) {
            candidate = LocalDate.of(year + 1, month, day);
        }
        return yearRead(Period.day(candidate), candidate.getYear(), day + " " + DateWords.name(month));
    }

    private Period recurringMonth(Month month) {
        YearMonth candidate = YearMonth.of(reportedOn.getYear(), month);
        YearMonth current = YearMonth.from(reportedOn);
        if (!forward() && candidate.isAfter(current)) {
            candidate = candidate.minusYears(1);
        } else if (forward() && candidate.isBefore(current)) {
            candidate = candidate.plusYears(1);
        }
        return yearRead(month(candidate), candidate.getYear(), DateWords.name(month));
    }

    private Period yearRead(Period period, int year, String named) {
        if (year == reportedOn.getYear()) {
            return period;
        }
        return period.read(named + " read as " + named + " " + year + ", the " + (forward()
                ? "first not before the report (a plan)" : "latest not after the report"));
    }

    private YearMonth monthOf(Month month, String year) {
        return year == null ? YearMonth.from(recurringMonth(month).earliest()) : YearMonth.of(Integer.parseInt(year), month);
    }

    private Period relativeMonth(String which, Month month) {
        YearMonth current = YearMonth.from(reportedOn);
        YearMonth candidate = YearMonth.of(reportedOn.getYear(), month);
        return switch (which) {
            case "last" -> month(candidate.isBefore(current) ? candidate : candidate.minusYears(1));
            case "next" -> month(candidate.isAfter(current) ? candidate : candidate.plusYears(1)).plansOnly();
            default -> month(candidate);
        };
    }

    private Period relativeSeason(String which, Season season) {
        // The season of the report's year that begins latest, then stepped to the one the phrase means.
        int year = reportedOn.getYear();
        Period candidate = season(season, year);
        if (season == Season.WINTER && reportedOn.getMonthValue() <= 2) {
            candidate = season(season, year - 1);
        }
        boolean started = !candidate.earliest().isAfter(reportedOn);
        boolean over = candidate.latest().isBefore(reportedOn);
        int back = candidate.earliest().getYear();
        Period chosen = switch (which == null ? "" : which) {
            case "last" -> season(season, over ? back : back - 1);
            case "next" -> season(season, started ? back + 1 : back).plansOnly();
            case "this" -> candidate;
            default -> forward() ? season(season, over ? back + 1 : back) : season(season, started ? back : back - 1);
        };
        return chosen.read(season.name().toLowerCase(Locale.ROOT) + " read as " + DateWords.name(chosen.earliest().getMonth())
                + " " + chosen.earliest().getYear() + " to " + DateWords.name(chosen.latest().getMonth()) + " "
                + chosen.latest().getYear() + " (meteorological seasons of the northern hemisphere)");
    }

    private Period weekday(String which, DayOfWeek day) {
        int back = (reportedOn.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        int ahead = (day.getValue() - reportedOn.getDayOfWeek().getValue() + 7) % 7;
        String name = DateWords.name(day);
        LocalDate chosen;
        String note;
        switch (which == null ? "" : which) {
            case "last", "this past", "past" -> {
                chosen = reportedOn.minusDays(back == 0 ? 7 : back);
                note = "the most recent " + name + " before the report";
            }
            case "next", "this coming", "coming" -> {
                chosen = reportedOn.plusDays(ahead == 0 ? 7 : ahead);
                note = "the first " + name + " after the report";
                return Period.day(chosen).plansOnly().read(readAs(which + " " + name, chosen, note));
            }
            case "this" -> {
                chosen = reportedOn.with(DayOfWeek.MONDAY).plusDays(day.getValue() - 1L);
                note = "the " + name + " of the report's week";
            }
            default -> {
                chosen = forward() ? reportedOn.plusDays(ahead) : reportedOn.minusDays(back);
                note = forward() ? "the coming " + name + " (a plan; something done would take the last one)"
                        : "the latest " + name + " on or before the report (a plan would take the coming one)";
                which = null;
            }
        }
        return Period.day(chosen).read(readAs((which == null ? "" : which + " ") + name, chosen, note));
    }

    private static String readAs(String phrase, LocalDate day, String why) {
        return "\"" + phrase + "\" read as " + DateWords.name(day.getDayOfWeek()) + " " + day + ", " + why;
    }

    // ---- parts of periods

    /**
     * A quarter or half: of a given year, of this, last or next year, or (no year said) the latest one
     * begun by the report for something done and the first not over for a plan.
     */
    private Period partOfYear(Precision precision, int firstMonth, int months, String whichYear) {
        int year;
        String note = null;
        if (whichYear == null || whichYear.equals("the year")) {
            YearMonth first = YearMonth.of(reportedOn.getYear(), firstMonth);
            boolean begun = !first.atDay(1).isAfter(reportedOn);
            boolean over = first.plusMonths(months - 1L).atEndOfMonth().isBefore(reportedOn);
            year = reportedOn.getYear() + (forward() ? (over ? 1 : 0) : (begun ? 0 : -1));
            if (whichYear == null) {
                note = "read as in " + year + ", the " + (forward() ? "first not over at the report (a plan)" : "latest begun by the report");
            }
        } else if (whichYear.matches("\\d{4}")) {
            year = Integer.parseInt(whichYear);
        } else {
            year = reportedOn.getYear() + shift(whichYear.substring(0, whichYear.indexOf(' ')));
        }
        YearMonth first = YearMonth.of(year, firstMonth);
        Period part = Period.of(precision, first.atDay(1), first.plusMonths(months - 1L).atEndOfMonth()).read(note);
        return "next year".equals(whichYear) ? part.plansOnly() : part;
    }

    private Period partOfYear(String part, int year) {
        int firstMonth = switch (part) {
            case "early" -> 1;
            case "mid" -> 5;
            default -> 9;
        };
        return Period.approximate(YearMonth.of(year, firstMonth).atDay(1), YearMonth.of(year, firstMonth + 3).atEndOfMonth());
    }

    private Period edgeOfYear(String edge, int year) {
        return switch (edge) {
            case "beginning", "start" -> Period.approximate(LocalDate.of(year, 1, 1), LocalDate.of(year, 2, 28).withDayOfMonth(
                    YearMonth.of(year, 2).lengthOfMonth()));
            case "middle" -> Period.approximate(LocalDate.of(year, 6, 1), LocalDate.of(year, 7, 31));
            default -> Period.approximate(LocalDate.of(year, 11, 1), LocalDate.of(year, 12, 31));
        };
    }

    private Period partOfMonth(String part, YearMonth month) {
        return switch (part) {
            case "early" -> Period.approximate(month.atDay(1), month.atDay(10));
            case "mid" -> Period.approximate(month.atDay(11), month.atDay(20));
            default -> Period.approximate(month.atDay(21), month.atEndOfMonth());
        };
    }

    private Period edgeOfMonth(String edge, YearMonth month) {
        return switch (edge) {
            case "beginning", "start" -> Period.approximate(month.atDay(1), month.atDay(7));
            case "middle" -> Period.approximate(month.atDay(11), month.atDay(20));
            default -> Period.approximate(month.atDay(month.lengthOfMonth() - 6), month.atEndOfMonth());
        };
    }

    /** "earlier this year", "late last month", "the end of next year", "later this week". */
    private Period partOfRelative(String part, String which, String unit) {
        int shift = shift(which);
        if (unit.equals("week")) {
            LocalDate monday = reportedOn.with(DayOfWeek.MONDAY).plusWeeks(shift);
            return switch (part) {
                case "earlier" -> Period.approximate(monday, max(monday, reportedOn.minusDays(1)));
                case "later" -> Period.approximate(reportedOn.plusDays(1), max(reportedOn.plusDays(1), monday.plusDays(6))).plansOnly();
                case "early", "beginning of", "start of" -> Period.approximate(monday, monday.plusDays(2));
                case "end of", "late" -> Period.approximate(monday.plusDays(4), monday.plusDays(6));
                default -> Period.approximate(monday.plusDays(2), monday.plusDays(4));
            };
        }
        if (unit.equals("month")) {
            YearMonth month = YearMonth.from(reportedOn).plusMonths(shift);
            return switch (part) {
                case "earlier" -> Period.approximate(month.atDay(1), max(month.atDay(1), reportedOn.minusDays(1)));
                case "later" -> Period.approximate(reportedOn.plusDays(1), max(reportedOn.plusDays(1), month.atEndOfMonth())).plansOnly();
                case "early", "late", "mid" -> partOfMonth(part, month);
                default -> edgeOfMonth(part.replace(" of", ""), month);
            };
        }
        int year = reportedOn.getYear() + shift;
        return switch (part) {
            case "earlier" -> Period.approximate(LocalDate.of(year, 1, 1), max(LocalDate.of(year, 1, 1), reportedOn.minusDays(1)));
            case "later" -> Period.approximate(reportedOn.plusDays(1), max(reportedOn.plusDays(1), LocalDate.of(year, 12, 31))).plansOnly();
            case "early", "late", "mid" -> partOfYear(part, year);
            default -> edgeOfYear(part.replace(" of", ""), year);
        };
    }

    private Period decade(String part, int first) {
        if (part == null) {
            return Period.of(Precision.DECADE, LocalDate.of(first, 1, 1), LocalDate.of(first + 9, 12, 31));
        }
        int from = switch (part) {
            case "early" -> first;
            case "mid" -> first + 3;
            default -> first + 7;
        };
        return Period.approximate(LocalDate.of(from, 1, 1), LocalDate.of(from + (part.equals("early") ? 3 : 2), 12, 31));
    }

    // ---- counted from the report

    private Period ago(String amount, String unit) {
        if (amount.equals("a few") || amount.equals("several")) {
            int most = amount.equals("a few") ? 4 : 7;
            return Period.approximate(minus(most, unit), minus(2, unit))
                    .read("\"" + amount + "\" read as 2 to " + most + " " + unit + "s");
        }
        Integer count = DateWords.count(amount);
        if (count == null) {
            return null;
        }
        LocalDate day = minus(count, unit);
        return switch (unit) {
            case "day" -> Period.day(day);
            case "week" -> Period.approximate(day.minusDays(3), min(day.plusDays(3), reportedOn));
            case "month" -> month(YearMonth.from(day));
            default -> year(day.getYear());
        };
    }

    /** "in recent weeks": the last stretch a reporter would call recent, counted back from the report. */
    private Period recent(String unit) {
        String stretch = stretch(unit);
        return Period.approximate(minus(stretchCount(unit), unit), reportedOn)
                .read("recent " + unit + "s read as the " + stretch + " up to the report");
    }

    /** "in the coming months": as long a stretch ahead of the report. */
    private Period coming(String unit) {
        LocalDate until = minus(-stretchCount(unit), unit);
        return Period.approximate(reportedOn, until).plansOnly()
                .read("coming " + unit + "s read as the " + stretch(unit) + " from the report");
    }

    private static String stretch(String unit) {
        return stretchCount(unit) + " " + unit + "s";
    }

    private static int stretchCount(String unit) {
        return switch (unit) {
            case "day" -> 7;
            case "week", "month" -> 6;
            default -> 5;
        };
    }

    /** "by 2030", "by March 2020", "by the end of the year": on some day from the report up to that limit. */
    private Period by(String limit) {
        String phrase = limit.startsWith("the ") ? limit.substring(4) : limit;
        if (phrase.equals("end of the year") || phrase.equals("year end") || phrase.equals("year-end")) {
            phrase = "end of this year";
        } else if (phrase.equals("end of the month") || phrase.equals("month end")) {
            phrase = "end of this month";
        }
        DatePoints planned = new DatePoints(reportedOn, Tense.PLANNED);
        Period until = planned.parse(phrase);
        if (until == null || until.latest() == null) {
            return null;
        }
        if (until.latest().isBefore(reportedOn)) {
            throw new DateRefused(DateRefused.Reason.DOES_NOT_EXIST, "'by " + limit + "' is a deadline that had passed by the "
                    + "report date " + reportedOn + "; date the plan by when it was to happen instead");
        }
        String edtfEnd = until.precision() == Precision.APPROXIMATE ? Edtf.day(until.latest()) : until.edtf();
        return Period.approximate(reportedOn, until.latest()).withEdtf(Edtf.oneOf(reportedOn, edtfEnd)).plansOnly()
                .read("read as some day from the report up to and including " + until.latest());
    }

    // ---- building blocks

    private Period week(LocalDate monday) {
        return Period.of(Precision.WEEK, monday, monday.plusDays(6));
    }

    /** "over the weekend": the latest Saturday and Sunday begun by the report, or for a plan the coming ones. */
    private Period weekend(String which) {
        boolean ahead = "next".equals(which) || (which == null && forward());
        LocalDate saturday = reportedOn.with(ahead ? TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)
                : TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        if ("last".equals(which) && !saturday.plusDays(1).isBefore(reportedOn)) {
            saturday = saturday.minusWeeks(1);
        }
        if ("next".equals(which) && !saturday.isAfter(reportedOn)) {
            saturday = saturday.plusWeeks(1);
        }
        Period weekend = Period.of(Precision.DAY, saturday, saturday.plusDays(1)).read("the weekend read as Saturday "
                + saturday + " and Sunday " + saturday.plusDays(1));
        return "next".equals(which) ? weekend.plansOnly() : weekend;
    }

    static Period month(YearMonth month) {
        return Period.of(Precision.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    static Period year(int year) {
        return Period.of(Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    static Period season(Season season, int year) {
        LocalDate first = LocalDate.of(year, season.first, 1);
        return Period.of(Precision.SEASON, first, first.plusMonths(3).minusDays(1));
    }

    private LocalDate minus(int count, String unit) {
        return switch (unit) {
            case "day" -> reportedOn.minusDays(count);
            case "week" -> reportedOn.minusWeeks(count);
            case "month" -> reportedOn.minusMonths(count);
            default -> reportedOn.minusYears(count);
        };
    }

    private static int shift(String which) {
        return switch (which) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
