package ties.query.relation;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import ties.actor.ActorEvent.ActorCorrected;
import ties.actor.ActorEvent.ActorRegistered;
import ties.actor.ActorFacts;
import ties.actor.ActorKind;
import ties.fact.CountryCode;
import ties.fact.Rejection;
import ties.query.Journal;
import ties.query.RecordingEmitter;
import ties.query.Replays;
import ties.query.store.InMemoryReadModels;
import ties.query.timeline.DevelopmentHandlers;
import ties.query.timeline.TimelineProjection;
import ties.record.RecordEvent;
import ties.relation.FindRelations;
import ties.relation.Granularity;
import ties.relation.RelationView;
import ties.relation.RelationView.Period;
import ties.timeline.DevelopmentKind;
import ties.visit.VisitEvent.VisitCorrected;
import ties.visit.VisitEvent.VisitRecorded;
import ties.visit.VisitEvent.VisitWithdrawn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ties.query.SeedEvents.*;
import static ties.timeline.DevelopmentKind.AGREEMENT;
import static ties.timeline.DevelopmentKind.MEETING;
import static ties.timeline.DevelopmentKind.OBSTACLE;
import static ties.timeline.DevelopmentKind.PROPOSAL;
import static ties.timeline.DevelopmentKind.STATEMENT;
import static ties.timeline.DevelopmentKind.STATUS_CHANGE;
import static ties.timeline.DevelopmentKind.VISIT;

@DisplayName("Relations chart: developments between two countries counted by kind and period, lulls and coarse dates included")
class RelationsProjectionTest {

    /** The timeline's projection, which the relations chart reads, and the chart's query handler over an in-memory store. */
    static final class Relations implements Replays.Fixture {
        final InMemoryReadModels store;
        final TimelineProjection projection;
        final RelationQueries queries;

        Relations() {
            this(new InMemoryReadModels());
        }

        Relations(InMemoryReadModels store) {
            this.store = store;
            this.projection = new TimelineProjection(store, new RecordingEmitter());
            this.queries = new RelationQueries(store);
        }

        @Override
        public void deliver(Journal.Entry entry) {
            DevelopmentHandlers.deliver(projection, entry);
        }

        @Override
        public void reset() {
            DevelopmentHandlers.reset(projection);
        }

        @Override
        public List<Object> answers(List<Instant> moments) {
            List<Object> answers = new ArrayList<>();
            for (Granularity granularity : Granularity.values()) {
                answers.add(chart(IRAN, PAKISTAN, granularity));
                answers.add(chart(TURKEY, SAUDI_ARABIA, granularity));
            }
            return answers;
        }

        RelationView chart(CountryCode first, CountryCode second, Granularity granularity) {
            return queries.handle(new FindRelations(first, second, granularity));
        }
    }

    private final Relations relations = new Relations();
    private final Journal journal = new Journal();

    private Journal.Entry given(RecordEvent event) {
        Journal.Entry entry = journal.record(event);
        relations.deliver(entry);
        return entry;
    }

    private void given(List<RecordEvent> events) {
        events.forEach(this::given);
    }

    private static Period period(String period, Map<DevelopmentKind, Long> counts) {
        return new Period(period, counts, counts.values().stream().mapToLong(Long::longValue).sum(), 0);
    }

    private static Period lull(String period) {
        return new Period(period, Map.of(), 0, 0);
    }

    /** What the article says about Iran and Pakistan from 2018 to the recent visit. */
    private static final Map<DevelopmentKind, Long> ARTICLE_TOTALS = Map.of(VISIT, 4L, MEETING, 2L, STATEMENT, 5L,
            PROPOSAL, 4L, STATUS_CHANGE, 3L, AGREEMENT, 1L, OBSTACLE, 1L);

    @Nested
    @DisplayName("By month")
    class ByMonth {

        @Test
        @DisplayName("counts the visits of July 2018 and October 2021 in their months, with every empty month between")
        void months_with_lulls() {
            given(article());

            RelationView chart = relations.chart(IRAN, PAKISTAN, Granularity.MONTH);

            assertThat(chart.first()).isEqualTo(IRAN);
            assertThat(chart.second()).isEqualTo(PAKISTAN);
            assertThat(chart.granularity()).isEqualTo(Granularity.MONTH);
            assertThat(chart.periods()).hasSize(40);
            assertThat(chart.periods().get(0)).isEqualTo(period("2018-07", Map.of(VISIT, 1L)));
            assertThat(chart.periods().get(1)).isEqualTo(lull("2018-08"));
            assertThat(chart.periods().get(6)).isEqualTo(lull("2019-01"));
            assertThat(chart.periods().get(39)).isEqualTo(period("2021-10", Map.of(VISIT, 1L)));
            assertThat(chart.periods().subList(1, 39)).allSatisfy(month -> assertThat(month.total()).isZero());
        }

        @Test
        @DisplayName("counts dates too coarse for a month (\"2018\", \"circa 2019\", \"last year\", \"recently\") apart, in the years they fall in")
        void coarse_dates_are_unplaced() {
            given(article());

            assertThat(relations.chart(IRAN, PAKISTAN, Granularity.MONTH).unplaced()).containsExactly(
                    period("2018", Map.of(PROPOSAL, 1L, AGREEMENT, 1L, STATUS_CHANGE, 1L, OBSTACLE, 1L)),
                    period("2018–2020", Map.of(STATUS_CHANGE, 1L)),
                    period("2024", Map.of(VISIT, 1L)),
                    period("2024–2025", Map.of(VISIT, 1L, MEETING, 2L, STATEMENT, 5L, PROPOSAL, 3L, STATUS_CHANGE, 1L)));
        }

        @Test
        @DisplayName("a visit from 30 September to 4 October 2018 counts in October, which holds most of it, as approximate")
        void a_straddling_span_counts_where_most_of_it_lies() {
            given(actors());
            given(new VisitRecorded(VISIT_JULY_2018, visitJuly2018Facts().withOccurred(resolved("30 September-4 October 2018"))));

            RelationView chart = relations.chart(IRAN, PAKISTAN, Granularity.MONTH);

            assertThat(chart.periods()).containsExactly(new Period("2018-10", Map.of(VISIT, 1L), 1, 1));
            assertThat(chart.unplaced()).isEmpty();
        }

        @Test
        @DisplayName("a weekend split evenly between two months counts in the earlier one")
        void an_even_split_counts_in_the_earlier_period() {
            given(actors());
            given(new VisitRecorded(VISIT_JULY_2018, visitJuly2018Facts().withOccurred(resolved("31 March-1 April 2018"))));

            assertThat(relations.chart(IRAN, PAKISTAN, Granularity.MONTH).periods())
                    .containsExactly(new Period("2018-03", Map.of(VISIT, 1L), 1, 1));
        }

        @Test
        @DisplayName("totals count every development by kind, placed or not")
        void totals() {
            given(article());

            assertThat(relations.chart(IRAN, PAKISTAN, Granularity.MONTH).totals()).isEqualTo(ARTICLE_TOTALS);
        }
    }

    @Nested
    @DisplayName("By quarter and by year")
    class ByQuarterAndYear {

        @Test
        @DisplayName("by quarter: 2018-Q3 to 2024-Q4 with the empty quarters between; whole years counted apart")
        void quarters() {
            given(article());

            RelationView chart = relations.chart(IRAN, PAKISTAN, Granularity.QUARTER);

            assertThat(chart.periods()).hasSize(26);
            assertThat(chart.periods().get(0)).isEqualTo(period("2018-Q3", Map.of(VISIT, 1L)));
            assertThat(chart.periods().get(13)).isEqualTo(period("2021-Q4", Map.of(VISIT, 1L)));
            // "recently" (15 October 2024 to 15 January 2025) lies mostly in the last quarter of 2024
            assertThat(chart.periods().get(25)).isEqualTo(new Period("2024-Q4",
                    Map.of(VISIT, 1L, MEETING, 2L, STATEMENT, 5L, PROPOSAL, 3L, STATUS_CHANGE, 1L), 12, 12));
            assertThat(chart.periods().subList(14, 25)).allSatisfy(quarter -> assertThat(quarter.total()).isZero());
            assertThat(chart.unplaced()).extracting(Period::period).containsExactly("2018", "2018–2020", "2024");
            assertThat(chart.totals()).isEqualTo(ARTICLE_TOTALS);
        }

        @Test
        @DisplayName("by year: \"2018\" and \"last year\" fit their years, \"recently\" the year holding most of it; "
                + "\"circa 2019\" (2018 to 2020) is counted apart")
        void years() {
            given(article());

            RelationView chart = relations.chart(IRAN, PAKISTAN, Granularity.YEAR);

            assertThat(chart.periods()).containsExactly(
                    period("2018", Map.of(VISIT, 1L, PROPOSAL, 1L, AGREEMENT, 1L, STATUS_CHANGE, 1L, OBSTACLE, 1L)),
                    lull("2019"), lull("2020"),
                    period("2021", Map.of(VISIT, 1L)),
                    lull("2022"), lull("2023"),
                    new Period("2024", Map.of(VISIT, 2L, MEETING, 2L, STATEMENT, 5L, PROPOSAL, 3L, STATUS_CHANGE, 1L), 13, 12));
            assertThat(chart.unplaced()).extracting(Period::period, Period::total)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("2018–2020", 1L));
        }
    }

    @Nested
    @DisplayName("Which developments count")
    class WhichDevelopmentsCount {

        @Test
        @DisplayName("the order in which the two countries are named does not matter")
        void order_of_countries() {
            given(article());

            for (Granularity granularity : Granularity.values()) {
                RelationView forward = relations.chart(IRAN, PAKISTAN, granularity);
                RelationView backward = relations.chart(PAKISTAN, IRAN, granularity);
                assertThat(backward.periods()).isEqualTo(forward.periods());
                assertThat(backward.unplaced()).isEqualTo(forward.unplaced());
                assertThat(backward.totals()).isEqualTo(forward.totals());
            }
        }

        @Test
        @DisplayName("only developments involving both countries count: Turkey and Saudi Arabia share only the alignment proposal")
        void only_developments_involving_both() {
            given(article());

            RelationView chart = relations.chart(TURKEY, SAUDI_ARABIA, Granularity.MONTH);

            assertThat(chart.totals()).isEqualTo(Map.of(PROPOSAL, 1L));
            assertThat(chart.periods()).isEmpty();
            assertThat(chart.unplaced()).containsExactly(period("2024–2025", Map.of(PROPOSAL, 1L)));
        }

        @Test
        @DisplayName("two countries with nothing between them get an empty chart")
        void empty_chart() {
            given(article());

            RelationView chart = relations.chart(IRAN, CountryCode.of("FR"), Granularity.YEAR);

            assertThat(chart.totals()).isEmpty();
            assertThat(chart.periods()).isEmpty();
            assertThat(chart.unplaced()).isEmpty();
        }

        @Test
        @DisplayName("a country is not in a relation with itself")
        void same_country_twice_is_refused() {
            assertThatThrownBy(() -> relations.chart(IRAN, IRAN, Granularity.YEAR))
                    .isInstanceOfSatisfying(Rejection.class, rejection -> {
                        assertThat(rejection.kind()).isEqualTo(Rejection.Kind.INVALID);
                        assertThat(rejection.field()).isEqualTo("countries");
                    });
        }

        @Test
        @DisplayName("a visit counts between the visitor's corrected country and the destination")
        void corrected_country_of_the_visitor_counts() {
            ActorFacts misrecorded = new ActorFacts(ActorKind.PERSON, "Mohammad Hossein Bagheri", List.of(), null, TASNIM);
            given(new ActorRegistered(BAGHERI, misrecorded));
            given(visitJuly2018());

            given(new ActorCorrected(BAGHERI, misrecorded, bagheri(), "country"));

            assertThat(relations.chart(IRAN, PAKISTAN, Granularity.MONTH).periods())
                    .containsExactly(period("2018-07", Map.of(VISIT, 1L)));
        }

        @Test
        @DisplayName("a withdrawn visit no longer counts; a corrected one counts in its corrected month")
        void withdrawn_and_corrected() {
            given(article());

            given(new VisitWithdrawn(VISIT_JULY_2018, "unconfirmed"));
            given(new VisitCorrected(VISIT_OCTOBER_2021, visitOctober2021Facts(),
                    visitOctober2021Facts().withOccurred(resolved("November 2021")), "month"));

            RelationView chart = relations.chart(IRAN, PAKISTAN, Granularity.MONTH);
            assertThat(chart.periods()).containsExactly(period("2021-11", Map.of(VISIT, 1L)));
            assertThat(chart.totals()).containsEntry(VISIT, 3L);
        }
    }

    @Nested
    @DisplayName("Redelivery and rebuild")
    class RedeliveryAndRebuild {

        private static List<RecordEvent> scenario() {
            List<RecordEvent> events = new ArrayList<>(article());
            events.add(new VisitCorrected(VISIT_OCTOBER_2021, visitOctober2021Facts(),
                    visitOctober2021Facts().withOccurred(resolved("November 2021")), "month"));
            events.add(new VisitWithdrawn(VISIT_JULY_2018, "unconfirmed"));
            return events;
        }

        @TestFactory
        @DisplayName("every event delivered twice in a row leaves the charts as they were")
        Stream<DynamicTest> every_event_twice() {
            return Replays.everyEventDeliveredTwice(scenario(), Relations::new);
        }

        @Test
        @DisplayName("a reset clears the charts and a replay rebuilds them")
        void rebuild() {
            Replays.assertRebuildGivesSameAnswers(scenario(), new Relations(), Relations::new);
        }
    }
}
