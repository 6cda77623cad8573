package ties.command.initiative;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ties.command.record.Accepted;
import ties.initiative.InitiativeEvent.EngagementSeriesLinked;
import ties.initiative.InitiativeEvent.InitiativeProposed;
import ties.initiative.InitiativeEvent.InitiativeWithdrawn;
import ties.initiative.LinkEngagementSeries;
import ties.initiative.SeriesLink;

import static ties.command.Refusals.refused;
import static ties.command.SeedFacts.*;
import static ties.command.record.Accepted.Outcome.UNCHANGED;
import static ties.command.record.Accepted.Outcome.UPDATED;
import static ties.fact.Rejection.Kind.CONFLICT;

@DisplayName("Initiative: the joint naval exercises are implemented by the bilateral naval exercise series")
class EngagementSeriesLinkTest {

    private static final String SERIES = "pk-ir-naval-exercise";
    private static final SeriesLink LINK = new SeriesLink("the exercises agreed are held as the bilateral series", TASNIM);

    private FixtureConfiguration<Initiative> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Initiative.class);
        fixture.registerInjectableResource(seedDirectory());
    }

    private static InitiativeProposed proposed() {
        return new InitiativeProposed(NAVAL_EXERCISES, navalExercises().withOccurred(resolved("recently")));
    }

    @Test
    void a_series_is_linked_once_and_linking_it_again_changes_nothing() {
        fixture.given(proposed())
                .when(new LinkEngagementSeries(NAVAL_EXERCISES, SERIES, LINK))
                .expectEvents(new EngagementSeriesLinked(NAVAL_EXERCISES, SERIES, LINK))
                .expectResultMessagePayload(new Accepted(NAVAL_EXERCISES, 1, UPDATED));
        fixture.given(proposed(), new EngagementSeriesLinked(NAVAL_EXERCISES, SERIES, LINK))
                .when(new LinkEngagementSeries(NAVAL_EXERCISES, SERIES, LINK))
                .expectNoEvents()
                .expectResultMessagePayload(new Accepted(NAVAL_EXERCISES, 1, UNCHANGED));
    }

    @Test
    void the_same_series_with_other_content_is_a_conflict() {
        fixture.given(proposed(), new EngagementSeriesLinked(NAVAL_EXERCISES, SERIES, LINK))
                .when(new LinkEngagementSeries(NAVAL_EXERCISES, SERIES, new SeriesLink("another reason", TASNIM)))
                .expectNoEvents()
                .expectException(refused(CONFLICT, null));
    }

    @Test
    void a_withdrawn_initiative_links_nothing() {
        fixture.given(proposed(), new InitiativeWithdrawn(NAVAL_EXERCISES, "duplicate"))
                .when(new LinkEngagementSeries(NAVAL_EXERCISES, SERIES, LINK))
                .expectNoEvents()
                .expectException(refused(CONFLICT, null));
    }
}
