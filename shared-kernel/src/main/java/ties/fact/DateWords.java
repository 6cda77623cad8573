package ties.fact;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

/** The words of dates in English news copy: months, weekdays, seasons, counts and ordinals. */
final class DateWords {

    /** A season and the month it begins (meteorological, northern hemisphere; winter runs into the next year). */
    enum Season {
        SPRING(Month.MARCH), SUMMER(Month.JUNE), AUTUMN(Month.SEPTEMBER), WINTER(Month.DECEMBER);

        final Month first;

        Season(Month first) {
            this.first = first;
        }
    }

    private static final Map<String, Integer> COUNTS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30));

    private static final Map<String, Integer> ORDINALS = Map.of(
            "first", 1, "1st", 1, "second", 2, "2nd", 2, "third", 3, "3rd", 3, "fourth", 4, "4th", 4);

    private DateWords() {
    }

    /** "March", "mar", "sept": a month's full name or an abbreviation of at least three letters. */
    static Month month(String word) {
        if (word == null || word.length() < 3) {
            return null;
        }
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.startsWith(word)) {
                return month;
            }
        }
        return null;
    }

    /** "Tuesday", and the abbreviations agencies use in datelines and tables ("Tue", "Tues", "Thurs"). */
    static DayOfWeek weekday(String word) {
        if (word == null || word.length() < 3) {
            return null;
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            String full = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(word) || (word.length() <= 5 && full.startsWith(word))) {
                return day;
            }
        }
        return null;
    }

    static Season season(String word) {
        return switch (word) {
            case "spring" -> Season.SPRING;
            case "summer" -> Season.SUMMER;
            case "autumn", "fall" -> Season.AUTUMN;
            case "winter" -> Season.WINTER;
            default -> null;
        };
    }

    /** "four", "4", "a": how many; null if the word is no count. */
    static Integer count(String word) {
        if (word == null) {
            return null;
        }
        if (word.matches("\\d{1,3}")) {
            return Integer.parseInt(word);
        }
        return COUNTS.get(word);
    }

    /** "third", "3rd": which one; null if the word is no ordinal of a quarter or half. */
    static Integer ordinal(String word) {
        return ORDINALS.get(word);
    }

    static String name(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
