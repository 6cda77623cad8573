package ties.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The "as of" control: a recorded moment to see a page as it stood then, kept in the URL so that the
 * view can be bookmarked. A browser's date-and-time field sends minutes or seconds without a zone ("2025-01-01T10:00:30"),
 * read as UTC as every time Ties shows is; an ISO instant is taken as it is.
 */
public final class AsOf {

    public static final String PARAMETER = "asOf";

    private AsOf() {
    }

    /** The moment asked for, null for now; a value that is not a time is refused with what it should look like. */
    public static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return text.endsWith("Z") || text.contains("+") ? Instant.parse(text)
                    : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date and time: pick one, e.g. 2025-01-31T18:00 (UTC)");
        }
    }

    /**
     * The moment as the date-and-time field shows it (UTC, to the second): entries saved seconds apart
     * stay apart, so that an auditor can pick the moment between them and keep it after "Show".
     */
    public static String field(Instant asOf) {
        return asOf == null ? "" : LocalDateTime.ofInstant(asOf, ZoneOffset.UTC).withNano(0).toString();
    }
}
