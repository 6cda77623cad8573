package ties.query.board;

import ties.agreement.AgreementKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import ties.agreement.AgreementEvent.AgreementCorrected;
import ties.agreement.AgreementEvent.AgreementRecorded;
import ties.agreement.AgreementEvent.AgreementWithdrawn;
import ties.agreement.AgreementFacts;
import ties.fact.CountryCode;
import ties.fact.PartialDate.Precision;
import ties.initiative.Completion;
import ties.initiative.FindInitiative;
import ties.initiative.FindInitiatives;
import ties.initiative.InitiativeEvent.InitiativeCorrected;
import ties.initiative.InitiativeEvent.InitiativeProposed;
import ties.initiative.InitiativeEvent.InitiativeStatusChanged;
import ties.initiative.InitiativeEvent.InitiativeWithdrawn;
import ties.initiative.InitiativeEvent.ObstacleRecorded;
import ties.initiative.InitiativeFacts;
import ties.initiative.InitiativeKind;
import ties.initiative.InitiativeStatus;
import ties.initiative.InitiativeView;
import ties.initiative.InitiativeView.LinkedAgreement;
import ties.initiative.InitiativeView.LinkedStatement;
import ties.initiative.InitiativeView.Step;
import ties.initiative.ObstacleKind;
import ties.initiative.StatusChange;
import ties.obstacle.RelationshipObstacleEvent.RelationshipObstacleCorrected;
import ties.obstacle.RelationshipObstacleEvent.RelationshipObstacleRecorded;
import ties.obstacle.RelationshipObstacleEvent.RelationshipObstacleWithdrawn;
import ties.query.Journal;
import ties.query.RecordingEmitter;
import ties.query.Replays;
import ties.query.store.InMemoryReadModels;
import ties.query.store.Recorded;
import ties.record.RecordEvent;
import ties.statement.Speaker;
import ties.statement.StatementEvent.StatementCorrected;
import ties.statement.StatementEvent.StatementRecorded;
import ties.statement.StatementEvent.StatementWithdrawn;
import ties.statement.StatementFacts;
import ties.statement.StatementForm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static ties.initiative.InitiativeStatus.AGREED;
import static ties.initiative.InitiativeStatus.IMPLEMENTED;
import static ties.initiative.InitiativeStatus.PROPOSED;
import static ties.initiative.InitiativeStatus.STALLED;
import static ties.initiative.InitiativeStatus.UNDER_DISCUSSION;
import static ties.query.Journal.EDITOR;
import static ties.query.SeedEvents.*;

@DisplayName("Initiative board: where each initiative stands, how it got there, and what is linked to it")
class InitiativeBoardProjectionTest {

    /** The board projection and its query handlers over an in-memory store. */
    static final class Board implements Replays.Fixture {
        final InMemoryReadModels store = new InMemoryReadModels();
        final RecordingEmitter emitter = new RecordingEmitter();
        final InitiativeBoardProjection projection = new InitiativeBoardProjection(store, emitter);
        final InitiativeBoardQueries queries = new InitiativeBoardQueries(store);

        @Override
        public void deliver(Journal.Entry entry) {
            RecordEvent event = entry.event();
            Recorded recorded = entry.recorded();
            if (event instanceof InitiativeProposed e) {
                projection.on(e, recorded);
            } else if (event instanceof InitiativeStatusChanged e) {
                projection.on(e, recorded);
            } else if (event instanceof ObstacleRecorded e) {
                projection.on(e, recorded);
            } else if (event instanceof InitiativeCorrected e) {
                projection.on(e, recorded);
            } else if (event instanceof InitiativeWithdrawn e) {
                projection.on(e, recorded);
            } else if (event instanceof StatementRecorded e) {
                projection.on(e, recorded);
            } else if (event instanceof StatementCorrected e) {
                projection.on(e, recorded);
            } else if (event instanceof StatementWithdrawn e) {
                projection.on(e, recorded);
            } else if (event instanceof AgreementRecorded e) {
                projection.on(e, recorded);
            } else if (event instanceof AgreementCorrected e) {
                projection.on(e, recorded);
            } else if (event instanceof AgreementWithdrawn e) {
                projection.on(e, recorded);
            } else if (event instanceof RelationshipObstacleRecorded e) {
                projection.on(e, recorded);
            } else if (event instanceof RelationshipObstacleCorrected e) {
                projection.on(e, recorded);
            } else if (event instanceof RelationshipObstacleWithdrawn e) {
                projection.on(e, recorded);
            }
        }

        @Override
        public void reset() {
            projection.reset();
        }

        @Override
        public List<Object> answers(List<Instant> moments) {
            List<Object> answers = new ArrayList<>();
            List<Instant> times = new ArrayList<>(moments);
            times.add(null);
            for (Instant asOf : times) {
                answers.add(queries.handle(new FindInitiatives(null, List.of(), null, null, null, null, 500, asOf)));
                for (String id : List.of(NAVAL_EXERCISES, BORDER_PATROLS, ISLAMIC_ALIGNMENT, MILITARY_TRAINING)) {
                    answers.add(queries.handle(new FindInitiative(id, asOf)));
                }
            }
            return answers;
        }

        InitiativeView initiative(String id) {
            return queries.handle(new FindInitiative(id, null));
        }

        InitiativeView initiative(String id, Instant asOf) {
            return queries.handle(new FindInitiative(id, asOf));
        }

        List<String> board(InitiativeStatus status, CountryCode party, InitiativeKind kind) {
            return ids(queries.handle(new FindInitiatives(status, party == null ? List.of() : List.of(party), kind, null, null,
                    null, 50, null)).initiatives());
        }

        List<InitiativeView> boardAsOf(Instant asOf) {
            return queries.handle(new FindInitiatives(null, List.of(), null, null, null, null, 50, asOf)).initiatives();
        }
    }

    private final Board board = new Board();
    private final Journal journal = new Journal();

    private Journal.Entry given(RecordEvent event) {
        return given(event, EDITOR);
    }

    private Journal.Entry given(RecordEvent event, String editor) {
        Journal.Entry entry = journal.record(event, editor);
        board.deliver(entry);
        return entry;
    }

    private void given(List<RecordEvent> events) {
        events.forEach(this::given);
    }

    private static List<String> ids(List<InitiativeView> views) {
        return views.stream().map(InitiativeView::initiativeId).toList();
    }

    private static StatementFacts longStatementAbout(String initiativeId) {
        return new StatementFacts(Speaker.unnamed(UNNAMED_OFFICIAL_DESCRIPTION), StatementForm.QUOTE, "x".repeat(250), null,
                resolved("recently"), null, List.of(), List.of(initiativeId), UNNAMED_OFFICIAL);
    }

    @Nested
    @DisplayName("A proposal")
    class AProposal {

        @Test
        @DisplayName("puts the initiative on the board as proposed, with the proposal as the first step of its history")
        void puts_the_initiative_on_the_board_as_proposed() {
            Journal.Entry proposed = given(navalExercisesProposed());

            InitiativeView view = board.initiative(NAVAL_EXERCISES);

            assertThat(view.title()).isEqualTo("Joint naval exercises in the Arabian Sea");
            assertThat(view.kind()).isEqualTo(InitiativeKind.JOINT_EXERCISE);
            assertThat(view.parties()).containsExactly(IRAN, PAKISTAN);
            assertThat(view.proposedBy()).isEqualTo(BAGHERI);
            assertThat(view.proposed()).isEqualTo(resolved("recently"));
            assertThat(view.status()).isEqualTo(PROPOSED);
            assertThat(view.statusSince()).isEqualTo(resolved("recently"));
            assertThat(view.history()).singleElement().satisfies(step -> {
                assertThat(step.eventId()).isEqualTo(proposed.recorded().eventId());
                assertThat(step.from()).isNull();
                assertThat(step.to()).isEqualTo(PROPOSED);
                assertThat(step.occurred().text()).isEqualTo("recently");
                assertThat(step.occurred().precision()).isEqualTo(Precision.APPROXIMATE);
                assertThat(step.recordedAt()).isEqualTo(proposed.at());
                assertThat(step.recordedBy()).isEqualTo(EDITOR);
                assertThat(step.provenance()).isEqualTo(TASNIM);
            });
            assertThat(view.provenance().sources()).singleElement()
                    .satisfies(source -> assertThat(source.attribution()).containsExactly("Tasnim News Agency"));
            assertThat(view.version()).isZero();
            assertThat(view.recordedAt()).isEqualTo(proposed.at());
            assertThat(view.recordedBy()).isEqualTo(EDITOR);
            assertThat(view.lastChangeAt()).isEqualTo(proposed.at());
            assertThat(view.withdrawn()).isFalse();
            assertThat(view.statements()).isEmpty();
            assertThat(view.agreements()).isEmpty();
            assertThat(view.obstacles()).isEmpty();
            assertThat(view.corrections()).isEmpty();
        }

        @Test
        @DisplayName("an initiative never proposed is not found")
        void unknown_initiative_is_not_found() {
            given(navalExercisesProposed());

            assertThat(board.initiative("no-such-initiative")).isNull();
        }
    }

    @Nested
    @DisplayName("Status history")
    class StatusHistory {

        @Test
        @DisplayName("each move adds a step with when it happened and how precisely, when and by whom it was recorded, and its evidence")
        void each_move_adds_a_step() {
            given(militaryTrainingProposed());
            given(agreements2018());
            Journal.Entry agreed = given(militaryTrainingAgreed(), "editor-bilal");
            Journal.Entry stalled = given(militaryTrainingStalled());

            InitiativeView view = board.initiative(MILITARY_TRAINING);

            assertThat(view.status()).isEqualTo(STALLED);
            assertThat(view.statusSince()).isEqualTo(resolved("circa 2019"));
            assertThat(view.history()).extracting(Step::from, Step::to)
                    .containsExactly(tuple(null, PROPOSED), tuple(PROPOSED, AGREED), tuple(AGREED, STALLED));
            Step agreement = view.history().get(1);
            assertThat(agreement.eventId()).isEqualTo(agreed.recorded().eventId());
            assertThat(agreement.occurred().text()).isEqualTo("2018");
            assertThat(agreement.occurred().precision()).isEqualTo(Precision.YEAR);
            assertThat(agreement.recordedAt()).isEqualTo(agreed.at());
            assertThat(agreement.recordedBy()).isEqualTo("editor-bilal");
            assertThat(agreement.provenance()).isEqualTo(TASNIM);
            assertThat(agreement.agreementIds()).containsExactly(AGREEMENTS_2018);
            assertThat(agreement.note()).isEqualTo("Signed by the defence ministers");
            Step stall = view.history().get(2);
            assertThat(stall.occurred().precision()).isEqualTo(Precision.APPROXIMATE);
            assertThat(stall.recordedAt()).isEqualTo(stalled.at());
            assertThat(stall.recordedBy()).isEqualTo(EDITOR);
            assertThat(view.version()).as("the initiative's stream: proposed, agreed, stalled").isEqualTo(2);
            assertThat(view.lastChangeAt()).isEqualTo(stalled.at());
        }

        @Test
        @DisplayName("an implemented initiative shows how completely, and a step keeps the editor's change id and its statements")
        void implemented_initiative_shows_completion() {
            given(borderPatrolsProposed());
            given(officialQuote());
            given(borderPatrolsUnderDiscussion());
            given(new InitiativeStatusChanged(BORDER_PATROLS, UNDER_DISCUSSION, new StatusChange("patrols-implemented",
                    IMPLEMENTED, Completion.PARTIAL, false, resolved("recently"), UNNAMED_OFFICIAL, List.of(OFFICIAL_QUOTE), List.of(), null, null,
                    null)));

            InitiativeView view = board.initiative(BORDER_PATROLS);

            assertThat(view.status()).isEqualTo(IMPLEMENTED);
            assertThat(view.completion()).isEqualTo(Completion.PARTIAL);
            assertThat(view.history()).last().satisfies(step -> {
                assertThat(step.changeId()).isEqualTo("patrols-implemented");
                assertThat(step.completion()).isEqualTo(Completion.PARTIAL);
                assertThat(step.statementIds()).containsExactly(OFFICIAL_QUOTE);
                assertThat(step.provenance()).isEqualTo(UNNAMED_OFFICIAL);
            });
        }
    }

    @Nested
    @DisplayName("Linked statements and agreements")
    class Links {

        @Test
        @DisplayName("a statement about the initiative is linked with its speaker, an excerpt and when it was said")
        void statement_is_linked() {
            given(navalExercisesProposed());
            Journal.Entry said = given(navalProposal());

            InitiativeView view = board.initiative(NAVAL_EXERCISES);

            assertThat(view.statements()).containsExactly(new LinkedStatement(NAVAL_PROPOSAL, BAGHERI, null,
                    navalProposal().statement().text(), resolved("recently")));
            assertThat(view.version()).as("still the initiative's own stream version").isZero();
            assertThat(view.lastChangeAt()).isEqualTo(said.at());
        }

        @Test
        @DisplayName("an unnamed speaker is shown by description, and long words are cut to an excerpt")
        void unnamed_speaker_and_excerpt() {
            given(borderPatrolsProposed());
            given(new StatementRecorded("long-official-quote", longStatementAbout(BORDER_PATROLS)));

            LinkedStatement link = board.initiative(BORDER_PATROLS).statements().get(0);

            assertThat(link.speakerId()).isNull();
            assertThat(link.speakerDescription()).isEqualTo(UNNAMED_OFFICIAL_DESCRIPTION);
            assertThat(link.excerpt()).isEqualTo("x".repeat(200) + "…");
        }

        @Test
        @DisplayName("an agreement covering the initiative is linked with its title and signing date")
        void agreement_is_linked() {
            given(militaryTrainingProposed());
            given(agreements2018());

            assertThat(board.initiative(MILITARY_TRAINING).agreements()).containsExactly(new LinkedAgreement(AGREEMENTS_2018,
                    "Agreements to bolster military training, intelligence sharing and joint operations", AgreementKind.AGREEMENT,
                    resolved("2018")));
        }

        @Test
        @DisplayName("a statement corrected to concern another initiative moves its link there")
        void corrected_statement_moves_its_link() {
            given(navalExercisesProposed());
            given(borderPatrolsProposed());
            given(navalProposal());

            given(new StatementCorrected(NAVAL_PROPOSAL, navalProposal().statement(), navalProposalFacts(List.of(BORDER_PATROLS)),
                    "it was about the patrols"));

            assertThat(board.initiative(NAVAL_EXERCISES).statements()).isEmpty();
            assertThat(board.initiative(BORDER_PATROLS).statements()).extracting(LinkedStatement::statementId)
                    .containsExactly(NAVAL_PROPOSAL);
        }

        @Test
        @DisplayName("a statement corrected in its words shows the corrected excerpt, linked once")
        void corrected_statement_shows_corrected_excerpt() {
            given(navalExercisesProposed());
            given(navalProposal());
            StatementFacts corrected = new StatementFacts(Speaker.actor(BAGHERI), StatementForm.PARAPHRASE,
                    "Joint naval exercises in the Arabian Sea", null, resolved("recently"), ISLAMABAD_VISIT, List.of(),
                    List.of(NAVAL_EXERCISES), TASNIM);

            given(new StatementCorrected(NAVAL_PROPOSAL, navalProposal().statement(), corrected, "shortened"));

            assertThat(board.initiative(NAVAL_EXERCISES).statements()).extracting(LinkedStatement::excerpt)
                    .containsExactly("Joint naval exercises in the Arabian Sea");
        }

        @Test
        @DisplayName("a withdrawn statement is unlinked")
        void withdrawn_statement_is_unlinked() {
            given(navalExercisesProposed());
            given(navalProposal());

            given(new StatementWithdrawn(NAVAL_PROPOSAL, "misattributed"));

            assertThat(board.initiative(NAVAL_EXERCISES).statements()).isEmpty();
        }

        @Test
        @DisplayName("a corrected agreement shows its corrected title; a withdrawn one is unlinked")
        void corrected_and_withdrawn_agreements() {
            given(militaryTrainingProposed());
            given(agreements2018());
            AgreementFacts corrected = agreements2018Facts().withSigned(resolved("July 2018"));
            AgreementFacts retitled = new AgreementFacts("Defence cooperation agreements", AgreementKind.AGREEMENT, List.of(), corrected.signatories(),
                    corrected.signed(), corrected.topics(), corrected.initiativeIds(), null, null, TASNIM);

            given(new AgreementCorrected(AGREEMENTS_2018, agreements2018Facts(), retitled, "title and month"));

            assertThat(board.initiative(MILITARY_TRAINING).agreements()).containsExactly(
                    new LinkedAgreement(AGREEMENTS_2018, "Defence cooperation agreements", AgreementKind.AGREEMENT,
                            resolved("July 2018")));

            given(new AgreementWithdrawn(AGREEMENTS_2018, "duplicate record"));

            assertThat(board.initiative(MILITARY_TRAINING).agreements()).isEmpty();
        }

        @Test
        @DisplayName("the statement an initiative was proposed in is linked to it")
        void statement_cited_by_the_proposal_is_linked() {
            given(new StatementRecorded(NAVAL_PROPOSAL, navalProposalFacts(List.of())));
            InitiativeFacts citing = navalExercisesFacts();
            given(new InitiativeProposed(NAVAL_EXERCISES, new InitiativeFacts(citing.title(), citing.kind(), citing.parties(),
                    citing.proposedBy(), citing.description(), citing.occurred(), List.of(NAVAL_PROPOSAL), null, TASNIM)));

            assertThat(board.initiative(NAVAL_EXERCISES).statements()).extracting(LinkedStatement::statementId)
                    .containsExactly(NAVAL_PROPOSAL);
        }

        @Test
        @DisplayName("the statements and agreements a status change cites are linked, and stay so when the proposal is corrected")
        void statements_and_agreements_cited_by_a_step_are_linked() {
            given(borderPatrolsProposed());
            given(new StatementRecorded(NAVAL_PROPOSAL, navalProposalFacts(List.of())));
            given(new AgreementRecorded(AGREEMENTS_2018, new AgreementFacts("Border protocol", AgreementKind.AGREEMENT, List.of(),
                    agreements2018Facts().signatories(), resolved("2018"), List.of(), List.of(), null, null, TASNIM)));
            given(new InitiativeStatusChanged(BORDER_PATROLS, PROPOSED, new StatusChange(null, AGREED, null, false,
                    resolved("recently"), TASNIM, List.of(NAVAL_PROPOSAL), List.of(AGREEMENTS_2018), null, null, null)));

            InitiativeView view = board.initiative(BORDER_PATROLS);
            assertThat(view.statements()).extracting(LinkedStatement::statementId).containsExactly(NAVAL_PROPOSAL);
            assertThat(view.agreements()).extracting(LinkedAgreement::title).containsExactly("Border protocol");

            InitiativeFacts proposed = borderPatrolsProposed().initiative();
            given(new InitiativeCorrected(BORDER_PATROLS, proposed, proposed.withOccurred(resolved("December 2024")),
                    "date"));

            assertThat(board.initiative(BORDER_PATROLS).statements()).as("the status change still cites it").hasSize(1);
        }

        @Test
        @DisplayName("a proposal corrected to cite no statement unlinks the one it cited, unless that statement names it")
        void correction_of_the_citing_proposal_unlinks() {
            given(new StatementRecorded(NAVAL_PROPOSAL, navalProposalFacts(List.of())));
            InitiativeFacts uncited = navalExercisesFacts();
            InitiativeFacts citing = new InitiativeFacts(uncited.title(), uncited.kind(), uncited.parties(),
                    uncited.proposedBy(), uncited.description(), uncited.occurred(), List.of(NAVAL_PROPOSAL), null, TASNIM);
            given(new InitiativeProposed(NAVAL_EXERCISES, citing));

            given(new InitiativeCorrected(NAVAL_EXERCISES, citing, uncited, "cited by mistake"));

            assertThat(board.initiative(NAVAL_EXERCISES).statements()).isEmpty();

            given(new StatementCorrected(NAVAL_PROPOSAL, navalProposalFacts(List.of()), navalProposalFacts(List.of(NAVAL_EXERCISES)),
                    "it is about the exercises"));
            given(new InitiativeCorrected(NAVAL_EXERCISES, uncited, citing, "cited after all"));
            given(new InitiativeCorrected(NAVAL_EXERCISES, citing, uncited, "cited by mistake again"));

            assertThat(board.initiative(NAVAL_EXERCISES).statements()).as("the statement names the initiative")
                    .extracting(LinkedStatement::statementId).containsExactly(NAVAL_PROPOSAL);
        }

        @Test
        @DisplayName("a corrected statement replaces its link in one change; a correction the board does not show changes nothing")
        void correction_replaces_the_link_in_one_change() {
            given(navalExercisesProposed());
            given(navalProposal());
            int versions = board.store.versions(InitiativeBoardProjection.MODEL, NAVAL_EXERCISES);
            board.emitter.forget();

            given(new StatementCorrected(NAVAL_PROPOSAL, navalProposal().statement(), navalProposal().statement(), "no change"));

            assertThat(board.emitter.count()).isZero();
            assertThat(board.store.versions(InitiativeBoardProjection.MODEL, NAVAL_EXERCISES)).isEqualTo(versions);

            given(new StatementCorrected(NAVAL_PROPOSAL, navalProposal().statement(),
                    navalProposal().statement().withOccurred(resolved("2025-01-13")), "exact day"));

            assertThat(board.store.versions(InitiativeBoardProjection.MODEL, NAVAL_EXERCISES)).isEqualTo(versions + 1);
            assertThat(board.emitter.updatesFor(new FindInitiatives(null, List.of(), null, null, null, null, 50, null), InitiativeView.class))
                    .singleElement().satisfies(view -> assertThat(view.statements()).extracting(LinkedStatement::occurred)
                            .containsExactly(resolved("2025-01-13")));
            assertThat(board.emitter.updatesFor(new FindInitiative(NAVAL_EXERCISES, null), InitiativeView.class)).hasSize(1);
        }
    }

    @Nested
    @DisplayName("Obstacles")
    class Obstacles {

        @Test
        @DisplayName("an obstacle is listed with its kind, description, date, sources and when it was recorded")
        void obstacle_is_listed() {
            given(militaryTrainingProposed());
            Journal.Entry recorded = given(internationalPressure());

            assertThat(board.initiative(MILITARY_TRAINING).obstacles()).singleElement().satisfies(obstacle -> {
                assertThat(obstacle.obstacleId()).isEqualTo(INTERNATIONAL_PRESSURE);
                assertThat(obstacle.kind()).isEqualTo(ObstacleKind.SANCTIONS);
                assertThat(obstacle.description()).contains("sanctions on Iran");
                assertThat(obstacle.occurred()).isEqualTo(resolved("2018"));
                assertThat(obstacle.provenance()).isEqualTo(TASNIM);
                assertThat(obstacle.recordedAt()).isEqualTo(recorded.at());
            });
        }
    }

    @Nested
    @DisplayName("The board")
    class TheBoard {

        @Test
        @DisplayName("filters by status, party and kind, each optional, all combined")
        void filters() {
            given(article());

            assertThat(board.board(null, null, null)).containsExactlyInAnyOrder(NAVAL_EXERCISES, BORDER_PATROLS,
                    ISLAMIC_ALIGNMENT, MILITARY_TRAINING);
            assertThat(board.board(PROPOSED, null, null)).containsExactlyInAnyOrder(NAVAL_EXERCISES, ISLAMIC_ALIGNMENT);
            assertThat(board.board(UNDER_DISCUSSION, null, null)).containsExactly(BORDER_PATROLS);
            assertThat(board.board(STALLED, null, null)).containsExactly(MILITARY_TRAINING);
            assertThat(board.board(AGREED, null, null)).isEmpty();
            assertThat(board.board(null, TURKEY, null)).containsExactly(ISLAMIC_ALIGNMENT);
            assertThat(board.board(null, PAKISTAN, null)).hasSize(4);
            assertThat(board.board(null, null, InitiativeKind.JOINT_EXERCISE)).containsExactly(NAVAL_EXERCISES);
            assertThat(board.board(PROPOSED, SAUDI_ARABIA, InitiativeKind.MULTILATERAL_ALIGNMENT))
                    .containsExactly(ISLAMIC_ALIGNMENT);
            assertThat(board.board(PROPOSED, SAUDI_ARABIA, InitiativeKind.JOINT_EXERCISE)).isEmpty();
        }

        @Test
        @DisplayName("shows the most recently changed initiative first, a new link counting as a change")
        void newest_change_first() {
            given(article());

            assertThat(board.board(null, null, null))
                    .containsExactly(ISLAMIC_ALIGNMENT, BORDER_PATROLS, NAVAL_EXERCISES, MILITARY_TRAINING);

            given(new StatementRecorded("hatami-on-training", new StatementFacts(Speaker.actor(HATAMI), StatementForm.PARAPHRASE,
                    "Military training cooperation with Pakistan will continue", null, resolved("2018"), null, List.of(),
                    List.of(MILITARY_TRAINING), TASNIM)));

            assertThat(board.board(null, null, null))
                    .containsExactly(MILITARY_TRAINING, ISLAMIC_ALIGNMENT, BORDER_PATROLS, NAVAL_EXERCISES);
        }

        @Test
        @DisplayName("shows at most the number of initiatives asked for, newest first")
        void limit() {
            given(article());

            assertThat(ids(board.queries.handle(new FindInitiatives(null, List.of(), null, null, null, null, 2, null)).initiatives()))
                    .containsExactly(ISLAMIC_ALIGNMENT, BORDER_PATROLS);
        }
    }

    @Nested
    @DisplayName("Corrections")
    class Corrections {

        @Test
        @DisplayName("a corrected initiative shows the corrected facts everywhere, and who corrected it, when and why")
        void corrected_facts_are_shown() {
            given(islamicAlignmentProposed());
            InitiativeFacts facts = islamicAlignmentFacts();
            InitiativeFacts corrected = new InitiativeFacts("Alignment of Iran, Pakistan and Turkey", facts.kind(),
                    List.of(IRAN, PAKISTAN, TURKEY), facts.proposedBy(), facts.description(), resolved("this month"),
                    List.of(), null, TASNIM);
            Journal.Entry correction = given(new InitiativeCorrected(ISLAMIC_ALIGNMENT, facts, corrected,
                    "Saudi Arabia was named as a possible later member only"), "editor-chen");

            InitiativeView view = board.initiative(ISLAMIC_ALIGNMENT);

            assertThat(view.title()).isEqualTo("Alignment of Iran, Pakistan and Turkey");
            assertThat(view.parties()).containsExactly(IRAN, PAKISTAN, TURKEY);
            assertThat(view.proposed()).isEqualTo(resolved("this month"));
            assertThat(view.statusSince()).as("still proposed: since the corrected date").isEqualTo(resolved("this month"));
            assertThat(view.history()).singleElement().satisfies(step -> {
                assertThat(step.occurred()).isEqualTo(resolved("this month"));
                assertThat(step.occurred().precision()).isEqualTo(Precision.MONTH);
            });
            assertThat(view.corrections()).singleElement().satisfies(c -> {
                assertThat(c.eventId()).isEqualTo(correction.recorded().eventId());
                assertThat(c.recordedAt()).isEqualTo(correction.at());
                assertThat(c.recordedBy()).isEqualTo("editor-chen");
                assertThat(c.reason()).isEqualTo("Saudi Arabia was named as a possible later member only");
            });
            assertThat(view.version()).isEqualTo(1);
            assertThat(board.board(null, SAUDI_ARABIA, null)).isEmpty();
            assertThat(board.board(null, TURKEY, null)).containsExactly(ISLAMIC_ALIGNMENT);
        }

        @Test
        @DisplayName("correcting an initiative that has moved on keeps when it reached its current status")
        void correction_after_a_move_keeps_status_since() {
            given(borderPatrolsProposed());
            given(borderPatrolsUnderDiscussion());
            InitiativeFacts facts = borderPatrolsProposed().initiative();

            given(new InitiativeCorrected(BORDER_PATROLS, facts, facts.withOccurred(resolved("December 2024")), "date"));

            InitiativeView view = board.initiative(BORDER_PATROLS);
            assertThat(view.status()).isEqualTo(UNDER_DISCUSSION);
            assertThat(view.proposed()).isEqualTo(resolved("December 2024"));
            assertThat(view.statusSince()).isEqualTo(resolved("recently"));
            assertThat(view.history()).extracting(Step::occurred)
                    .containsExactly(resolved("December 2024"), resolved("recently"));
        }
    }

    @Nested
    @DisplayName("Withdrawal")
    class Withdrawal {

        @Test
        @DisplayName("a withdrawn initiative leaves the board, but the board as of before the withdrawal still shows it")
        void withdrawn_initiative_leaves_the_board() {
            given(navalExercisesProposed());
            given(borderPatrolsProposed());
            Journal.Entry withdrawal = given(new InitiativeWithdrawn(NAVAL_EXERCISES, "not an initiative of its own"));
            Instant before = withdrawal.at().minusSeconds(1);

            assertThat(board.board(null, null, null)).containsExactly(BORDER_PATROLS);
            assertThat(board.initiative(NAVAL_EXERCISES)).isNull();
            assertThat(ids(board.boardAsOf(before))).containsExactlyInAnyOrder(NAVAL_EXERCISES, BORDER_PATROLS);
            assertThat(board.initiative(NAVAL_EXERCISES, before)).satisfies(view -> {
                assertThat(view.status()).isEqualTo(PROPOSED);
                assertThat(view.withdrawn()).isFalse();
            });
            assertThat(board.initiative(NAVAL_EXERCISES, withdrawal.at())).isNull();
        }

        @Test
        @DisplayName("live subscribers to any board, and to the initiative, are told it was withdrawn")
        void withdrawal_is_sent_live() {
            given(navalExercisesProposed());
            board.emitter.forget();

            given(new InitiativeWithdrawn(NAVAL_EXERCISES, "not an initiative of its own"));

            assertThat(board.emitter.updatesFor(new FindInitiatives(UNDER_DISCUSSION, List.of(TURKEY), null, null, null, null, 50, null), InitiativeView.class))
                    .singleElement().satisfies(view -> {
                        assertThat(view.initiativeId()).isEqualTo(NAVAL_EXERCISES);
                        assertThat(view.withdrawn()).isTrue();
                    });
            assertThat(board.emitter.updatesFor(new FindInitiative(NAVAL_EXERCISES, null), InitiativeView.class))
                    .extracting(InitiativeView::withdrawn).containsExactly(true);
        }
    }

    @Nested
    @DisplayName("As of a recorded time")
    class AsOf {

        @Test
        @DisplayName("the board as of a moment shows each initiative as it stood then, filters included")
        void board_as_it_stood() {
            Journal.Entry proposed = given(militaryTrainingProposed());
            given(agreements2018());
            Journal.Entry agreed = given(militaryTrainingAgreed());
            given(militaryTrainingStalled());

            assertThat(board.boardAsOf(proposed.at().minusSeconds(1))).isEmpty();
            assertThat(board.initiative(MILITARY_TRAINING, proposed.at().minusSeconds(1))).isNull();
            assertThat(board.initiative(MILITARY_TRAINING, agreed.at().plusSeconds(30))).satisfies(view -> {
                assertThat(view.status()).isEqualTo(AGREED);
                assertThat(view.history()).hasSize(2);
                assertThat(view.agreements()).extracting(LinkedAgreement::agreementId).containsExactly(AGREEMENTS_2018);
            });
            assertThat(board.queries.handle(new FindInitiatives(AGREED, List.of(), null, null, null, null, 50, agreed.at())).initiatives())
                    .extracting(InitiativeView::initiativeId).containsExactly(MILITARY_TRAINING);
            assertThat(board.queries.handle(new FindInitiatives(AGREED, List.of(), null, null, null, null, 50, agreed.at())).asOf())
                    .isEqualTo(agreed.at());
            assertThat(board.board(AGREED, null, null)).isEmpty();
        }
    }

    @Nested
    @DisplayName("Live updates")
    class LiveUpdates {

        @Test
        @DisplayName("every change goes to subscribers whose board it belongs on and to subscribers of that initiative")
        void changes_go_to_matching_subscribers() {
            given(navalExercisesProposed());
            given(borderPatrolsProposed());
            given(borderPatrolsUnderDiscussion());

            assertThat(board.emitter.updatesFor(new FindInitiatives(null, List.of(PAKISTAN), null, null, null, null, 50, null), InitiativeView.class))
                    .extracting(InitiativeView::initiativeId, InitiativeView::status)
                    .containsExactly(tuple(NAVAL_EXERCISES, PROPOSED), tuple(BORDER_PATROLS, PROPOSED),
                            tuple(BORDER_PATROLS, UNDER_DISCUSSION));
            assertThat(board.emitter.updatesFor(new FindInitiatives(UNDER_DISCUSSION, List.of(), null, null, null, null, 50, null), InitiativeView.class))
                    .extracting(InitiativeView::initiativeId).containsExactly(BORDER_PATROLS);
            assertThat(board.emitter.updatesFor(new FindInitiatives(null, List.of(TURKEY), null, null, null, null, 50, null), InitiativeView.class)).isEmpty();
            assertThat(board.emitter.updatesFor(new FindInitiative(BORDER_PATROLS, null), InitiativeView.class))
                    .extracting(InitiativeView::status).containsExactly(PROPOSED, UNDER_DISCUSSION);
        }

        @Test
        @DisplayName("questions about the past get no live updates")
        void no_updates_for_as_of_questions() {
            Journal.Entry proposed = given(navalExercisesProposed());

            assertThat(board.emitter.updatesFor(new FindInitiatives(null, List.of(), null, null, null, null, 50, proposed.at()), InitiativeView.class))
                    .isEmpty();
            assertThat(board.emitter.updatesFor(new FindInitiative(NAVAL_EXERCISES, proposed.at()), InitiativeView.class))
                    .isEmpty();
        }

        @Test
        @DisplayName("an event delivered again sends nothing and stores nothing")
        void redelivery_sends_nothing() {
            given(navalExercisesProposed());
            Journal.Entry change = journal.record(navalProposal());
            board.deliver(change);
            int versions = board.store.versions(InitiativeBoardProjection.MODEL, NAVAL_EXERCISES);
            board.emitter.forget();

            board.deliver(change);

            assertThat(board.emitter.count()).isZero();
            assertThat(board.store.versions(InitiativeBoardProjection.MODEL, NAVAL_EXERCISES)).isEqualTo(versions);
        }

        @Test
        @DisplayName("a subscriber to the proposed column hears when an initiative leaves it")
        void leaving_a_filtered_board_is_sent() {
            given(borderPatrolsProposed());
            board.emitter.forget();

            given(borderPatrolsUnderDiscussion());

            assertThat(board.emitter.updatesFor(new FindInitiatives(PROPOSED, List.of(), null, null, null, null, 50, null), InitiativeView.class))
                    .extracting(InitiativeView::initiativeId, InitiativeView::status)
                    .containsExactly(tuple(BORDER_PATROLS, UNDER_DISCUSSION));
        }
    }

    @Nested
    @DisplayName("Redelivery and rebuild")
    class RedeliveryAndRebuild {

        /** The article, then corrections and withdrawals of every kind the board handles. */
        private static List<RecordEvent> scenario() {
            List<RecordEvent> events = new ArrayList<>(article());
            InitiativeFacts alignment = islamicAlignmentFacts();
            events.add(new InitiativeCorrected(ISLAMIC_ALIGNMENT, alignment, alignment.withOccurred(resolved("this month")),
                    "date"));
            events.add(new StatementCorrected(NAVAL_PROPOSAL, navalProposal().statement(),
                    navalProposalFacts(List.of(NAVAL_EXERCISES, BORDER_PATROLS)), "also about the patrols"));
            events.add(new AgreementCorrected(AGREEMENTS_2018, agreements2018Facts(),
                    agreements2018Facts().withSigned(resolved("July 2018")), "month"));
            events.add(new StatementWithdrawn(OFFICIAL_QUOTE, "unverifiable"));
            events.add(new InitiativeWithdrawn(NAVAL_EXERCISES, "duplicate"));
            events.add(new AgreementWithdrawn(AGREEMENTS_2018, "duplicate"));
            return events;
        }

        @TestFactory
        @DisplayName("every event delivered twice in a row leaves every answer as it was, now and as of any time")
        Stream<DynamicTest> every_event_twice() {
            return Replays.everyEventDeliveredTwice(scenario(), Board::new);
        }

        @Test
        @DisplayName("a proposal delivered again after later changes leaves the board as it was")
        void late_redelivery_of_the_proposal() {
            Journal.Entry proposed = given(borderPatrolsProposed());
            given(officialQuote());
            given(borderPatrolsUnderDiscussion());
            InitiativeView before = board.initiative(BORDER_PATROLS);

            board.deliver(proposed);

            assertThat(board.initiative(BORDER_PATROLS)).isEqualTo(before);
        }

        @Test
        @DisplayName("a proposal delivered again after the initiative was withdrawn does not bring it back")
        void late_redelivery_of_a_withdrawn_proposal() {
            Journal.Entry proposed = given(borderPatrolsProposed());
            given(new InitiativeWithdrawn(BORDER_PATROLS, "duplicate"));

            board.deliver(proposed);

            assertThat(board.initiative(BORDER_PATROLS)).isNull();
            assertThat(board.board(null, null, null)).isEmpty();
        }

        @Test
        @DisplayName("a reset clears the board, and a replay rebuilds the same answers, now and as of any time")
        void rebuild() {
            Replays.assertRebuildGivesSameAnswers(scenario(), new Board(), Board::new);
        }
    }
}
