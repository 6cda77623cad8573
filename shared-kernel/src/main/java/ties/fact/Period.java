package ties.fact;

import ties.fact.PartialDate.Bound;
import ties.fact.PartialDate.Precision;

import java.time.LocalDate;

/**
 * One period a phrase (or one side of a span) names, before the tense's rules apply: its interval,
 * precision and EDTF form, whether only a plan can carry it, and the reading taken where the phrase
 * allowed more than one.
 */
record Period(Precision precision, LocalDate earliest, LocalDate latest, String edtf, boolean futureOnly, String reading) {

    static Period of(Precision precision, LocalDate earliest, LocalDate latest) {
        return new Period(precision, earliest, latest, Edtf.of(precision, earliest, latest), false, null);
    }

    static Period day(LocalDate day) {
        return of(Precision.DAY, day, day);
    }

    static Period approximate(LocalDate earliest, LocalDate latest) {
        return of(Precision.APPROXIMATE, earliest, latest);
    }

    Period plansOnly() {
        return new Period(precision, earliest, latest, edtf, true, reading);
    }

    Period read(String note) {
        return new Period(precision, earliest, latest, edtf, futureOnly, note);
    }

    Period withEdtf(String form) {
        return new Period(precision, earliest, latest, form, futureOnly, reading);
    }

    /** The same period known only up to a day: what something done can be, cut at its report. */
    Period endingBy(LocalDate day) {
        return latest == null || latest.isAfter(day) ? new Period(precision, earliest, day, edtf, futureOnly, reading) : this;
    }

    Bound bound() {
        return new Bound(precision, earliest, latest);
    }
}
