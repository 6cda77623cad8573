package ties.relation;

import io.swagger.v3.oas.annotations.media.Schema;
import ties.fact.CountryCode;
import ties.timeline.DevelopmentKind;

import java.util.List;
import java.util.Map;

/**
 * Cooperation between two countries over time, for charts of surges and lulls.
 *
 * @param periods  counts per period ("2018-07", "2018-Q3", "2018"), oldest first, empty periods
 *                 between the first and last included so that lulls show. A development whose dates
 *                 straddle periods ("30 September-4 October", "late March to early April") counts in
 *                 the period holding at least half of its days, and is counted there as approximate
 * @param unplaced developments dated too coarsely for the granularity (a "2018" event on a monthly
 *                 chart: no month holds half of it), counted per the coarser period they are known to
 *                 fall in ("2018", "2018–2020", "2016–" for an open end)
 * @param bilateral    of the totals, the developments between these two countries alone, by kind
 * @param multilateral of the totals, those that involve a third country or more (a trilateral dialogue,
 *                     an obstacle recorded against three countries), by kind
 */
public record RelationView(CountryCode first, CountryCode second, Granularity granularity,
                           Map<DevelopmentKind, Long> totals, List<Period> periods, List<Period> unplaced,
                           @Schema(description = "of the totals, the developments between these two countries alone, "
                                   + "by kind", example = "{\"VISIT\": 3, \"OBSTACLE\": 2}")
                           Map<DevelopmentKind, Long> bilateral,
                           @Schema(description = "of the totals, those involving a third country or more, by kind",
                                   example = "{\"STATEMENT\": 1}")
                           Map<DevelopmentKind, Long> multilateral) {

    /**
     * @param approximate how many of {@code total} are here because most of their dates are, not all
     */
    public record Period(String period, Map<DevelopmentKind, Long> counts, long total, long approximate) {
    }
}
