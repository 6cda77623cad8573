package ties.fact;

import ties.fact.PartialDate.Precision;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;

/**
 * ISO 8601-2 / EDTF (Library of Congress Extended Date/Time Format) forms of resolved dates: what
 * archives and researchers' tools read. Sub-year groupings use EDTF level 2 codes: seasons 21-24
 * (spring, summer, autumn, winter), quarters 33-36, halves 40-41; a decade is "199X"; "~" marks an
 * approximate bound; ".." an open end.
 */
final class Edtf {

    private Edtf() {
    }

    /** The form a precision gives an interval; approximate intervals name their ends, approximately. */
    static String of(Precision precision, LocalDate earliest, LocalDate latest) {
        return switch (precision) {
            case DAY -> earliest.equals(latest) ? day(earliest) : day(earliest) + "/" + day(latest);
            case WEEK -> day(earliest) + "/" + day(latest);
            case MONTH -> month(earliest);
            case QUARTER -> year(earliest) + "-" + (33 + (earliest.getMonthValue() - 1) / 3);
            case SEASON -> season(earliest);
            case HALF_YEAR -> year(earliest) + "-" + (earliest.getMonthValue() <= 6 ? 40 : 41);
            case YEAR -> year(earliest);
            case DECADE -> year(earliest).substring(0, 3) + "X";
            case APPROXIMATE -> approximate(earliest, latest);
            case OPEN -> day(earliest) + "/" + (latest == null ? ".." : day(latest));
        };
    }

    /** "2019~": about a year, as "circa 2019" says it. */
    static String aboutYear(int year) {
        return Numerals.zeroPadded(year, 4) + "~";
    }

    /** "[2019-03-13..2030]": one day, not known which, between two bounds ("by 2030"). */
    static String oneOf(LocalDate from, String until) {
        return "[" + day(from) + ".." + until + "]";
    }

    static String year(LocalDate day) {
        return Numerals.zeroPadded(day.getYear(), 4);
    }

    static String month(LocalDate day) {
        return Numerals.zeroPadded(day.getYear(), 4) + "-" + Numerals.zeroPadded(day.getMonthValue(), 2);
    }

    static String day(LocalDate day) {
        return month(day) + "-" + Numerals.zeroPadded(day.getDayOfMonth(), 2);
    }

    private static String season(LocalDate first) {
        int code = switch (first.getMonth()) {
            case MARCH, APRIL, MAY -> 21;
            case JUNE, JULY, AUGUST -> 22;
            case SEPTEMBER, OCTOBER, NOVEMBER -> 23;
            default -> 24;
        };
        // Winter runs from December into the next year: EDTF names it by the December's year.
        int year = first.getMonth() == Month.JANUARY || first.getMonth() == Month.FEBRUARY ? first.getYear() - 1 : first.getYear();
        return Numerals.zeroPadded(year, 4) + "-" + code;
    }

    /** Whole years or whole months where the interval is made of them, days otherwise. */
    private static String approximate(LocalDate earliest, LocalDate latest) {
        if (latest == null) {
            return day(earliest) + "~/..";
        }
        boolean wholeMonths = earliest.getDayOfMonth() == 1 && latest.equals(latest.withDayOfMonth(latest.lengthOfMonth()));
        if (wholeMonths && earliest.getMonthValue() == 1 && latest.getMonthValue() == 12) {
            return earliest.getYear() == latest.getYear() ? year(earliest) + "~" : year(earliest) + "~/" + year(latest) + "~";
        }
        if (wholeMonths) {
            return ChronoUnit.MONTHS.between(earliest, latest) == 0
                    ? month(earliest) + "~" : month(earliest) + "~/" + month(latest) + "~";
        }
        return day(earliest) + "~/" + day(latest) + "~";
    }
}
