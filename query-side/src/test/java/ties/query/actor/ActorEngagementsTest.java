package ties.query.actor;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ties.actor.ActorEvent.ActorRegistered;
import ties.actor.ActorView;
import ties.actor.ActorView.EngagementLine;
import ties.actor.FindActor;
import ties.engagement.EngagementEvent.EngagementCorrected;
import ties.engagement.EngagementEvent.EngagementRecorded;
import ties.engagement.EngagementEvent.EngagementStateChanged;
import ties.engagement.EngagementEvent.EngagementWithdrawn;
import ties.engagement.EngagementState;
import ties.engagement.ParticipationRole;
import ties.query.Journal;
import ties.query.store.InMemoryReadModels;
import ties.record.RecordEvent;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static ties.query.EngagementEvents.*;

@DisplayName("Actor page: the engagements an actor took part in, with its role and first participation in a series")
class ActorEngagementsTest {

    private final InMemoryReadModels store = new InMemoryReadModels();
    private final ActorProjection projection = new ActorProjection(store);
    private final ActorQueries queries = new ActorQueries(store);
    private final Journal journal = new Journal();

    private void given(RecordEvent... events) {
        for (RecordEvent event : events) {
            var recorded = journal.record(event).recorded();
            if (event instanceof ActorRegistered e) {
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
    }

    private ActorView actor(String actorId, Instant asOf) {
        return queries.handle(new FindActor(actorId, asOf));
    }

    @Test
    void each_engagement_in_the_order_it_took_place_with_the_role_and_whether_it_was_the_first_in_its_series() {
        given(pakistanNavy(), iranNavy(), turkey(), eighthHeld(), trilateralDialogue(), seventhHeld());

        assertThat(actor(PAKISTAN_NAVY, null).engagements()).extracting(EngagementLine::engagementId, EngagementLine::role,
                EngagementLine::firstInSeries).containsExactly(tuple(SEVENTH, ParticipationRole.HOST, true),
                tuple(DIALOGUE, ParticipationRole.PARTICIPANT, null), tuple(EIGHTH, ParticipationRole.HOST, false));
        assertThat(actor(TURKEY_ACTOR, null).engagements()).extracting(EngagementLine::engagementId, EngagementLine::role,
                EngagementLine::firstTime, EngagementLine::firstInSeries).containsExactly(
                tuple(DIALOGUE, ParticipationRole.HOST, null, null), tuple(EIGHTH, ParticipationRole.OBSERVER, true, true));
    }

    @Test
    void a_correction_a_state_change_and_a_withdrawal_show_and_the_page_as_it_was_stays_for_auditors() {
        given(pakistanNavy(), iranNavy(), turkey(), eighthHeld());
        Instant before = journal.now();
        given(new EngagementCorrected(EIGHTH, eighthHeld().engagement(), edition(8, "6 March 2025", "10 March 2025",
                as(PAKISTAN_NAVY, ParticipationRole.HOST, null), as(IRAN_NAVY, ParticipationRole.PARTICIPANT, null)),
                "Turkey was not there"));

        assertThat(actor(TURKEY_ACTOR, null).engagements()).isEmpty();
        assertThat(actor(TURKEY_ACTOR, before).engagements()).extracting(EngagementLine::engagementId).containsExactly(EIGHTH);
        assertThat(actor(IRAN_NAVY, null).engagements()).extracting(EngagementLine::state).containsExactly(EngagementState.HELD);

        given(new EngagementWithdrawn(EIGHTH, "duplicate"));
        assertThat(actor(IRAN_NAVY, null).engagements()).isEmpty();
    }
}
