package ties.query.timeline;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ties.actor.ActorEvent.ActorCorrected;
import ties.actor.ActorFacts;
import ties.actor.ActorKind;
import ties.engagement.EngagementEvent.EngagementCorrected;
import ties.engagement.EngagementEvent.EngagementRecorded;
import ties.engagement.EngagementEvent.EngagementStateChanged;
import ties.engagement.EngagementEvent.EngagementWithdrawn;
import ties.engagement.EngagementFacts;
import ties.engagement.EngagementState;
import ties.engagement.StateChange;
import ties.query.Journal;
import ties.query.RecordingEmitter;
import ties.query.store.InMemoryReadModels;
import ties.record.RecordEvent;
import ties.record.RecordType;
import ties.timeline.Development;
import ties.timeline.DevelopmentKind;
import ties.timeline.FindTimeline;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ties.query.EngagementEvents.*;

@DisplayName("Timeline: an engagement is one development over the time it takes, involving its parties' countries")
class EngagementDevelopmentsTest {

    private final InMemoryReadModels store = new InMemoryReadModels();
    private final RecordingEmitter emitter = new RecordingEmitter();
    private final TimelineProjection projection = new TimelineProjection(store, emitter);
    private final TimelineQueries queries = new TimelineQueries(store);
    private final Journal journal = new Journal();

    private void given(RecordEvent... events) {
        for (RecordEvent event : events) {
            DevelopmentHandlers.deliver(projection, journal.record(event));
        }
    }

    private List<Development> timeline(List<ties.fact.CountryCode> countries, DevelopmentKind kind) {
        return queries.handle(new FindTimeline(null, countries, kind, null, null, null, null, 500, null)).developments();
    }

    @Test
    void a_held_exercise_shows_what_where_who_in_which_role_and_its_span() {
        given(pakistanNavy(), iranNavy(), turkey(), eighthHeld());

        Development eighth = timeline(List.of(), DevelopmentKind.ENGAGEMENT).get(0);
        assertThat(eighth.key()).isEqualTo("engagement:" + EIGHTH);
        assertThat(eighth.recordType()).isEqualTo(RecordType.ENGAGEMENT);
        assertThat(eighth.summary()).isEqualTo("Exercise held: 8th Pakistan–Iran bilateral naval exercise, off Karachi, "
                + "Pakistan — Pakistan Navy (host), Islamic Republic of Iran Navy (participant), Turkey (observer, first time)");
        assertThat(eighth.occurred().text()).isEqualTo("6 March 2025 to 10 March 2025");
        assertThat(eighth.occurred().earliest()).isEqualTo(LocalDate.of(2025, 3, 6));
        assertThat(eighth.occurred().latest()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(eighth.countries()).containsExactly(IRAN, PAKISTAN, TURKEY);
        assertThat(eighth.actorIds()).containsExactly(PAKISTAN_NAVY, IRAN_NAVY, TURKEY_ACTOR);
        assertThat(timeline(List.of(PAKISTAN, TURKEY), null)).extracting(Development::recordId).containsExactly(EIGHTH);
    }

    @Test
    void a_state_change_a_correction_and_a_renamed_party_rebuild_it_and_a_withdrawal_removes_it() {
        EngagementFacts planned = new EngagementFacts(eighthHeld().engagement().kind(), eighthHeld().engagement().title(),
                eighthHeld().engagement().series(), 8, eighthHeld().engagement().place(), resolved("March 2025"), null,
                EngagementState.PLANNED, eighthHeld().engagement().participants(), null, DAWN);
        given(pakistanNavy(), iranNavy(), turkey(), new EngagementRecorded(EIGHTH, planned));
        assertThat(timeline(List.of(), DevelopmentKind.ENGAGEMENT).get(0).summary()).startsWith("Exercise planned: ");

        given(new EngagementStateChanged(EIGHTH, EngagementState.PLANNED, new StateChange("held", EngagementState.HELD,
                null, resolved("6 March 2025"), resolved("10 March 2025"), DAWN, null)));
        Development held = timeline(List.of(), DevelopmentKind.ENGAGEMENT).get(0);
        assertThat(held.summary()).startsWith("Exercise held: ");
        assertThat(held.occurred().latest()).isEqualTo(LocalDate.of(2025, 3, 10));

        given(new ActorCorrected(TURKEY_ACTOR, turkey().actor(), new ActorFacts(ActorKind.COUNTRY, "Türkiye", List.of(),
                TURKEY, DAWN), "the country's name since 2022"));
        assertThat(timeline(List.of(), DevelopmentKind.ENGAGEMENT).get(0).summary()).endsWith("Türkiye (observer, first time)");

        given(new EngagementCorrected(EIGHTH, eighthHeld().engagement(), edition(8, "5 March 2025", "10 March 2025",
                eighthHeld().engagement().participants().toArray(ties.engagement.Participant[]::new)), "began a day earlier"));
        assertThat(timeline(List.of(), DevelopmentKind.ENGAGEMENT).get(0).occurred().earliest()).isEqualTo(LocalDate.of(2025, 3, 5));

        given(new EngagementWithdrawn(EIGHTH, "duplicate"));
        assertThat(timeline(List.of(), DevelopmentKind.ENGAGEMENT)).isEmpty();
        assertThat(emitter.updatesFor(new FindTimeline(null, List.of(TURKEY), null, null, null, null, null, 50, null),
                Development.class)).last().satisfies(d -> assertThat(d.withdrawn()).isTrue());
    }
}
