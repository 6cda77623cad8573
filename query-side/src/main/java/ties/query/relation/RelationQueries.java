package ties.query.relation;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ties.fact.CountryCode;
import ties.fact.PartialDate;
import ties.fact.Rejection;
import ties.query.store.ReadModels;
import ties.query.store.RowQuery;
import ties.query.timeline.DevelopmentProjection;
import ties.query.timeline.TimelineProjection;
import ties.relation.FindRelations;
import ties.relation.Granularity;
import ties.relation.RelationView;
import ties.timeline.Development;
import ties.timeline.DevelopmentKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The relations chart, counted from the timeline's developments: the chart is those developments
 * grouped by country pair (their {@code pair:} tags), so it reads them where the timeline keeps them
 * rather than from a copy that a processor of its own kept in step (issue 15: a second processor
 * wrote every development again, a third of the read-model rows and tags per command).
 */
@Component
class RelationQueries {

    /** More developments than any pair has had; a bound so one query cannot exhaust memory. */
    static final int MAX_DEVELOPMENTS = 200_000;

    private final ReadModels store;

    RelationQueries(ReadModels store) {
        this.store = store;
    }

    @QueryHandler
    RelationView handle(FindRelations query) {
        if (query.first().equals(query.second())) {
            throw Rejection.invalid("countries", "a relation is between two different countries");
        }
        String pair = DevelopmentProjection.pairs(List.of(query.first(), query.second())).get(0);
        List<Development> developments = store.find(RowQuery.all(TimelineProjection.MODEL, MAX_DEVELOPMENTS)
                .withCategories(List.of("pair:" + pair)), Development.class).stream().map(ReadModels.Found::document).toList();
        return bucket(query.first(), query.second(), query.granularity(), developments);
    }

    /**
     * Counts developments per period. A development goes into the period its dates lie within, or, when
     * they straddle periods, into the one holding at least half of its days (counted there as
     * approximate); dates too coarse for that are counted apart in the coarser period they fall in.
     */
    static RelationView bucket(CountryCode first, CountryCode second, Granularity granularity, List<Development> developments) {
        TreeMap<String, Map<DevelopmentKind, Long>> periods = new TreeMap<>();
        Map<String, Long> approximate = new TreeMap<>();
        TreeMap<String, Map<DevelopmentKind, Long>> unplaced = new TreeMap<>();
        for (Development d : developments) {
            PartialDate date = d.occurred();
            String placed = placement(date, granularity);
            if (placed != null) {
                periods.computeIfAbsent(placed, k -> new EnumMap<>(DevelopmentKind.class)).merge(d.kind(), 1L, Long::sum);
                if (!placed.equals(period(date.earliest(), granularity)) || !placed.equals(period(date.latest(), granularity))) {
                    approximate.merge(placed, 1L, Long::sum);
                }
            } else {
                unplaced.computeIfAbsent(coarse(date), k -> new EnumMap<>(DevelopmentKind.class)).merge(d.kind(), 1L, Long::sum);
            }
        }
        return new RelationView(first, second, granularity, countByKind(developments),
                withLulls(periods, approximate, granularity), list(unplaced),
                countByKind(developments.stream().filter(Development::bilateral).toList()),
                countByKind(developments.stream().filter(Development::multilateral).toList()));
    }

    private static Map<DevelopmentKind, Long> countByKind(List<Development> developments) {
        Map<DevelopmentKind, Long> counts = new EnumMap<>(DevelopmentKind.class);
        developments.forEach(d -> counts.merge(d.kind(), 1L, Long::sum));
        return counts;
    }

    /** The period holding at least half of the date's days (the earlier one on a tie), or null if none does. */
    static String placement(PartialDate date, Granularity granularity) {
        if (date.latest() == null) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(date.earliest(), date.latest()) + 1;
        LocalDate cursor = startOf(period(date.earliest(), granularity), granularity);
        while (!cursor.isAfter(date.latest())) {
            LocalDate next = next(cursor, granularity);
            LocalDate from = cursor.isBefore(date.earliest()) ? date.earliest() : cursor;
            LocalDate to = next.minusDays(1).isAfter(date.latest()) ? date.latest() : next.minusDays(1);
            if (2 * (ChronoUnit.DAYS.between(from, to) + 1) >= days) {
                return period(cursor, granularity);
            }
            cursor = next;
        }
        return null;
    }

    private static String coarse(PartialDate date) {
        int from = date.earliest().getYear();
        if (date.latest() == null) {
            return from + "–";
        }
        return from == date.latest().getYear() ? String.valueOf(from) : from + "–" + date.latest().getYear();
    }

    private static List<RelationView.Period> withLulls(TreeMap<String, Map<DevelopmentKind, Long>> periods,
                                                       Map<String, Long> approximate, Granularity granularity) {
        if (periods.isEmpty()) {
            return List.of();
        }
        List<RelationView.Period> result = new ArrayList<>();
        LocalDate cursor = startOf(periods.firstKey(), granularity);
        LocalDate last = startOf(periods.lastKey(), granularity);
        while (!cursor.isAfter(last)) {
            String key = period(cursor, granularity);
            Map<DevelopmentKind, Long> counts = periods.getOrDefault(key, Map.of());
            result.add(new RelationView.Period(key, counts, counts.values().stream().mapToLong(Long::longValue).sum(),
                    approximate.getOrDefault(key, 0L)));
            cursor = next(cursor, granularity);
        }
        return result;
    }

    private static List<RelationView.Period> list(TreeMap<String, Map<DevelopmentKind, Long>> periods) {
        return periods.entrySet().stream().map(e -> new RelationView.Period(e.getKey(), e.getValue(),
                e.getValue().values().stream().mapToLong(Long::longValue).sum(), 0)).toList();
    }

    private static LocalDate next(LocalDate periodStart, Granularity granularity) {
        return switch (granularity) {
            case MONTH -> periodStart.plusMonths(1);
            case QUARTER -> periodStart.plusMonths(3);
            case YEAR -> periodStart.plusYears(1);
        };
    }

    static String period(LocalDate day, Granularity granularity) {
        return switch (granularity) {
            case MONTH -> YearMonth.from(day).toString();
            case QUARTER -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(day.getYear());
        };
    }

    private static LocalDate startOf(String period, Granularity granularity) {
        return switch (granularity) {
            case MONTH -> YearMonth.parse(period).atDay(1);
            case QUARTER -> LocalDate.of(Integer.parseInt(period.substring(0, 4)),
                    (Integer.parseInt(period.substring(6)) - 1) * 3 + 1, 1);
            case YEAR -> LocalDate.of(Integer.parseInt(period), 1, 1);
        };
    }
}
