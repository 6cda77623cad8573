package ties.query.timeline;

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
import ties.record.RecordType;
import ties.timeline.Development;
import ties.timeline.DevelopmentKind;
import ties.timeline.FindTimeline;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ties.query.SeedEvents.*;

@DisplayName("Timeline: agreements of non-state parties, obstacles to a relationship, any number of countries")
class PartiesOnTheTimelineTest {

    private static final CountryCode KYRGYZSTAN = CountryCode.of("KG");

    private final TimelineProjectionTest.Timeline timeline = new TimelineProjectionTest.Timeline();
    private final Journal journal = new Journal();

    private void given(RecordEvent... events) {
        for (RecordEvent event : events) {
            timeline.deliver(journal.record(event));
        }
    }

    private List<Development> between(CountryCode... countries) {
        return timeline.queries.handle(new FindTimeline(null, List.of(countries), null, null, null, null, null, 500, null))
                .developments();
    }

    @Test
    void a_private_mou_involves_its_parties_countries_and_names_them_when_no_signatory_is_named() {
        given(new ActorRegistered("padi", new ActorFacts(ActorKind.INDUSTRY_ASSOCIATION,
                        "Pakistan Association of Defence Industries", List.of(), PAKISTAN, TASNIM)),
                new ActorRegistered("stm-savunma", new ActorFacts(ActorKind.COMPANY, "STM Savunma Teknolojileri",
                        List.of(), TURKEY, TASNIM)),
                new ActorRegistered("maritime-forum", new ActorFacts(ActorKind.THINK_TANK, "Maritime Security Forum",
                        List.of(), null, TASNIM)),
                new AgreementRecorded("padi-stm-mou", new AgreementFacts("MoU on naval platforms", AgreementKind.MOU,
                        List.of("padi", "stm-savunma", "maritime-forum"), List.of(), resolved("recently"), List.of(),
                        List.of(), null, null, TASNIM)));

        List<Development> found = between(PAKISTAN, TURKEY);
        assertThat(found).hasSize(1);
        Development mou = found.get(0);
        assertThat(mou.countries()).containsExactly(PAKISTAN, TURKEY);
        assertThat(mou.bilateral()).isTrue();
        assertThat(mou.actorIds()).containsExactly("padi", "stm-savunma", "maritime-forum");
        assertThat(mou.summary()).isEqualTo("MoU signed: MoU on naval platforms "
                + "(Pakistan Association of Defence Industries, STM Savunma Teknolojileri, Maritime Security Forum)");
    }

    @Test
    void an_obstacle_to_a_relationship_is_one_development_of_that_relationship() {
        given(navalExercisesProposed(), borderPatrolsProposed());
        given(new RelationshipObstacleRecorded("sanctions-on-iran", new RelationshipObstacleFacts(ObstacleKind.SANCTIONS,
                "Sanctions on Iran have hindered defence cooperation", List.of(PAKISTAN, IRAN),
                List.of(NAVAL_EXERCISES, BORDER_PATROLS), resolved("2018"), TASNIM)));

        List<Development> obstacles = between(IRAN, PAKISTAN).stream().filter(d -> d.kind() == DevelopmentKind.OBSTACLE).toList();
        assertThat(obstacles).hasSize(1);
        assertThat(obstacles.get(0).recordType()).isEqualTo(RecordType.OBSTACLE);
        assertThat(obstacles.get(0).initiativeIds()).containsExactly(NAVAL_EXERCISES, BORDER_PATROLS);
        assertThat(obstacles.get(0).countries()).containsExactly(IRAN, PAKISTAN);
        assertThat(obstacles.get(0).summary()).startsWith("Relationship hindered by sanctions: ");
    }

    @Test
    void three_countries_give_the_developments_involving_all_three_and_say_they_are_multilateral() {
        given(ministry("mod-ir", IRAN), ministry("mod-pk", PAKISTAN), ministry("mod-kg", KYRGYZSTAN));
        given(new AgreementRecorded("ir-pk-kg-terms-of-reference", new AgreementFacts(
                "Terms of reference for trilateral consultations", AgreementKind.TERMS_OF_REFERENCE,
                List.of("mod-ir", "mod-pk", "mod-kg"), List.of(), resolved("recently"), List.of(), List.of(), null, null,
                TASNIM)), agreements2018());

        assertThat(between(IRAN, PAKISTAN, KYRGYZSTAN)).extracting(Development::recordId)
                .containsExactly("ir-pk-kg-terms-of-reference");
        assertThat(between(IRAN, PAKISTAN, KYRGYZSTAN).get(0).multilateral()).isTrue();
        assertThat(between(IRAN, PAKISTAN)).hasSize(2);
    }

    private static ActorRegistered ministry(String id, CountryCode country) {
        return new ActorRegistered(id, new ActorFacts(ActorKind.MINISTRY, "Ministry of Defence (" + country.code() + ")",
                List.of(), country, TASNIM));
    }
}
