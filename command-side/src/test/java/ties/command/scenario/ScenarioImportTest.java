package ties.command.scenario;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ties.actor.ActorKind;
import ties.actor.RegisterActor;
import ties.command.record.Accepted;
import ties.command.record.InMemoryRecordDirectory;
import ties.fact.Confidence;
import ties.fact.CountryCode;
import ties.fact.Rejection;
import ties.initiative.ChangeInitiativeStatus;
import ties.initiative.InitiativeStatus;
import ties.record.RecordRef;
import ties.record.RecordType;
import ties.visit.RecordVisit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ties.command.scenario.ScenarioFixtures.RecordingSender;
import static ties.command.scenario.ScenarioFixtures.importer;
import static ties.command.scenario.ScenarioFixtures.scenario;
import static ties.command.scenario.ScenarioFixtures.seed;

@DisplayName("Scenario import: the whole batch is checked first, every problem reported with its position")
class ScenarioImportTest {

    private static final String BAGHERI = """
            {"type": "RegisterActor", "actorId": "mohammad-bagheri",
             "actor": {"kind": "PERSON", "name": "Mohammad Hossein Bagheri", "country": "IR"}}""";
    private static final String MUNIR = """
            {"type": "RegisterActor", "actorId": "asim-munir",
             "actor": {"kind": "PERSON", "name": "Asim Munir", "country": "PK"}}""";
    private static final String VISIT = """
            {"type": "RecordVisit", "visitId": "bagheri-islamabad-2025",
             "visit": {"visitorIds": ["mohammad-bagheri"], "city": "Islamabad", "country": "PK",
                       "occurred": "recently", "hostIds": ["asim-munir"]}}""";

    private final InMemoryRecordDirectory directory = new InMemoryRecordDirectory();

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private ImportReport validate(String steps) {
        return importer(directory).validate(json(scenario(steps)));
    }

    private static List<String> lines(ImportReport report) {
        return report.problems().stream().map(ImportProblem::toString).toList();
    }

    @Nested
    @DisplayName("the bundled seed scenario")
    class Seed {

        @Test
        @DisplayName("validates with no problem on an empty system")
        void validatesOnEmptySystem() {
            ImportReport report = importer(directory).validate(seed());

            assertThat(lines(report)).isEmpty();
            assertThat(report.status()).isEqualTo(ImportReport.Status.VALID);
            assertThat(report.scenario()).isEqualTo("iran-pakistan-2025");
            assertThat(report.totalSteps()).isEqualTo(63);
            assertThat(report.byType()).containsKeys("RegisterActor", "AddActorAlias", "RecordActorRole", "RecordVisit",
                    "RecordMeeting", "RecordStatement", "ProposeInitiative", "ChangeInitiativeStatus",
                    "RecordRelationshipObstacle", "RecordAgreement");
            // Obstacles to the whole relationship are recorded once each, not copied onto every initiative.
            assertThat(report.byType().get("RecordRelationshipObstacle").steps()).isEqualTo(3);
            assertThat(report.byType().get("RegisterActor").steps()).isEqualTo(13);
            assertThat(report.byType().get("ProposeInitiative").steps()).isEqualTo(8);
        }

        @Test
        @DisplayName("validates again once everything in it is recorded (re-import)")
        void validatesWhenAlreadyRecorded() {
            directory.actor("mohammad-bagheri", ActorKind.PERSON, CountryCode.of("IR"),
                            "Mohammad Hossein Bagheri", "Mohammad Bagheri", "Baqeri")
                    .actor("iran", ActorKind.COUNTRY, CountryCode.of("IR"), "Iran")
                    .recorded(RecordType.VISIT, "bagheri-islamabad-2025")
                    .recorded(RecordType.INITIATIVE, "ir-pk-joint-naval-exercises")
                    .recorded(RecordType.STATEMENT, "bagheri-call-four-country-alignment");

            ImportReport report = importer(directory).validate(seed());

            assertThat(lines(report)).isEmpty();
        }

        @Test
        @DisplayName("gives every facts object the default provenance unless it has its own, and every status change an id")
        void defaultsAndChangeIds() {
            RecordingSender sender = new RecordingSender();
            ImportReport report = importer(directory, sender, 5000).run(seed(), "ties-demo", "demo");

            assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
            assertThat(sender.sent).hasSize(63);
            assertThat(sender.requestIds).startsWith("demo/0", "demo/1");
            RegisterActor iran = (RegisterActor) sender.sent.get(0);
            assertThat(iran.actor().provenance().confidence()).isEqualTo(Confidence.HIGH);
            assertThat(iran.actor().provenance().reportedOn()).isEqualTo(LocalDate.of(2025, 1, 15));
            assertThat(iran.actor().provenance().sources().get(0).attribution()).containsExactly("Tasnim News Agency");
            List<ChangeInitiativeStatus> changes = sender.sent.stream()
                    .filter(ChangeInitiativeStatus.class::isInstance).map(ChangeInitiativeStatus.class::cast).toList();
            assertThat(changes).isNotEmpty().allSatisfy(change -> assertThat(change.change().changeId()).isNotNull());
            assertThat(changes).anySatisfy(change ->
                    assertThat(change.change().provenance().confidence()).isEqualTo(Confidence.LOW));
            // The 2025 talks: stalled 2018 efforts reopened during the visit, citing it.
            assertThat(changes).filteredOn(change -> change.change().reopen()).hasSize(2).allSatisfy(change -> {
                assertThat(change.change().status()).isEqualTo(InitiativeStatus.UNDER_DISCUSSION);
                assertThat(change.change().occasion()).isEqualTo(new RecordRef(RecordType.VISIT, "bagheri-islamabad-2025"));
            });
        }
    }

    @Test
    @DisplayName("a broken batch reports every problem with its position, and nothing is sent")
    void reportsEveryProblem() {
        RecordingSender sender = new RecordingSender();
        String steps = String.join(",\n", BAGHERI,
                // steps[1]: a day that does not exist
                """
                {"type": "RecordVisit", "visitId": "bagheri-islamabad-2025",
                 "visit": {"visitorIds": ["mohammad-bagheri"], "country": "PK", "occurred": "2018-02-30"}}""",
                // steps[2]: an unknown reference
                """
                {"type": "RecordVisit", "visitId": "bagheri-tehran-2024",
                 "visit": {"visitorIds": ["mohammad-bagheri", "nobody-known"], "country": "IR", "occurred": "last year"}}""",
                // steps[3]: an unknown step type
                """
                {"type": "RecordVisitt", "visitId": "x-visit"}""",
                // steps[4]: unknown fields
                """
                {"type": "RegisterActor", "actorId": "asim-munir", "rank": "General",
                 "actor": {"kind": "PERSON", "name": "Asim Munir", "country": "PK", "nmae": "Munir"}}""",
                // steps[5]: a missing required field
                """
                {"type": "RegisterActor", "actorId": "asif-ali-zardari", "actor": {"name": "Asif Ali Zardari"}}""",
                // steps[6]: a wrong type
                """
                {"type": "RecordVisit", "visitId": "munir-tehran-2024",
                 "visit": {"visitorIds": "asim-munir", "country": "IR", "occurred": "last year"}}""");

        ImportReport report = importer(directory, sender, 5000).run(json(scenario(steps)), "editor", "req");

        assertThat(report.status()).isEqualTo(ImportReport.Status.INVALID);
        assertThat(sender.sent).isEmpty();
        assertThat(lines(report)).containsExactly(
                "steps[1] (RecordVisit bagheri-islamabad-2025) visit.occurred: '2018-02-30' is not a date that exists",
                "steps[2] (RecordVisit bagheri-tehran-2024) visit.visitorIds[1]: no actor 'nobody-known' is recorded or "
                        + "created by an earlier step",
                "steps[3] type: unknown step type 'RecordVisitt'; did you mean 'RecordVisit'? (step types: "
                        + String.join(", ", StepTypes.ALL.keySet()) + ")",
                "steps[4] (RegisterActor asim-munir) rank: unknown field 'rank' (known fields: actor, actorId)",
                "steps[4] (RegisterActor asim-munir) actor.nmae: unknown field 'nmae'; did you mean 'name'? "
                        + "(known fields: aliases, country, kind, name, provenance)",
                "steps[5] (RegisterActor asif-ali-zardari) actor.kind: must not be null",
                "steps[6] (RecordVisit munir-tehran-2024) visit.visitorIds: expected a list");
        assertThat(report.problems().get(0)).isEqualTo(new ImportProblem("steps[1]", "RecordVisit bagheri-islamabad-2025",
                "visit.occurred", "'2018-02-30' is not a date that exists"));
    }

    @Test
    @DisplayName("the scenario's own fields are checked too")
    void scenarioFields() {
        String text = """
                {"scenario": "Not A Slug", "steps": [], "author": "me",
                 "defaultProvenance": {"sources": [], "confidence": "SURE"}}""";

        ImportReport report = importer(directory).validate(json(text));

        assertThat(lines(report)).containsExactly(
                "scenario author: unknown field 'author' (known fields: defaultProvenance, description, scenario, steps, title)",
                "scenario scenario: name the scenario with a slug (" + ties.record.Ids.SLUG_RULE + ")",
                "scenario title: give the scenario a title: one line of at most 300 characters",
                "scenario defaultProvenance.confidence: 'SURE' is not one of [HIGH, MEDIUM, LOW]",
                "scenario steps: the scenario has no steps");
    }

    @Test
    @DisplayName("an invalid default provenance is reported once, not on every step that uses it")
    void invalidDefaultReportedOnce() {
        String text = """
                {"scenario": "test-scenario", "title": "t",
                 "defaultProvenance": {"sources": [{"publisher": "Ties seed article", "published": "2025-01-15"}]},
                 "steps": [%s, %s]}""".formatted(BAGHERI, MUNIR);

        ImportReport report = importer(directory).validate(json(text));

        assertThat(lines(report)).containsExactly("scenario defaultProvenance.confidence: must not be null");
    }

    @Test
    @DisplayName("a default provenance that cannot be read is reported once, and not given to the steps")
    void unusableDefaultReportedOnce() {
        String text = """
                {"scenario": "test-scenario", "title": "t",
                 "defaultProvenance": {"sources": [{"publisher": "Ties seed article", "published": "2025-01-15"}],
                                       "confidence": "SURE"},
                 "steps": [%s, %s]}""".formatted(BAGHERI, MUNIR);

        ImportReport report = importer(directory).validate(json(text));

        assertThat(lines(report)).containsExactly(
                "scenario defaultProvenance.confidence: 'SURE' is not one of [HIGH, MEDIUM, LOW]");
    }

    @Test
    @DisplayName("without a default provenance, every facts object needs its own")
    void noDefault() {
        String text = """
                {"scenario": "test-scenario", "title": "t", "steps": [%s]}""".formatted(BAGHERI);

        assertThat(lines(importer(directory).validate(json(text)))).containsExactly(
                "steps[0] (RegisterActor mohammad-bagheri) actor.provenance: must not be null");
    }

    @Nested
    @DisplayName("references")
    class References {

        @Test
        @DisplayName("to ids created by earlier steps are accepted")
        void earlierStepsAccepted() {
            ImportReport report = validate(String.join(",", BAGHERI, MUNIR, VISIT));

            assertThat(lines(report)).isEmpty();
        }

        @Test
        @DisplayName("to ids already recorded are accepted")
        void recordedAccepted() {
            directory.recorded(RecordType.ACTOR, "mohammad-bagheri", "asim-munir");

            assertThat(lines(validate(VISIT))).isEmpty();
        }

        @Test
        @DisplayName("to ids created by later steps are refused, naming the step to move")
        void laterStepsRefused() {
            ImportReport report = validate(String.join(",", BAGHERI, VISIT, MUNIR));

            assertThat(lines(report)).containsExactly("steps[1] (RecordVisit bagheri-islamabad-2025) visit.hostIds[0]: "
                    + "no actor 'asim-munir' exists yet: it is created by steps[2], after this step; move that step before this one");
        }

        @Test
        @DisplayName("to a record of another type are refused")
        void wrongTypeRefused() {
            directory.recorded(RecordType.VISIT, "asim-munir");

            assertThat(lines(validate(String.join(",", BAGHERI, VISIT)))).containsExactly(
                    "steps[1] (RecordVisit bagheri-islamabad-2025) visit.hostIds[0]: 'asim-munir' is a recorded visit, not an actor");
        }

        @Test
        @DisplayName("to withdrawn records are refused")
        void withdrawnRefused() {
            directory.recorded(RecordType.ACTOR, "mohammad-bagheri").withdrawn(RecordType.ACTOR, "asim-munir");

            assertThat(lines(validate(VISIT))).containsExactly("steps[0] (RecordVisit bagheri-islamabad-2025) "
                    + "visit.hostIds[0]: actor 'asim-munir' was withdrawn and cannot be referred to");
        }

        @Test
        @DisplayName("a step that changes a record needs the record")
        void targetNeeded() {
            ImportReport report = validate("""
                    {"type": "AddActorAlias", "actorId": "mohammad-bagheri", "alias": "Baqeri"}""");

            assertThat(lines(report)).containsExactly("steps[0] (AddActorAlias mohammad-bagheri) actorId: "
                    + "no actor 'mohammad-bagheri' is recorded or created by an earlier step");
        }
    }

    @Nested
    @DisplayName("repeated ids and idempotency")
    class Repeats {

        @Test
        @DisplayName("the same id created twice with different content is refused")
        void differentContent() {
            String other = BAGHERI.replace("Mohammad Hossein Bagheri", "Mohammad Bagheri");

            assertThat(lines(validate(String.join(",", BAGHERI, other)))).containsExactly(
                    "steps[1] (RegisterActor mohammad-bagheri) actorId: actor 'mohammad-bagheri' is already created by "
                            + "steps[0] with different content; give this one another id, or correct the record instead");
        }

        @Test
        @DisplayName("a name already used by another actor is refused")
        void sameName() {
            directory.actor("bagheri", ActorKind.PERSON, CountryCode.of("IR"), "Mohammad Hossein Bagheri");

            assertThat(lines(validate(BAGHERI))).containsExactly("steps[0] (RegisterActor mohammad-bagheri) actor.name: "
                    + "'Mohammad Hossein Bagheri' already names recorded actor 'bagheri'; use that actor, or add the spelling as its alias");
        }

        @Test
        @DisplayName("a status change needs a changeId, and no expectedVersion")
        void changeIdRequired() {
            ImportReport report = validate("""
                    {"type": "ProposeInitiative", "initiativeId": "ir-pk-joint-naval-exercises",
                     "initiative": {"title": "Joint naval exercises", "kind": "JOINT_EXERCISE", "parties": ["IR", "PK"],
                                    "occurred": "recently"}},
                    {"type": "ChangeInitiativeStatus", "initiativeId": "ir-pk-joint-naval-exercises", "expectedVersion": 1,
                     "change": {"status": "UNDER_DISCUSSION", "occurred": "recently"}}""");

            assertThat(lines(report)).containsExactly(
                    "steps[1] (ChangeInitiativeStatus ir-pk-joint-naval-exercises) expectedVersion: leave expectedVersion "
                            + "out of scenarios: a scenario is imported again unchanged, and a version check would refuse the second import",
                    "steps[1] (ChangeInitiativeStatus ir-pk-joint-naval-exercises) change.changeId: a status change in a "
                            + "scenario needs a changeId (a slug such as 'agreed-2018'), so that importing the scenario again changes nothing");
        }

        @Test
        @DisplayName("status changes of an initiative the batch proposes follow its lifecycle")
        void lifecycle() {
            ImportReport report = validate("""
                    {"type": "ProposeInitiative", "initiativeId": "ir-pk-military-training",
                     "initiative": {"title": "Military training", "kind": "MILITARY_TRAINING", "parties": ["IR", "PK"],
                                    "occurred": "2018"}},
                    {"type": "ChangeInitiativeStatus", "initiativeId": "ir-pk-military-training",
                     "change": {"changeId": "agreed-2018", "status": "AGREED", "occurred": "2018"}},
                    {"type": "ChangeInitiativeStatus", "initiativeId": "ir-pk-military-training",
                     "change": {"changeId": "agreed-2018", "status": "AGREED", "occurred": "2018"}},
                    {"type": "ChangeInitiativeStatus", "initiativeId": "ir-pk-military-training",
                     "change": {"changeId": "discussed", "status": "UNDER_DISCUSSION", "occurred": "recently"}}""");

            assertThat(lines(report)).containsExactly("steps[3] (ChangeInitiativeStatus ir-pk-military-training/discussed) "
                    + "change.status: initiative 'ir-pk-military-training' is agreed at this point of the scenario: cannot go "
                    + "back from agreed to under discussion; correct the record if the earlier status was wrong");
        }
    }

    @Test
    @DisplayName("a batch over the step limit is refused before it is checked, naming the limit")
    void overLimit() {
        ScenarioImport small = importer(directory, new RecordingSender(), 2);

        assertThatThrownBy(() -> small.validate(json(scenario(String.join(",", BAGHERI, MUNIR, VISIT)))))
                .isInstanceOf(ScenarioTooLargeException.class)
                .hasMessageContaining("3 steps, more than the limit of 2 (ties.limits.max-import-steps)")
                .satisfies(e -> assertThat(((ScenarioTooLargeException) e).limit()).isEqualTo(2));
        assertThat(small.validate(json(scenario(String.join(",", BAGHERI, MUNIR)))).problems()).isEmpty();
    }

    @Test
    @DisplayName("a body that is not JSON is refused as malformed, with where")
    void malformed() {
        assertThatThrownBy(() -> importer(directory).validate(json("{\"scenario\": \"x\",\n \"steps\": [}")))
                .isInstanceOf(ScenarioImport.MalformedScenarioException.class)
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> importer(directory).validate(json("{\"scenario\": \"x\", \"scenario\": \"y\"}")))
                .isInstanceOf(ScenarioImport.MalformedScenarioException.class)
                .hasMessageContaining("Duplicate field 'scenario'");
    }

    @Nested
    @DisplayName("running")
    class Running {

        @Test
        @DisplayName("sends the steps in order as the editor and counts what each type did")
        void counts() {
            RecordingSender sender = new RecordingSender(command -> new Accepted("id", 0,
                    command instanceof RecordVisit ? Accepted.Outcome.UNCHANGED : Accepted.Outcome.CREATED));

            ImportReport report = importer(directory, sender, 5000).run(json(scenario(String.join(",", BAGHERI, MUNIR, VISIT))),
                    "editor-1", "req-1");

            assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
            assertThat(report.stepsApplied()).isEqualTo(3);
            assertThat(report.created()).isEqualTo(2);
            assertThat(report.unchanged()).isEqualTo(1);
            assertThat(report.byType().get("RegisterActor")).isEqualTo(new ImportReport.StepCounts(2, 2, 0, 0));
            assertThat(report.byType().get("RecordVisit")).isEqualTo(new ImportReport.StepCounts(1, 0, 0, 1));
            assertThat(sender.editors).containsOnly("editor-1");
            assertThat(sender.requestIds).containsExactly("req-1/0", "req-1/1", "req-1/2");
            assertThat(((RecordVisit) sender.sent.get(2)).visit().provenance().reportedOn()).isEqualTo(LocalDate.of(2025, 1, 15));
        }

        @Test
        @DisplayName("stops at a step refused at execution and says which, and that the earlier ones were applied, as it told")
        void stopsAtRefusal() {
            RecordingSender sender = new RecordingSender(command -> {
                if (command instanceof RecordVisit) {
                    throw Rejection.conflict("visit 'bagheri-islamabad-2025' is already recorded with different content");
                }
                return new Accepted("id", 0, Accepted.Outcome.CREATED);
            });

            List<String> progress = new ArrayList<>();

            ImportReport report = importer(directory, sender, 5000).run(json(scenario(String.join(",", BAGHERI, MUNIR, VISIT))),
                    "editor-1", "req-1", (applied, total) -> progress.add(applied + " of " + total));

            assertThat(progress).as("told after each recorded step, not after the refused one")
                    .containsExactly("1 of 3", "2 of 3");
            assertThat(report.status()).isEqualTo(ImportReport.Status.FAILED);
            assertThat(report.stepsApplied()).isEqualTo(2);
            assertThat(report.failure()).isEqualTo(new ImportReport.Failure("steps[2]", "RecordVisit bagheri-islamabad-2025",
                    null, "visit 'bagheri-islamabad-2025' is already recorded with different content", "CONFLICT"));
        }
    }
}
