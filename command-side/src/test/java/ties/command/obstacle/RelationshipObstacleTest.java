package ties.command.obstacle;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ties.command.record.Accepted;
import ties.command.record.InMemoryRecordDirectory;
import ties.initiative.ObstacleKind;
import ties.obstacle.CorrectRelationshipObstacle;
import ties.obstacle.RecordRelationshipObstacle;
import ties.obstacle.RelationshipObstacleEvent.RelationshipObstacleCorrected;
import ties.obstacle.RelationshipObstacleEvent.RelationshipObstacleRecorded;
import ties.obstacle.RelationshipObstacleEvent.RelationshipObstacleWithdrawn;
import ties.obstacle.RelationshipObstacleFacts;
import ties.obstacle.WithdrawRelationshipObstacle;

import java.util.List;

import static ties.command.Refusals.refused;
import static ties.command.SeedFacts.*;
import static ties.command.record.Accepted.Outcome.CREATED;
import static ties.command.record.Accepted.Outcome.UNCHANGED;
import static ties.command.record.Accepted.Outcome.UPDATED;
import static ties.fact.Rejection.Kind.CONFLICT;
import static ties.fact.Rejection.Kind.INVALID;
import static ties.fact.Rejection.Kind.UNKNOWN_RECORD;

/**
 * "Sanctions on Iran and international pressure on Pakistan have hindered earlier cooperation": recorded
 * once against the Iran–Pakistan relationship and linked to the initiatives they held back.
 */
@DisplayName("Relationship obstacle: recorded once, linked to the initiatives it holds back")
class RelationshipObstacleTest {

    private final InMemoryRecordDirectory directory = seedDirectory();
    private FixtureConfiguration<RelationshipObstacle> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RelationshipObstacle.class);
        fixture.registerInjectableResource(directory);
    }

    private static RelationshipObstacleFacts sanctions(List<String> initiativeIds) {
        return new RelationshipObstacleFacts(ObstacleKind.SANCTIONS,
                "Sanctions on Iran have hindered earlier defence cooperation with Pakistan", List.of(IRAN, PAKISTAN),
                initiativeIds, date("recently"), TASNIM);
    }

    private static RelationshipObstacleRecorded recorded(List<String> initiativeIds) {
        return new RelationshipObstacleRecorded(SANCTIONS, sanctions(initiativeIds).withOccurred(resolved("recently")));
    }

    @Test
    void an_obstacle_is_recorded_against_a_relationship_and_linked_to_initiatives() {
        fixture.givenNoPriorActivity()
                .when(new RecordRelationshipObstacle(SANCTIONS, sanctions(List.of(MILITARY_TRAINING, NAVAL_EXERCISES))))
                .expectEvents(recorded(List.of(MILITARY_TRAINING, NAVAL_EXERCISES)))
                .expectResultMessagePayload(new Accepted(SANCTIONS, 0, CREATED));
    }

    @Test
    void a_retry_changes_nothing() {
        fixture.given(recorded(List.of(MILITARY_TRAINING)))
                .when(new RecordRelationshipObstacle(SANCTIONS, sanctions(List.of(MILITARY_TRAINING))))
                .expectNoEvents()
                .expectResultMessagePayload(new Accepted(SANCTIONS, 0, UNCHANGED));
    }

    @Test
    void linked_initiatives_must_be_recorded() {
        fixture.givenNoPriorActivity()
                .when(new RecordRelationshipObstacle(SANCTIONS, sanctions(List.of("ir-pk-gas-pipeline"))))
                .expectNoEvents()
                .expectException(refused(UNKNOWN_RECORD, "obstacle.initiativeIds"));
    }

    @Test
    void each_initiative_is_linked_once() {
        fixture.givenNoPriorActivity()
                .when(new RecordRelationshipObstacle(SANCTIONS, sanctions(List.of(NAVAL_EXERCISES, NAVAL_EXERCISES))))
                .expectNoEvents()
                .expectException(refused(INVALID, "obstacle.initiativeIds"));
    }

    @Test
    void each_country_is_named_once() {
        RelationshipObstacleFacts twice = new RelationshipObstacleFacts(ObstacleKind.SANCTIONS, "Sanctions",
                List.of(IRAN, IRAN), List.of(), date("recently"), TASNIM);
        fixture.givenNoPriorActivity()
                .when(new RecordRelationshipObstacle(SANCTIONS, twice))
                .expectNoEvents()
                .expectException(refused(INVALID, "obstacle.countries"));
    }

    @Test
    void linking_another_initiative_is_a_correction() {
        RelationshipObstacleFacts linked = sanctions(List.of(MILITARY_TRAINING, BORDER_PATROLS)).withOccurred(resolved("recently"));
        fixture.given(recorded(List.of(MILITARY_TRAINING)))
                .when(new CorrectRelationshipObstacle(SANCTIONS, "it held back the border patrols too",
                        sanctions(List.of(MILITARY_TRAINING, BORDER_PATROLS)), null))
                .expectEvents(new RelationshipObstacleCorrected(SANCTIONS, recorded(List.of(MILITARY_TRAINING)).obstacle(),
                        linked, "it held back the border patrols too"))
                .expectResultMessagePayload(new Accepted(SANCTIONS, 1, UPDATED));
    }

    @Test
    void a_withdrawn_obstacle_cannot_be_corrected() {
        fixture.given(recorded(List.of()), new RelationshipObstacleWithdrawn(SANCTIONS, "duplicate"))
                .when(new CorrectRelationshipObstacle(SANCTIONS, "link", sanctions(List.of(NAVAL_EXERCISES)), null))
                .expectNoEvents()
                .expectException(refused(CONFLICT, null));
    }

    @Test
    void an_obstacle_is_withdrawn_once() {
        fixture.given(recorded(List.of()), new RelationshipObstacleWithdrawn(SANCTIONS, "duplicate"))
                .when(new WithdrawRelationshipObstacle(SANCTIONS, "duplicate", null))
                .expectNoEvents()
                .expectResultMessagePayload(new Accepted(SANCTIONS, 1, UNCHANGED));
    }
}
