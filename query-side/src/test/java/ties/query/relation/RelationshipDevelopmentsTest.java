package ties.query.relation;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ties.actor.ActorEvent.ActorRegistered;
import ties.actor.ActorFacts;
import ties.actor.ActorKind;
import ties.agreement.AgreementEvent.AgreementRecorded;
import ties.agreement.AgreementFacts;
import ties.agreement.AgreementKind;
import ties.fact.CountryCode;
import ties.initiative.ObstacleKind;
import ties.obstacle.RelationshipObstacleEvent.RelationshipObstacleRecorded;
import ties.obstacle.RelationshipObstacleFacts;
import ties.query.Journal;
import ties.record.RecordEvent;
import ties.relation.Granularity;
import ties.relation.RelationView;
import ties.timeline.DevelopmentKind;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ties.query.SeedEvents.*;

@DisplayName("Relations: an obstacle to a relationship counted once; bilateral and multilateral developments apart")
class RelationshipDevelopmentsTest {

    private final RelationsProjectionTest.Relations relations = new RelationsProjectionTest.Relations();
    private final Journal journal = new Journal();

    private void given(RecordEvent... events) {
        for (RecordEvent event : events) {
            relations.deliver(journal.record(event));
        }
    }

    private static RelationshipObstacleRecorded sanctionsHolding(String... initiativeIds) {
        return new RelationshipObstacleRecorded("sanctions-on-iran", new RelationshipObstacleFacts(ObstacleKind.SANCTIONS,
                "International pressures, particularly sanctions on Iran, have previously hindered defense cooperation",
                List.of(IRAN, PAKISTAN), List.of(initiativeIds), resolved("2018"), TASNIM));
    }

    @Test
    void an_obstacle_linked_to_many_initiatives_counts_once_for_the_relationship() {
        given(navalExercisesProposed(), borderPatrolsProposed(), militaryTrainingProposed());
        given(sanctionsHolding(NAVAL_EXERCISES, BORDER_PATROLS, MILITARY_TRAINING));

        RelationView chart = relations.chart(IRAN, PAKISTAN, Granularity.YEAR);
        assertThat(chart.totals()).containsEntry(DevelopmentKind.OBSTACLE, 1L);
        assertThat(chart.bilateral()).containsEntry(DevelopmentKind.OBSTACLE, 1L);
        assertThat(chart.multilateral()).doesNotContainKey(DevelopmentKind.OBSTACLE);
    }

    @Test
    void an_agreement_among_three_parties_counts_as_multilateral_between_any_two_of_them() {
        CountryCode kyrgyzstan = CountryCode.of("KG");
        given(ministry("mod-ir", IRAN), ministry("mod-pk", PAKISTAN), ministry("mod-kg", kyrgyzstan));
        given(new AgreementRecorded("ir-pk-kg-terms-of-reference", new AgreementFacts(
                "Terms of reference for trilateral counter-terrorism consultations", AgreementKind.TERMS_OF_REFERENCE,
                List.of("mod-ir", "mod-pk", "mod-kg"), List.of(), resolved("recently"), List.of(), List.of(), null, null,
                TASNIM)));
        given(agreements2018());

        RelationView chart = relations.chart(IRAN, PAKISTAN, Granularity.YEAR);
        assertThat(chart.totals()).containsEntry(DevelopmentKind.AGREEMENT, 2L);
        assertThat(chart.bilateral()).isEqualTo(Map.of(DevelopmentKind.AGREEMENT, 1L));
        assertThat(chart.multilateral()).isEqualTo(Map.of(DevelopmentKind.AGREEMENT, 1L));
        assertThat(relations.chart(PAKISTAN, kyrgyzstan, Granularity.YEAR).multilateral())
                .containsEntry(DevelopmentKind.AGREEMENT, 1L);
    }

    private static ActorRegistered ministry(String id, CountryCode country) {
        return new ActorRegistered(id, new ActorFacts(ActorKind.MINISTRY, "Ministry of Defence (" + country.code() + ")",
                List.of(), country, TASNIM));
    }
}
