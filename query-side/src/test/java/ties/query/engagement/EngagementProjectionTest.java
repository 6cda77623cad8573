package ties.query.engagement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ties.actor.ActorEvent.ActorCorrected;
import ties.actor.ActorEvent.ActorRegistered;
import ties.actor.ActorFacts;
import ties.actor.ActorKind;
import ties.engagement.EngagementEvent.EngagementCorrected;
import ties.engagement.EngagementEvent.EngagementRecorded;
import ties.engagement.EngagementEvent.EngagementStateChanged;
import ties.engagement.EngagementEvent.EngagementWithdrawn;
import ties.engagement.EngagementFacts;
import ties.engagement.EngagementKind;
import ties.engagement.EngagementState;
import ties.engagement.EngagementView;
import ties.engagement.EngagementView.ParticipantView;
import ties.engagement.FindEngagement;
import ties.engagement.FindEngagements;
import ties.engagement.Participant;
import ties.engagement.ParticipationRole;
import ties.engagement.StateChange;
import ties.query.Journal;
import ties.query.RecordingEmitter;
import ties.query.store.InMemoryReadModels;
import ties.record.RecordEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static ties.query.EngagementEvents.*;

@DisplayName("Engagements: editions of the Pakistan–Iran naval exercise and who took part, first times derived")
class EngagementProjectionTest {

    private final InMemoryReadModels store = new InMemoryReadModels();
    private final RecordingEmitter emitter = new RecordingEmitter();
    private final EngagementProjection projection = new EngagementProjection(store, emitter);
    private final EngagementQueries queries = new EngagementQueries(store);
    private final Journal journal = new Journal();

    @BeforeEach
    void actors() {
        deliver(pakistanNavy(), iranNavy(), turkey());
    }

    private void deliver(RecordEvent... events) {
        for (RecordEvent event : events) {
            deliver(journal.record(event));
        }
    }

    private void deliver(Journal.Entry entry) {
        var recorded = entry.recorded();
        RecordEvent event = entry.event();
        if (event instanceof ActorRegistered e) {
            projection.on(e, recorded);
        } else if (event instanceof ActorCorrected e) {
            projection.on(e, recorded);
        } else if (event instanceof EngagementRecorded e) {
            projection.on(e, recorded);
        } else if (event instanceof EngagementStateChanged e) {
            projection.on(e, recorded);
        } else if (event instanceof EngagementCorrected e) {
            projection.on(e, recorded);
        } else if (event instanceof EngagementWithdrawn e) {
            projection.on(e, recorded);
        }
    }

    private EngagementView engagement(String id) {
        return queries.handle(new FindEngagement(id, null));
    }

    private List<String> list(FindEngagements query) {
        return queries.handle(query).engagements().stream().map(EngagementView::engagementId).toList();
    }

    private static FindEngagements all() {
        return new FindEngagements(null, null, null, null, null, null, null, 50, null);
    }

    @Test
    void an_engagement_shows_its_parties_by_name_with_their_roles_and_the_countries_involved() {
        deliver(eighthHeld());

        EngagementView eighth = engagement(EIGHTH);
        assertThat(eighth.participants()).extracting(ParticipantView::name, ParticipantView::role, ParticipantView::firstTime)
                .containsExactly(tuple("Pakistan Navy", ParticipationRole.HOST, null),
                        tuple("Islamic Republic of Iran Navy", ParticipationRole.PARTICIPANT, null),
                        tuple("Turkey", ParticipationRole.OBSERVER, true));
        assertThat(eighth.countries()).containsExactly(IRAN, PAKISTAN, TURKEY);
        assertThat(eighth.start().earliest()).isEqualTo(LocalDate.of(2025, 3, 6));
        assertThat(eighth.latest()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(eighth.history()).singleElement().satisfies(step -> {
            assertThat(step.from()).isNull();
            assertThat(step.to()).isEqualTo(EngagementState.HELD);
        });
        assertThat(eighth.version()).isZero();
    }

    @Test
    void a_first_participation_in_a_series_is_derived_from_the_earlier_editions_recorded() {
        deliver(eighthHeld());
        assertThat(engagement(EIGHTH).participants()).extracting(ParticipantView::firstInSeries)
                .containsExactly(true, true, true);

        // The 7th edition, found in the archives and recorded late, changes the answer for the 8th.
        deliver(seventhHeld());
        assertThat(engagement(EIGHTH).participants()).extracting(ParticipantView::actorId, ParticipantView::firstInSeries)
                .containsExactly(tuple(PAKISTAN_NAVY, false),
                        tuple(IRAN_NAVY, false),
                        tuple(TURKEY_ACTOR, true));
        assertThat(engagement(SEVENTH).participants()).extracting(ParticipantView::firstInSeries).containsExactly(true, true);
        assertThat(engagement(DIALOGUE)).isNull();
    }

    @Test
    void a_mere_invitation_does_not_count_as_having_taken_part() {
        deliver(new EngagementRecorded(SEVENTH, edition(7, "November 2023", null, as(PAKISTAN_NAVY, ParticipationRole.HOST, null),
                as(TURKEY_ACTOR, ParticipationRole.INVITED, null))), eighthHeld());

        assertThat(engagement(EIGHTH).participants()).extracting(ParticipantView::firstInSeries).containsExactly(false, true, true);
    }

    @Test
    void a_cancelled_edition_does_not_count_as_having_taken_part() {
        EngagementFacts seventh = seventhHeld().engagement();
        deliver(new EngagementRecorded(SEVENTH, new EngagementFacts(seventh.kind(), seventh.title(), seventh.series(),
                        seventh.edition(), seventh.place(), seventh.start(), null, EngagementState.PLANNED,
                        seventh.participants(), null, DAWN)),
                new EngagementStateChanged(SEVENTH, EngagementState.PLANNED, new StateChange("called-off",
                        EngagementState.CANCELLED, resolved("October 2023"), null, null, DAWN, "regional tensions")),
                eighthHeld());

        assertThat(engagement(EIGHTH).participants()).extracting(ParticipantView::firstInSeries).containsExactly(true, true, true);
    }

    @Test
    void the_list_filters_by_country_party_kind_series_state_and_dates_latest_first() {
        deliver(seventhHeld(), eighthHeld(), trilateralDialogue());

        assertThat(list(all())).containsExactly(EIGHTH, DIALOGUE, SEVENTH);
        assertThat(list(new FindEngagements(TURKEY, null, null, null, null, null, null, 50, null))).containsExactly(EIGHTH, DIALOGUE);
        assertThat(list(new FindEngagements(null, TURKEY_ACTOR, EngagementKind.EXERCISE, null, null, null, null, 50, null)))
                .containsExactly(EIGHTH);
        assertThat(list(new FindEngagements(null, null, null, SERIES, null, null, null, 50, null))).containsExactly(EIGHTH, SEVENTH);
        assertThat(list(new FindEngagements(null, null, null, null, EngagementState.HELD, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 6), 50, null))).containsExactly(EIGHTH, DIALOGUE);
        assertThat(list(new FindEngagements(null, null, null, null, EngagementState.PLANNED, null, null, 50, null))).isEmpty();
    }

    @Test
    void a_state_change_adds_a_step_and_moves_the_dates_and_applying_it_twice_changes_nothing() {
        EngagementFacts planned = new EngagementFacts(EngagementKind.EXERCISE, "8th Pakistan–Iran bilateral naval exercise",
                eighthHeld().engagement().series(), 8, eighthHeld().engagement().place(), resolved("March 2025"), null,
                EngagementState.PLANNED, eighthHeld().engagement().participants(), null, DAWN);
        deliver(new EngagementRecorded(EIGHTH, planned));
        Journal.Entry held = journal.record(new EngagementStateChanged(EIGHTH, EngagementState.PLANNED, new StateChange("held",
                EngagementState.HELD, resolved("10 March 2025"), resolved("6 March 2025"), resolved("10 March 2025"), DAWN,
                "held as announced")));
        deliver(held);
        deliver(held);

        EngagementView eighth = engagement(EIGHTH);
        assertThat(eighth.state()).isEqualTo(EngagementState.HELD);
        assertThat(eighth.start().text()).isEqualTo("6 March 2025");
        assertThat(eighth.end().text()).isEqualTo("10 March 2025");
        assertThat(eighth.history()).extracting(EngagementView.StateStep::to)
                .containsExactly(EngagementState.PLANNED, EngagementState.HELD);
        assertThat(eighth.version()).isEqualTo(1);
        assertThat(list(new FindEngagements(null, null, null, null, EngagementState.PLANNED, null, null, 50, null))).isEmpty();
    }

    @Test
    void a_corrected_actor_renames_the_engagements_it_took_part_in() {
        deliver(eighthHeld(), new ActorCorrected(TURKEY_ACTOR, turkey().actor(), new ActorFacts(ActorKind.COUNTRY,
                "Türkiye", List.of("Turkey"), TURKEY, DAWN), "the country's name since 2022"));

        assertThat(engagement(EIGHTH).participants().get(2).name()).isEqualTo("Türkiye");
    }

    @Test
    void a_correction_is_listed_and_the_view_before_it_stays_for_auditors() {
        deliver(eighthHeld());
        Instant beforeCorrection = journal.now();
        EngagementFacts earlier = edition(8, "5 March 2025", "10 March 2025", eighthHeld().engagement().participants()
                .toArray(Participant[]::new));
        deliver(new EngagementCorrected(EIGHTH, eighthHeld().engagement(), earlier, "ISPR: it began a day earlier"));

        assertThat(engagement(EIGHTH).start().text()).isEqualTo("5 March 2025");
        assertThat(engagement(EIGHTH).corrections()).singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo("ISPR: it began a day earlier"));
        EngagementView asRecorded = queries.handle(new FindEngagement(EIGHTH, beforeCorrection));
        assertThat(asRecorded.start().text()).isEqualTo("6 March 2025");
        assertThat(asRecorded.corrections()).isEmpty();
    }

    @Test
    void a_withdrawn_engagement_leaves_the_list_and_live_subscribers_hear_it() {
        FindEngagements turkish = new FindEngagements(TURKEY, null, null, null, null, null, null, 50, null);
        deliver(seventhHeld(), eighthHeld());
        deliver(new EngagementWithdrawn(EIGHTH, "duplicate of another record"));

        assertThat(engagement(EIGHTH)).isNull();
        assertThat(list(all())).containsExactly(SEVENTH);
        assertThat(emitter.updatesFor(turkish, EngagementView.class)).extracting(EngagementView::engagementId,
                EngagementView::withdrawn).containsExactly(tuple(EIGHTH, false),
                tuple(EIGHTH, true));
        assertThat(emitter.updatesFor(new FindEngagement(SEVENTH, null), EngagementView.class)).hasSize(1);
    }

    @Test
    void a_replay_after_a_reset_builds_the_same_views() {
        deliver(seventhHeld(), eighthHeld(), trilateralDialogue());
        EngagementView before = engagement(EIGHTH);

        projection.reset();
        assertThat(list(all())).isEmpty();
        journal.entries().forEach(this::deliver);
        assertThat(engagement(EIGHTH)).isEqualTo(before);
    }
}
