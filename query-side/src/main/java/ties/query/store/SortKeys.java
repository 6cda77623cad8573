package ties.query.store;

import ties.fact.Numerals;

import java.time.Instant;

/**
 * Parts of read models' sort keys. Sort keys compare as text, so the numbers in them are written at a
 * fixed width; queries that build a key to start from (the audit log's "from") must write it alike.
 */
public final class SortKeys {

    private SortKeys() {
    }

    /** An instant to the millisecond, at a width that keeps text order equal to time order. */
    public static String millis(Instant at) {
        return Numerals.zeroPadded(at.toEpochMilli(), 15);
    }
}
