package ties.fact;

import java.util.List;

/**
 * A date phrase Ties will not store, with the reason as a stable code: the API and the scenario
 * import answer it as invalid input naming the field, and the corpus of phrases checks the reason.
 */
public class DateRefused extends IllegalArgumentException {

    /** Why a phrase was refused. */
    public enum Reason {
        /** Not a form Ties understands; the message lists the accepted forms. */
        NOT_UNDERSTOOD,
        /** A day, month or span that does not exist ("2018-02-30", "10-6 March"). */
        DOES_NOT_EXIST,
        /** Something done that begins after its report, or something under way that had not begun by it. */
        AFTER_REPORT,
        /** Something done whose end lies after its report ("6-20 March" in a report of 13 March). */
        ENDS_AFTER_REPORT,
        /** A phrase that only a plan can carry ("next month", "in the near future", "by 2030"). */
        ONLY_FOR_PLANS,
        /** A duration without the day it started ("a four-day visit"). */
        NEEDS_START
    }

    /** The forms Ties understands, as examples an editor can copy; refusals and the API description name them. */
    public static final List<String> ACCEPTED_FORMS = List.of(
            "days: \"2019-03-06\", \"6 March 2019\", \"March 6, 2019\", \"6 March\", \"today\", \"yesterday\", "
                    + "\"Tuesday\", \"on Monday\", \"last Friday\", \"three days ago\"",
            "weeks: \"this week\", \"last week\", \"earlier this week\", \"over the weekend\"",
            "months: \"March 2019\", \"2019-03\", \"in June\", \"November last year\", \"June this year\", "
                    + "\"last month\", \"earlier this month\", \"late March\", \"mid-March 2019\"",
            "parts of years: \"Q3 2017\", \"the third quarter of 2017\", \"the first half of 2017\", "
                    + "\"summer 2018\", \"last summer\", \"early 2020\", \"mid-2017\", \"the end of 2017\"",
            "years and decades: \"2018\", \"last year\", \"earlier this year\", \"two years ago\", \"circa 2019\", "
                    + "\"the 1990s\", \"the early 1990s\", \"recently\", \"in recent years\"",
            "spans: \"6-10 March 2019\", \"6 to 10 March\", \"March 6-10, 2019\", \"30 September-4 October 2018\", "
                    + "\"from July to September 2018\", \"between 2015 and 2017\", \"since 2016\", \"from Thursday\"",
            "durations: \"a four-day visit from Tuesday\", \"a week-long exercise starting 4 March\"",
            "plans only: \"tomorrow\", \"next week\", \"next month\", \"later this year\", \"next year\", "
                    + "\"in the coming months\", \"in the near future\", \"soon\", \"by 2030\", \"by the end of the year\"");

    private final Reason reason;

    public DateRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
