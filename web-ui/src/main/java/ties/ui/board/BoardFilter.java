package ties.ui.board;

import org.springframework.web.util.UriComponentsBuilder;
import ties.fact.CountryCode;
import ties.initiative.FindInitiatives;
import ties.initiative.InitiativeKind;
import ties.ui.AsOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The board's filters as the URL carries them (so that a filtered board is a link to share): parties,
 * kind, linked series, a range of days, and an earlier recorded moment. Values the board does not take
 * are reported per field, next to the filter, instead of failing the page.
 */
public record BoardFilter(List<String> party, String kind, String series, String from, String to, String asOf) {

    /**
     * The most recently changed initiatives a board shows: a page a person can take in (and render fast
     * over a large store); filters narrow it to the rest.
     */
    public static final int SHOWN = 120;

    public BoardFilter {
        // One field may name several parties ("IR PK", "IR,PK"); the board's URL repeats the parameter.
        party = party == null ? List.of() : party.stream().filter(p -> p != null && !p.isBlank())
                .flatMap(p -> Arrays.stream(p.strip().split("[,\\s]+"))).toList();
    }

    /** The query the filters stand for, or the reasons per filter why they stand for none. */
    public Result query() {
        Map<String, String> errors = new LinkedHashMap<>();
        List<CountryCode> parties = new ArrayList<>();
        for (String code : party) {
            try {
                parties.add(CountryCode.of(code));
            } catch (IllegalArgumentException e) {
                errors.put("party", e.getMessage());
            }
        }
        InitiativeKind initiativeKind = null;
        if (blank(kind) != null) {
            try {
                initiativeKind = InitiativeKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("kind", "'" + kind + "' is not a kind of initiative");
            }
        }
        LocalDate first = day("from", from, errors);
        LocalDate last = day("to", to, errors);
        if (first != null && last != null && last.isBefore(first)) {
            errors.put("to", "the range ends before it starts");
        }
        Instant moment = null;
        try {
            moment = AsOf.parse(asOf);
        } catch (IllegalArgumentException e) {
            errors.put("asOf", e.getMessage());
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(new FindInitiatives(null, parties, initiativeKind, blank(series), first, last, SHOWN, moment),
                Map.of());
    }

    /** The filters as a query string ("?party=IR&kind=..."), for the board's fragments and its live stream. */
    public String queryString(boolean withAsOf) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        party.forEach(p -> uri.queryParam("party", p));
        put(uri, "kind", kind);
        put(uri, "series", series);
        put(uri, "from", from);
        put(uri, "to", to);
        if (withAsOf) {
            put(uri, "asOf", asOf);
        }
        return uri.encode().build().toUriString();
    }

    private static void put(UriComponentsBuilder uri, String name, String value) {
        if (blank(value) != null) {
            uri.queryParam(name, value.strip());
        }
    }

    private static LocalDate day(String name, String value, Map<String, String> errors) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(name, "'" + value + "' is not a day (YYYY-MM-DD)");
            return null;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public record Result(FindInitiatives query, Map<String, String> errors) {
    }
}
