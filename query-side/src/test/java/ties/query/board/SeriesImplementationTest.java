package ties.query.board;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ties.engagement.EngagementEvent.EngagementCorrected;
import ties.engagement.EngagementEvent.EngagementRecorded;
import ties.engagement.EngagementEvent.EngagementWithdrawn;
import ties.engagement.EngagementFacts;
import ties.engagement.EngagementState;
import ties.initiative.FindInitiative;
import ties.initiative.FindInitiatives;
import ties.initiative.InitiativeEvent.EngagementSeriesLinked;
import ties.initiative.InitiativeEvent.InitiativeProposed;
import ties.initiative.InitiativeView;
import ties.initiative.InitiativeView.LinkedEngagement;
import ties.initiative.SeriesLink;
import ties.query.Journal;
import ties.query.RecordingEmitter;
import ties.query.store.InMemoryReadModels;
import ties.record.RecordEvent;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ties.query.EngagementEvents.*;
import static ties.query.SeedEvents.NAVAL_EXERCISES;
import static ties.query.SeedEvents.navalExercisesProposed;

@DisplayName("Board: the editions of a linked engagement series show as the initiative's implementation")
class SeriesImplementationTest {

    private static final SeriesLink LINK = new SeriesLink("The joint exercises agreed in 2018 are held as the bilateral "
            + "naval exercise", DAWN);

    private final InMemoryReadModels store = new InMemoryReadModels();
    private final RecordingEmitter emitter = new RecordingEmitter();
    private final InitiativeBoardProjection projection = new InitiativeBoardProjection(store, emitter);
    private final InitiativeBoardQueries queries = new InitiativeBoardQueries(store);
    private final Journal journal = new Journal();

    private void given(RecordEvent... events) {
        for (RecordEvent event : events) {
            var recorded = journal.record(event).recorded();
            if (event instanceof InitiativeProposed e) {
                projection.on(e, recorded);
            } else if (event instanceof EngagementSeriesLinked e) {
                projection.on(e, recorded);
            } else if (event instanceof EngagementRecorded e) {
                projection.on(e, recorded);
            } else if (event instanceof EngagementCorrected e) {
                projection.on(e, recorded);
            } else if (event instanceof EngagementWithdrawn e) {
                projection.on(e, recorded);
            }
        }
    }

    private InitiativeView initiative() {
        return queries.handle(new FindInitiative(NAVAL_EXERCISES, null));
    }

    private List<String> editions() {
        return initiative().engagementSeries().get(0).editions().stream().map(LinkedEngagement::engagementId).toList();
    }

    @Test
    void editions_recorded_before_and_after_the_link_show_in_the_order_they_took_place() {
        given(navalExercisesProposed(), eighthHeld(), trilateralDialogue(),
                new EngagementSeriesLinked(NAVAL_EXERCISES, SERIES, LINK));
        assertThat(editions()).containsExactly(EIGHTH);

        given(seventhHeld());
        assertThat(editions()).containsExactly(SEVENTH, EIGHTH);
        assertThat(initiative().engagementSeries().get(0).editions().get(1)).satisfies(eighth -> {
            assertThat(eighth.edition()).isEqualTo(8);
            assertThat(eighth.state()).isEqualTo(EngagementState.HELD);
        });
        assertThat(initiative().version()).isEqualTo(1);
        assertThat(emitter.updatesFor(new FindInitiatives(null, List.of(), null, SERIES, null, null, 50, null), InitiativeView.class)).last()
                .satisfies(view -> assertThat(view.engagementSeries().get(0).editions()).hasSize(2));
    }

    @Test
    void an_edition_corrected_out_of_the_series_or_withdrawn_leaves_it() {
        given(navalExercisesProposed(), new EngagementSeriesLinked(NAVAL_EXERCISES, SERIES, LINK), seventhHeld(), eighthHeld());
        EngagementFacts seventh = seventhHeld().engagement();
        given(new EngagementCorrected(SEVENTH, seventh, new EngagementFacts(seventh.kind(), "A passing exercise", null, null,
                seventh.place(), seventh.start(), null, seventh.state(), seventh.participants(), null, DAWN), "not an edition"));
        assertThat(editions()).containsExactly(EIGHTH);

        given(new EngagementWithdrawn(EIGHTH, "duplicate"));
        assertThat(editions()).isEmpty();
    }

    @Test
    void linking_the_same_series_again_changes_nothing() {
        given(navalExercisesProposed(), new EngagementSeriesLinked(NAVAL_EXERCISES, SERIES, LINK), eighthHeld());
        InitiativeView before = initiative();
        given(new EngagementSeriesLinked(NAVAL_EXERCISES, SERIES, LINK));
        assertThat(initiative()).isEqualTo(before);
    }
}
