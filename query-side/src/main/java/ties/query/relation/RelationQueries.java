package ties.query.relation;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import ties.fact.CountryCode;
import ties.fact.PartialDate;
import ties.fact.Rejection;
import ties.query.store.ReadModels;
import ties.query.store.RowQuery;
import ties.query.timeline.DevelopmentProjection;
import ties.relation.FindRelations;
import ties.relation.Granularity;
import ties.relation.RelationView;
import ties.timeline.Development;
import ties.timeline.DevelopmentKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        List<Development> developments = store.find(RowQuery.all(RelationsProjection.MODEL, MAX_DEVELOPMENTS)
                .withTags(List.of("pair:" + pair)), Development.class).stream().map(ReadModels.Found::document).toList();
        return bucket(query.first(), query.second(), query.granularity(), developments);
    }

    /**
     * Counts developments per period. A development goes into a period only when its date range lies
     * within it; coarser ones are counted in the coarser period they are known to fall in.
     */
    static RelationView bucket(CountryCode first, CountryCode second, Granularity granularity, List<Development> developments) {
        TreeMap<String, Map<DevelopmentKind, Long>> periods = new TreeMap<>();
        TreeMap<String, Map<DevelopmentKind, Long>> unplaced = new TreeMap<>();
        for (Development d : developments) {
            PartialDate date = d.occurred();
            String start = period(date.earliest(), granularity);
            if (start.equals(period(date.latest(), granularity))) {
                periods.computeIfAbsent(start, k -> new EnumMap<>(DevelopmentKind.class)).merge(d.kind(), 1L, Long::sum);
            } else {
                String coarse = date.earliest().getYear() == date.latest().getYear()
                        ? String.valueOf(date.earliest().getYear())
                        : date.earliest().getYear() + "–" + date.latest().getYear();
                unplaced.computeIfAbsent(coarse, k -> new EnumMap<>(DevelopmentKind.class)).merge(d.kind(), 1L, Long::sum);
            }
        }
        return new RelationView(first, second, granularity, countByKind(developments), withLulls(periods, granularity), list(unplaced),
                countByKind(developments.stream().filter(Development::bilateral).toList()),
                countByKind(developments.stream().filter(Development::multilateral).toList()));
    }

    private static Map<DevelopmentKind, Long> countByKind(List<Development> developments) {
        Map<DevelopmentKind, Long> counts = new EnumMap<>(DevelopmentKind.class);
        developments.forEach(d -> counts.merge(d.kind(), 1L, Long::sum));
        return counts;
    }

    private static List<RelationView.Period> withLulls(TreeMap<String, Map<DevelopmentKind, Long>> periods, Granularity granularity) {
        if (periods.isEmpty()) {
            return List.of();
        }
        List<RelationView.Period> result = new ArrayList<>();
        LocalDate cursor = startOf(periods.firstKey(), granularity);
        LocalDate last = startOf(periods.lastKey(), granularity);
        while (!cursor.isAfter(last)) {
            String key = period(cursor, granularity);
            Map<DevelopmentKind, Long> counts = periods.getOrDefault(key, Map.of());
            result.add(new RelationView.Period(key, counts, counts.values().stream().mapToLong(Long::longValue).sum()));
            cursor = switch (granularity) {
                case MONTH -> cursor.plusMonths(1);
                case QUARTER -> cursor.plusMonths(3);
                case YEAR -> cursor.plusYears(1);
            };
        }
        return result;
    }

    private static List<RelationView.Period> list(TreeMap<String, Map<DevelopmentKind, Long>> periods) {
        return periods.entrySet().stream().map(e -> new RelationView.Period(e.getKey(), e.getValue(),
                e.getValue().values().stream().mapToLong(Long::longValue).sum())).toList();
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
