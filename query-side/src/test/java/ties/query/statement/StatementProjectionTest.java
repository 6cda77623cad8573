package ties.query.statement;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import ties.actor.ActorEvent.ActorCorrected;
import ties.actor.ActorEvent.ActorRegistered;
import ties.actor.ActorFacts;
import ties.actor.ActorKind;
import ties.query.Journal;
import ties.query.Replays;
import ties.query.store.InMemoryReadModels;
import ties.query.store.Recorded;
import ties.record.RecordEvent;
import ties.statement.FindStatement;
import ties.statement.SearchStatements;
import ties.statement.Speaker;
import ties.statement.StatementEvent.StatementCorrected;
import ties.statement.StatementEvent.StatementRecorded;
import ties.statement.StatementEvent.StatementWithdrawn;
import ties.statement.StatementFacts;
import ties.statement.StatementForm;
import ties.statement.StatementView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static ties.query.Journal.EDITOR;
import static ties.query.SeedEvents.*;

@DisplayName("Statements: what was said, by whom, found by its words, speaker, topic and initiative")
class StatementProjectionTest {

    /** The statement projection and its query handlers over an in-memory store. */
    static final class Statements implements Replays.Fixture {
        final InMemoryReadModels store = new InMemoryReadModels();
        final StatementProjection projection = new StatementProjection(store);
        final StatementQueries queries = new StatementQueries(store);

        @Override
        public void deliver(Journal.Entry entry) {
            RecordEvent event = entry.event();
            Recorded recorded = entry.recorded();
            if (event instanceof ActorRegistered e) {
                projection.on(e, recorded);
            } else if (event instanceof ActorCorrected e) {
                projection.on(e, recorded);
            } else if (event instanceof StatementRecorded e) {
                projection.on(e, recorded);
            } else if (event instanceof StatementCorrected e) {
                projection.on(e, recorded);
            } else if (event instanceof StatementWithdrawn e) {
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
            for (String id : List.of(APPRECIATION_QUOTE, GOOD_AGREEMENTS_QUOTE, NAVAL_PROPOSAL, MUNIR_ECHO, OFFICIAL_QUOTE)) {
                answers.add(queries.handle(new FindStatement(id)));
            }
            answers.add(queries.handle(new SearchStatements(null, null, null, null, 500)));
            answers.add(queries.handle(new SearchStatements("munir", null, null, null, 500)));
            answers.add(queries.handle(new SearchStatements(null, BAGHERI, null, null, 500)));
            answers.add(queries.handle(new SearchStatements(null, null, "border security", null, 500)));
            answers.add(queries.handle(new SearchStatements(null, null, null, BORDER_PATROLS, 500)));
            return answers;
        }

        StatementView statement(String id) {
            return queries.handle(new FindStatement(id));
        }

        List<String> search(String text, String speakerId, String topic, String initiativeId) {
            return queries.handle(new SearchStatements(text, speakerId, topic, initiativeId, 50)).statements().stream()
                    .map(StatementView::statementId).toList();
        }

        List<String> search(String text) {
            return search(text, null, null, null);
        }
    }

    private final Statements statements = new Statements();
    private final Journal journal = new Journal();

    private Journal.Entry given(RecordEvent event) {
        return given(event, EDITOR);
    }

    private Journal.Entry given(RecordEvent event, String editor) {
        Journal.Entry entry = journal.record(event, editor);
        statements.deliver(entry);
        return entry;
    }

    private void given(List<RecordEvent> events) {
        events.forEach(this::given);
    }

    private static StatementRecorded hatamiIn2018() {
        return new StatementRecorded("hatami-on-training", new StatementFacts(Speaker.actor(HATAMI), StatementForm.PARAPHRASE,
                "Military training with Pakistan will be bolstered", null, resolved("2018"), null, List.of("military training"),
                List.of(), TASNIM));
    }

    private static StatementRecorded munirLastYear() {
        return new StatementRecorded("munir-in-tehran", new StatementFacts(Speaker.actor(MUNIR), StatementForm.PARAPHRASE,
                "Defence production, counterterrorism and intelligence sharing can be deepened", null, resolved("last year"),
                MUNIR_TEHRAN_VISIT, List.of("defence production"), List.of(), TASNIM));
    }

    @Nested
    @DisplayName("A statement")
    class AStatement {

        @Test
        @DisplayName("reads back with its words, the speaker's name, occasion, topics, initiatives, sources and recording")
        void reads_back() {
            given(actors());
            Journal.Entry recorded = given(appreciationQuote(), "editor-bilal");

            StatementView view = statements.statement(APPRECIATION_QUOTE);

            assertThat(view.speaker()).isEqualTo(Speaker.actor(BAGHERI));
            assertThat(view.speakerName()).isEqualTo("Mohammad Hossein Bagheri");
            assertThat(view.form()).isEqualTo(StatementForm.QUOTE);
            assertThat(view.text()).isEqualTo(
                    "We deeply appreciate Pakistan’s persistent efforts in combating terrorist groups like Jaish al-Adl");
            assertThat(view.occurred()).isEqualTo(resolved("recently"));
            assertThat(view.occasionVisitId()).isEqualTo(ISLAMABAD_VISIT);
            assertThat(view.topics()).containsExactly("counterterrorism", "border security");
            assertThat(view.initiativeIds()).isEmpty();
            assertThat(view.provenance().sources()).singleElement()
                    .satisfies(source -> assertThat(source.attribution()).containsExactly("Tasnim News Agency"));
            assertThat(view.recordedAt()).isEqualTo(recorded.at());
            assertThat(view.recordedBy()).isEqualTo("editor-bilal");
        }

        @Test
        @DisplayName("an unnamed speaker is named by the report's description")
        void unnamed_speaker() {
            given(actors());
            given(borderPatrolsProposed());
            given(officialQuote());

            StatementView view = statements.statement(OFFICIAL_QUOTE);

            assertThat(view.speaker().actorId()).isNull();
            assertThat(view.speakerName()).isEqualTo(UNNAMED_OFFICIAL_DESCRIPTION);
            assertThat(view.initiativeIds()).containsExactly(BORDER_PATROLS);
        }

        @Test
        @DisplayName("a statement never recorded is not found")
        void unknown_statement() {
            assertThat(statements.statement("no-such-statement")).isNull();
        }
    }

    @Nested
    @DisplayName("Search")
    class Search {

        @Test
        @DisplayName("by words: every word must occur, in any order, ignoring case, accents and punctuation")
        void full_text() {
            given(article());

            assertThat(statements.search("jaish al adl")).containsExactly(APPRECIATION_QUOTE);
            assertThat(statements.search("Jaish al-Adl")).containsExactly(APPRECIATION_QUOTE);
            assertThat(statements.search("ARABIAN naval")).containsExactly(NAVAL_PROPOSAL);
            assertThat(statements.search("bāgherī appreciate")).containsExactly(APPRECIATION_QUOTE);
            assertThat(statements.search("naval patrols")).as("not every word occurs").isEmpty();
        }

        @Test
        @DisplayName("by words of the speaker's name as well as of what was said")
        void speaker_name_is_searchable() {
            given(article());

            assertThat(statements.search("munir stability")).containsExactly(MUNIR_ECHO);
            assertThat(statements.search("senior defense official")).containsExactly(OFFICIAL_QUOTE);
        }

        @Test
        @DisplayName("by speaker, topic (ignoring case) and initiative, combined with words")
        void filters() {
            given(article());

            assertThat(statements.search(null, BAGHERI, null, null))
                    .containsExactlyInAnyOrder(APPRECIATION_QUOTE, GOOD_AGREEMENTS_QUOTE, NAVAL_PROPOSAL);
            assertThat(statements.search(null, null, "Border Security", null))
                    .containsExactlyInAnyOrder(APPRECIATION_QUOTE, OFFICIAL_QUOTE);
            assertThat(statements.search(null, null, null, NAVAL_EXERCISES)).containsExactly(NAVAL_PROPOSAL);
            assertThat(statements.search("agreements", BAGHERI, null, null)).containsExactly(GOOD_AGREEMENTS_QUOTE);
            assertThat(statements.search("agreements", MUNIR, null, null)).isEmpty();
            assertThat(statements.search(null, TANVEER_HUSSAIN, null, null)).isEmpty();
        }

        @Test
        @DisplayName("lists the newest first by when it was said, at most as many as asked for")
        void newest_first() {
            given(actors());
            given(hatamiIn2018());
            given(appreciationQuote());
            given(munirLastYear());
            given(munirEcho());

            assertThat(statements.search(null)).containsExactly(MUNIR_ECHO, APPRECIATION_QUOTE, "munir-in-tehran",
                    "hatami-on-training");
            assertThat(statements.queries.handle(new SearchStatements(null, null, null, null, 1)).statements())
                    .extracting(StatementView::statementId).containsExactly(MUNIR_ECHO);
        }
    }

    @Nested
    @DisplayName("Corrections and withdrawal")
    class CorrectionsAndWithdrawal {

        @Test
        @DisplayName("a corrected statement is found by its corrected words only, and keeps when and by whom it was first recorded")
        void corrected_statement() {
            given(actors());
            Journal.Entry first = given(appreciationQuote(), "editor-bilal");
            StatementFacts facts = appreciationQuoteFacts();

            given(new StatementCorrected(APPRECIATION_QUOTE, facts, new StatementFacts(facts.speaker(), facts.form(),
                    "We deeply appreciate Pakistan’s persistent efforts against Jaish al-Adl", null, facts.occurred(),
                    facts.occasionVisitId(), List.of("counterterrorism"), facts.initiativeIds(), facts.provenance()),
                    "wording"), "editor-chen");

            assertThat(statements.search("against")).containsExactly(APPRECIATION_QUOTE);
            assertThat(statements.search("combating")).isEmpty();
            assertThat(statements.search(null, null, "border security", null)).isEmpty();
            assertThat(statements.statement(APPRECIATION_QUOTE)).satisfies(view -> {
                assertThat(view.recordedAt()).isEqualTo(first.at());
                assertThat(view.recordedBy()).isEqualTo("editor-bilal");
            });
        }

        @Test
        @DisplayName("a corrected speaker name shows on their statements and finds them")
        void corrected_speaker_name() {
            given(actors());
            given(munirEcho());
            ActorFacts full = new ActorFacts(ActorKind.PERSON, "Syed Asim Munir", List.of("Asim Munir"), PAKISTAN, TASNIM);

            given(new ActorCorrected(MUNIR, munirRegistered().actor(), full, "full name"));

            assertThat(statements.statement(MUNIR_ECHO).speakerName()).isEqualTo("Syed Asim Munir");
            assertThat(statements.search("syed")).containsExactly(MUNIR_ECHO);
        }
        @Test
        @DisplayName("a speaker registered after their statement (a parked registration retried) names it and finds it")
        void speaker_registered_after_the_statement() {
            given(munirEcho());
            assertThat(statements.statement(MUNIR_ECHO).speakerName()).isEqualTo(MUNIR);

            given(munirRegistered());

            assertThat(statements.statement(MUNIR_ECHO).speakerName()).isEqualTo("Asim Munir");
            assertThat(statements.search("asim")).containsExactly(MUNIR_ECHO);
        }


        @Test
        @DisplayName("a statement attributed to another speaker moves to them")
        void corrected_speaker() {
            given(actors());
            given(munirEcho());
            StatementFacts facts = munirEcho().statement();

            given(new StatementCorrected(MUNIR_ECHO, facts, new StatementFacts(Speaker.actor(ZARDARI), facts.form(), facts.text(), null,
                    facts.occurred(), facts.occasionVisitId(), facts.topics(), facts.initiativeIds(), facts.provenance()),
                    "it was the president"));

            assertThat(statements.search(null, MUNIR, null, null)).isEmpty();
            assertThat(statements.search(null, ZARDARI, null, null)).containsExactly(MUNIR_ECHO);
            assertThat(statements.statement(MUNIR_ECHO).speakerName()).isEqualTo("Asif Ali Zardari");
        }

        @Test
        @DisplayName("a withdrawn statement is neither found nor listed")
        void withdrawn_statement() {
            given(article());

            given(new StatementWithdrawn(APPRECIATION_QUOTE, "misquoted"));

            assertThat(statements.statement(APPRECIATION_QUOTE)).isNull();
            assertThat(statements.search("jaish")).isEmpty();
            assertThat(statements.search(null, BAGHERI, null, null)).doesNotContain(APPRECIATION_QUOTE).hasSize(2);
        }
    }

    @Nested
    @DisplayName("Redelivery and rebuild")
    class RedeliveryAndRebuild {

        private static List<RecordEvent> scenario() {
            List<RecordEvent> events = new ArrayList<>(article());
            events.add(new ActorCorrected(MUNIR, munirRegistered().actor(), new ActorFacts(ActorKind.PERSON,
                    "Syed Asim Munir", List.of("Asim Munir"), PAKISTAN, TASNIM), "full name"));
            events.add(new StatementCorrected(NAVAL_PROPOSAL, navalProposal().statement(),
                    navalProposalFacts(List.of(NAVAL_EXERCISES, BORDER_PATROLS)), "also about the patrols"));
            events.add(new StatementWithdrawn(OFFICIAL_QUOTE, "unverifiable"));
            return events;
        }

        @TestFactory
        @DisplayName("every event delivered twice in a row leaves every answer as it was")
        Stream<DynamicTest> every_event_twice() {
            return Replays.everyEventDeliveredTwice(scenario(), Statements::new);
        }

        @Test
        @DisplayName("a reset clears statements and speakers' names; a replay rebuilds the same answers")
        void rebuild() {
            Replays.assertRebuildGivesSameAnswers(scenario(), new Statements(), Statements::new);
        }
    }
}
