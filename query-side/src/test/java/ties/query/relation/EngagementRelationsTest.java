package ties.query.relation;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ties.query.Journal;
import ties.query.RecordingEmitter;
import ties.query.store.InMemoryReadModels;
import ties.query.timeline.DevelopmentHandlers;
import ties.query.timeline.TimelineProjection;
import ties.record.RecordEvent;
import ties.relation.FindRelations;
import ties.relation.Granularity;
import ties.relation.RelationView;
import ties.timeline.DevelopmentKind;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ties.query.EngagementEvents.*;

@DisplayName("Relations chart: engagements count for every pair of the countries taking part")
class EngagementRelationsTest {

    private final InMemoryReadModels store = new InMemoryReadModels();
    private final TimelineProjection projection = new TimelineProjection(store, new RecordingEmitter());
    private final RelationQueries queries = new RelationQueries(store);
    private final Journal journal = new Journal();

    @Test
    void an_exercise_observed_by_a_third_country_counts_for_each_pair() {
        for (RecordEvent event : new RecordEvent[]{pakistanNavy(), iranNavy(), turkey(), seventhHeld(), eighthHeld(),
                trilateralDialogue()}) {
            DevelopmentHandlers.deliver(projection, journal.record(event));
        }

        RelationView iranPakistan = queries.handle(new FindRelations(IRAN, PAKISTAN, Granularity.YEAR));
        assertThat(iranPakistan.totals()).isEqualTo(Map.of(DevelopmentKind.ENGAGEMENT, 3L));
        assertThat(iranPakistan.periods()).extracting(RelationView.Period::period, RelationView.Period::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2023", 1L), org.assertj.core.groups.Tuple.tuple("2024", 0L),
                        org.assertj.core.groups.Tuple.tuple("2025", 2L));
        RelationView pakistanTurkey = queries.handle(new FindRelations(PAKISTAN, TURKEY, Granularity.YEAR));
        assertThat(pakistanTurkey.totals()).isEqualTo(Map.of(DevelopmentKind.ENGAGEMENT, 2L));
    }
}
