package ties.command.scenario;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ties.command.record.InMemoryRecordDirectory;
import ties.command.scenario.ScenarioFixtures.RecordingSender;
import ties.engagement.ChangeEngagementState;
import ties.engagement.EngagementState;
import ties.engagement.RecordEngagement;
import ties.initiative.LinkEngagementSeries;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ties.command.scenario.ScenarioFixtures.importer;
import static ties.command.scenario.ScenarioFixtures.scenario;

@DisplayName("Scenario import of engagements: announced in January, held in March, checked as a whole batch")
class EngagementScenarioTest {

    private static final String ACTORS = """
            {"type": "RegisterActor", "actorId": "pakistan-navy",
             "actor": {"kind": "ARMED_FORCES", "name": "Pakistan Navy", "country": "PK"}},
            {"type": "RegisterActor", "actorId": "iran-navy",
             "actor": {"kind": "ARMED_FORCES", "name": "Islamic Republic of Iran Navy", "country": "IR"}},
            {"type": "RegisterActor", "actorId": "turkey", "actor": {"kind": "COUNTRY", "name": "Turkey", "country": "TR"}},
            {"type": "ProposeInitiative", "initiativeId": "ir-pk-joint-naval-exercises",
             "initiative": {"title": "Joint naval exercises", "kind": "JOINT_EXERCISE", "parties": ["IR", "PK"],
                            "occurred": "recently"}}""";
    private static final String ANNOUNCED = """
            {"type": "RecordEngagement", "engagementId": "pk-ir-naval-exercise-8",
             "engagement": {"kind": "EXERCISE", "title": "8th Pakistan–Iran bilateral naval exercise",
                            "series": {"seriesId": "pk-ir-naval-exercise", "name": "Pakistan–Iran naval exercise"},
                            "edition": 8, "place": {"name": "off Karachi", "country": "PK"}, "start": "in March",
                            "state": "PLANNED",
                            "participants": [{"actorId": "pakistan-navy", "role": "HOST"},
                                             {"actorId": "iran-navy", "role": "PARTICIPANT"},
                                             {"actorId": "turkey", "role": "INVITED"}]}}""";
    private static final String DAWN = """
            {"sources": [{"publisher": "Dawn", "published": "2025-03-11", "attribution": ["ISPR"]}], "confidence": "HIGH"}""";

    private final InMemoryRecordDirectory directory = new InMemoryRecordDirectory();

    private static byte[] json(String steps) {
        return scenario(steps).getBytes(StandardCharsets.UTF_8);
    }

    private List<String> problems(String steps) {
        return importer(directory).validate(json(steps)).problems().stream().map(ImportProblem::toString).toList();
    }

    @Test
    void an_announced_exercise_held_later_and_linked_to_its_initiative_imports_in_order() {
        String steps = String.join(",\n", ACTORS, ANNOUNCED, """
                {"type": "ChangeEngagementState", "engagementId": "pk-ir-naval-exercise-8",
                 "change": {"changeId": "held", "state": "HELD", "start": "6 March 2025", "end": "10 March 2025",
                            "provenance": %s}}""".formatted(DAWN), """
                {"type": "LinkEngagementSeries", "initiativeId": "ir-pk-joint-naval-exercises",
                 "seriesId": "pk-ir-naval-exercise", "link": {"note": "the agreed exercises are held as this series"}}""");
        RecordingSender sender = new RecordingSender();

        ImportReport report = importer(directory, sender, 5000).run(json(steps), "editor", "req");

        assertThat(report.problems()).isEmpty();
        assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
        assertThat(sender.sent).hasSize(7);
        RecordEngagement announced = (RecordEngagement) sender.sent.get(4);
        assertThat(announced.engagement().provenance().reportedOn()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(((ChangeEngagementState) sender.sent.get(5)).change().state()).isEqualTo(EngagementState.HELD);
        assertThat(((LinkEngagementSeries) sender.sent.get(6)).link().provenance()).isNotNull();
    }

    @Test
    void every_broken_rule_of_an_engagement_is_reported_with_its_position() {
        String steps = String.join(",\n", ACTORS, ANNOUNCED,
                // steps[5]: a party no step registers, an end before the start, an edition without a series
                """
                {"type": "RecordEngagement", "engagementId": "ir-pk-staff-talks",
                 "engagement": {"kind": "DIALOGUE", "title": "Staff talks", "edition": 3, "start": "2024-11-20",
                                "end": "2024-11-18", "state": "HELD",
                                "participants": [{"actorId": "pakistan-army", "role": "HOST"}]}}""",
                // steps[6]: a state change without its id
                """
                {"type": "ChangeEngagementState", "engagementId": "pk-ir-naval-exercise-8",
                 "change": {"state": "CANCELLED"}}""",
                // steps[7]: a cancelled exercise cannot be held
                """
                {"type": "ChangeEngagementState", "engagementId": "pk-ir-naval-exercise-8",
                 "change": {"changeId": "held", "state": "HELD"}}""",
                // steps[8]: something held cannot end after its report
                """
                {"type": "RecordEngagement", "engagementId": "pk-port-call-bandar-abbas",
                 "engagement": {"kind": "PORT_CALL", "title": "PNS Taimur at Bandar Abbas", "start": "next month",
                                "state": "HELD", "participants": [{"actorId": "pakistan-navy", "role": "PARTICIPANT"}]}}""");

        assertThat(problems(steps)).containsExactly(
                "steps[5] (RecordEngagement ir-pk-staff-talks) engagement.participants[0].actorId: no actor 'pakistan-army' "
                        + "is recorded or created by an earlier step",
                "steps[5] (RecordEngagement ir-pk-staff-talks) engagement.end: '2024-11-18' ends before the start '2024-11-20'",
                "steps[6] (ChangeEngagementState pk-ir-naval-exercise-8) change.changeId: a state change in a scenario needs "
                        + "a changeId (a slug such as 'held-2025'), so that importing the scenario again changes nothing",
                "steps[7] (ChangeEngagementState pk-ir-naval-exercise-8/held) change.state: engagement "
                        + "'pk-ir-naval-exercise-8' is cancelled at this point of the scenario: a cancelled engagement "
                        + "cannot become held",
                "steps[8] (RecordEngagement pk-port-call-bandar-abbas) engagement.start: 'next month' lies ahead of its "
                        + "report: only a plan (a scheduled or announced event, a target date) can be dated so, not "
                        + "something reported as done");
    }
}
