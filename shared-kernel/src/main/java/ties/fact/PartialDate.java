package ties.fact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When something happened or is to happen, as the report words it: "2025-01-13", "July 2018",
 * "Tuesday", "last week", "mid-2017", "6-10 March 2019", "since 2016", "a four-day visit from
 * Tuesday", "next month". Keeps the original phrase next to what it resolved to:
 * <ul>
 *   <li>the interval [{@code earliest}, {@code latest}] within which the whole fact lies, at a
 *       {@link Precision}; {@code latest} is null only for an open-ended future ("in the near future",
 *       a plan "from March" with no end);</li>
 *   <li>for spans ("6-10 March", "from July to September 2018", "since 2016"), a {@code start} and an
 *       {@code end} {@link Bound}, each with its own precision ({@code end} null: the span is open);</li>
 *   <li>its ISO 8601-2 / EDTF form ({@code edtf}: "2019-03-06/2019-03-10", "2018-11", "2017-35",
 *       "2016/..") so that archives and researchers' tools can read it;</li>
 *   <li>{@code reading}: for a phrase with more than one plausible reading ("Thursday" in a Wednesday
 *       report), which one Ties took; null when there was no choice to make.</li>
 * </ul>
 *
 * <p>Editors send the phrase alone ({@code "occurred": "July 2018"}); it is unresolved until
 * {@link #resolveAgainst(LocalDate, Tense)} turns it into an interval using the report's date and
 * whether the fact is reported as done, under way or planned. Stored events always hold resolved
 * dates. Dates stored before spans existed have no start, end, edtf or reading: they read as dates
 * that are not spans, with the EDTF form their precision gives (see docs/schema-evolution.md).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartialDate(String text, Precision precision, LocalDate earliest, @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate latest,
                          Bound start, Bound end, String edtf, String reading) {

    /** How precisely a date (or one bound of a span) is known. */
    public enum Precision {
        DAY, WEEK, MONTH, QUARTER, SEASON, HALF_YEAR, YEAR, DECADE,
        /** Parts of periods ("late March", "mid-2017"), "circa 2019", "recently", "by 2030": the interval is a fair reading, not a fact. */
        APPROXIMATE,
        /** An open-ended span ("since 2016") or an unbounded future ("in the near future"). */
        OPEN
    }

    /**
     * Whether the fact a date belongs to is reported as done, as under way, or as planned. It decides
     * which way a relative phrase points ("Thursday" is the last one for something done, the coming
     * one for a plan) and which dates are allowed (nothing done ends after its report).
     */
    public enum Tense {
        /** Reported as having happened: the whole interval lies on or before the report's date. */
        DONE,
        /** Reported as under way ("began a four-day visit on Tuesday"): it began by the report, it may end after it. */
        ONGOING,
        /** Announced, scheduled or targeted: it may lie in the future, and only a plan may be dated "next month". */
        PLANNED
    }

    /** Whether something dated this way is known to have happened by a given day. */
    public enum Knowledge { YES, NO, UNCERTAIN }

    /** One end of a span: the interval in which that end lies, at its own precision. */
    public record Bound(Precision precision, LocalDate earliest, LocalDate latest) {
        public Bound {
            Objects.requireNonNull(precision, "a bound needs its precision");
            Objects.requireNonNull(earliest, "a bound needs its earliest day");
            Objects.requireNonNull(latest, "a bound needs its latest day");
            if (latest.isBefore(earliest)) {
                throw new IllegalArgumentException("a bound's latest day cannot come before its earliest");
            }
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public PartialDate(@JsonProperty("text") String text,
                       @JsonProperty("precision") Precision precision,
                       @JsonProperty("earliest") LocalDate earliest,
                       @JsonProperty("latest") LocalDate latest,
                       @JsonProperty("start") Bound start,
                       @JsonProperty("end") Bound end,
                       @JsonProperty("edtf") String edtf,
                       @JsonProperty("reading") String reading) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a date needs its text, e.g. \"2025-01-13\", \"July 2018\" or \"last year\"");
        }
        if (text.length() > 100) {
            throw new IllegalArgumentException("a date's text is at most 100 characters");
        }
        boolean resolved = precision != null && earliest != null && (latest != null || precision == Precision.OPEN);
        boolean unresolved = precision == null && earliest == null && latest == null
                && start == null && end == null && edtf == null && reading == null;
        if (!resolved && !unresolved) {
            throw new IllegalArgumentException("a resolved date needs precision, earliest and latest together");
        }
        if (resolved && latest != null && latest.isBefore(earliest)) {
            throw new IllegalArgumentException("a date's latest day cannot come before its earliest");
        }
        if (end != null && start == null) {
            throw new IllegalArgumentException("a span with an end needs its start");
        }
        this.text = text.strip();
        this.precision = precision;
        this.earliest = earliest;
        this.latest = latest;
        this.start = start;
        this.end = end;
        // Dates stored before EDTF forms existed get the one their precision gives.
        this.edtf = resolved && edtf == null ? Edtf.of(precision, earliest, latest) : edtf;
        this.reading = reading;
    }

    /** A date that is not a span, with the EDTF form its precision gives. */
    public PartialDate(String text, Precision precision, LocalDate earliest, LocalDate latest) {
        this(text, precision, earliest, latest, null, null, null, null);
    }

    /** The phrase as an editor wrote it, not yet resolved. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PartialDate of(String text) {
        return new PartialDate(text, null, null, null, null, null, null, null);
    }

    /** A phrase already resolved against a report date, for something reported as done. */
    public static PartialDate resolved(String text, LocalDate reportedOn) {
        return of(text).resolveAgainst(reportedOn);
    }

    /** A phrase already resolved against a report date, for a fact in the given tense. */
    public static PartialDate resolved(String text, LocalDate reportedOn, Tense tense) {
        return of(text).resolveAgainst(reportedOn, tense);
    }

    @JsonIgnore
    public boolean isResolved() {
        return precision != null;
    }

    /** Whether the phrase names a span with its own start (and, unless open, end). */
    @JsonIgnore
    public boolean isSpan() {
        return start != null;
    }

    /** Whether nothing bounds the date's end: an open span or an unbounded future. */
    @JsonIgnore
    public boolean isOpenEnded() {
        return latest == null;
    }

    /** Resolves the phrase for something reported as done; see {@link #resolveAgainst(LocalDate, Tense)}. */
    public PartialDate resolveAgainst(LocalDate reportedOn) {
        return resolveAgainst(reportedOn, Tense.DONE);
    }

    /**
     * Resolves the phrase against the date it was reported and the tense of the fact: refuses dates
     * that do not exist ("2018-02-30"), phrases Ties does not understand, and dates the tense does not
     * allow (something done that ends after its report; "next month" for anything but a plan).
     * A period that contains the report's day ("this year", "March" in a March report) is cut at the
     * report for something done: it cannot have happened later.
     *
     * @throws DateRefused (an {@link IllegalArgumentException}) with a message that tells the editor what to fix
     */
    public PartialDate resolveAgainst(LocalDate reportedOn, Tense tense) {
        Objects.requireNonNull(reportedOn, "a date resolves against the report's date");
        Objects.requireNonNull(tense, "a date resolves for a fact that is done, under way or planned");
        return DatePhrases.resolve(text, reportedOn, tense);
    }

    /**
     * Whether something dated this way had happened by the end of {@code day}: a step dated "2018" is
     * not known to have happened by 2018-03-01. A span has happened once it has begun ("since 2016"
     * had happened by 2017-01-01).
     */
    public Knowledge happenedBy(LocalDate day) {
        requireResolved();
        LocalDate first = isSpan() ? start.earliest() : earliest;
        LocalDate last = isSpan() ? start.latest() : latest;
        if (last != null && !last.isAfter(day)) {
            return Knowledge.YES;
        }
        return first.isAfter(day) ? Knowledge.NO : Knowledge.UNCERTAIN;
    }

    /** Whether the interval shares at least a day with [from, to]; either end may be null (unbounded). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        requireResolved();
        return (from == null || latest == null || !latest.isBefore(from)) && (to == null || !earliest.isAfter(to));
    }

    private void requireResolved() {
        if (!isResolved()) {
            throw new IllegalStateException("resolve '" + text + "' before asking when it happened");
        }
    }
}
