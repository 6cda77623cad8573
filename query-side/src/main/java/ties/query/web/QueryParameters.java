package ties.query.web;

import ties.fact.CountryCode;
import ties.fact.Rejection;
import ties.record.Ids;

import java.time.LocalDate;
import java.util.List;

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

    /** How the {@code party} parameter of the record lists is described. */
    public static final String PARTY = "a party involved: an actor's id (a visitor, host, signatory or party, e.g. "
            + "pakistan-army) or a country's ISO 3166 code (e.g. PK); repeat it for records involving all of them";

    /** The {@code party} values: actor ids (slugs) or ISO 3166 country codes, at most 50. */
    public static List<String> parties(List<String> parties) {
        if (parties == null) {
            return List.of();
        }
        if (parties.size() > 50) {
            throw Rejection.invalid("party", "give at most 50 parties");
        }
        for (String party : parties) {
            if (!party.matches(Ids.SLUG) && !CountryCode.isValid(party)) {
                throw Rejection.invalid("party", "'" + party + "' is neither an actor id (" + Ids.SLUG_RULE
                        + ") nor an ISO 3166 country code such as PK");
            }
        }
        return List.copyOf(parties);
    }

    /** Answers 404 for a query whose record does not exist. */
    public static <T> T found(T result, String label, String id) {
        if (result == null) {
            throw Rejection.unknownRecord(null, "no " + label + " '" + id + "' is recorded");
        }
        return result;
    }
}
