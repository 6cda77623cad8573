package ties.query.web;

import ties.fact.Rejection;

import java.time.LocalDate;

/** Checks of query parameters shared by the query APIs. */
public final class QueryParameters {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private QueryParameters() {
    }

    /** The page size asked for, or the default; its range (1 to {@value #MAX_LIMIT}) is a constraint on each endpoint's parameter. */
    public static int limit(Integer limit) {
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    public static void range(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw Rejection.invalid("to", "'to' (" + to + ") is before 'from' (" + from + ")");
        }
    }

    public static String text(String name, String value, int max) {
        if (value != null && (value.length() > max || value.chars().anyMatch(Character::isISOControl))) {
            throw Rejection.invalid(name, name + " is at most " + max + " characters without control characters");
        }
        return value == null || value.isBlank() ? null : value;
    }

    /** Answers 404 for a query whose record does not exist. */
    public static <T> T found(T result, String label, String id) {
        if (result == null) {
            throw Rejection.unknownRecord(null, "no " + label + " '" + id + "' is recorded");
        }
        return result;
    }
}
