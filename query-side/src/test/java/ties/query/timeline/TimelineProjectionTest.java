package ties.query.timeline;

import ties.agreement.AgreementKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import ties.actor.ActorEvent.ActorCorrected;
import ties.actor.ActorEvent.ActorRegistered;
import ties.actor.ActorEvent.ActorWithdrawn;
import ties.actor.ActorFacts;
import ties.actor.ActorKind;
import ties.agreement.AgreementEvent.AgreementCorrected;
import ties.agreement.AgreementEvent.AgreementRecorded;
import ties.agreement.AgreementEvent.AgreementWithdrawn;
import ties.agreement.AgreementFacts;
import ties.agreement.Signatory;
import ties.fact.CountryCode;
import ties.fact.Rejection;
import ties.initiative.InitiativeEvent.InitiativeCorrected;
import ties.initiative.InitiativeEvent.InitiativeWithdrawn;
import ties.initiative.InitiativeFacts;
import ties.query.Journal;
import ties.query.RecordingEmitter;
import ties.query.Replays;
import ties.query.store.InMemoryReadModels;
import ties.record.RecordEvent;
import ties.record.RecordType;
import ties.statement.Speaker;
import ties.statement.StatementEvent.StatementCorrected;
import ties.statement.StatementEvent.StatementRecorded;
import ties.statement.StatementEvent.StatementWithdrawn;
import ties.statement.StatementFacts;
import ties.statement.StatementForm;
import ties.timeline.Development;
import ties.timeline.DevelopmentKind;
import ties.timeline.FindTimeline;
import ties.timeline.TimelinePage;
import ties.visit.VisitEvent.MeetingRecorded;
import ties.visit.VisitEvent.VisitCorrected;
import ties.visit.VisitEvent.VisitRecorded;
import ties.visit.VisitEvent.VisitWithdrawn;
import ties.visit.VisitFacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static ties.query.Journal.EDITOR;
import static ties.query.SeedEvents.*;

@DisplayName("Timeline: every development in the order it happened, filtered, paged and as of any recorded time")
class TimelineProjectionTest {

    /** The timeline projection and its query handler over an in-memory store. */
    static final class Timeline implements Replays.Fixture {
        final InMemoryReadModels store = new InMemoryReadModels();
        final RecordingEmitter emitter = new RecordingEmitter();
        final TimelineProjection projection = new TimelineProjection(store, emitter);
        final TimelineQueries queries = new TimelineQueries(store);

        @Override
        public void deliver(Journal.Entry entry) {
            DevelopmentHandlers.deliver(projection, entry);
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
                answers.add(queries.handle(new FindTimeline(null, List.of(), null, null, null, null, null, 500, asOf)));
            }
            return answers;
        }

        TimelinePage page(FindTimeline query) {
            return queries.handle(query);
        }

        List<String> keys(FindTimeline query) {
            return page(query).developments().stream().map(Development::key).toList();
        }
    }

    private final Timeline timeline = new Timeline();
    private final Journal journal = new Journal();

    private Journal.Entry given(RecordEvent event) {
        Journal.Entry entry = journal.record(event);
        timeline.deliver(entry);
        return entry;
    }

    private void given(List<RecordEvent> events) {
        events.forEach(this::given);
    }

    private static FindTimeline all() {
        return new FindTimeline(null, List.of(), null, null, null, null, null, 500, null);
    }

    private static FindTimeline byActor(String actorId) {
        return new FindTimeline(actorId, List.of(), null, null, null, null, null, 500, null);
    }

    private static FindTimeline byCountries(CountryCode... countries) {
        return new FindTimeline(null, List.of(countries), null, null, null, null, null, 500, null);
    }

    private static FindTimeline byKind(DevelopmentKind kind) {
        return new FindTimeline(null, List.of(), kind, null, null, null, null, 500, null);
    }

    private static FindTimeline byInitiative(String initiativeId) {
        return new FindTimeline(null, List.of(), null, initiativeId, null, null, null, 500, null);
    }

    private static FindTimeline between(LocalDate from, LocalDate to) {
        return new FindTimeline(null, List.of(), null, null, from, to, null, 500, null);
    }

    private static FindTimeline page(String after, int limit) {
        return new FindTimeline(null, List.of(), null, null, null, null, after, limit, null);
    }

    private static FindTimeline asOf(Instant asOf) {
        return new FindTimeline(null, List.of(), null, null, null, null, null, 500, asOf);
    }

    private static String visit(String visitId) {
        return "visit:" + visitId;
    }

    private static String meeting(String meetingId) {
        return "meeting:" + ISLAMABAD_VISIT + ":" + meetingId;
    }

    /** A development the article does not report, elsewhere: for filters that must tell countries apart. */
    private static VisitRecorded hatamiInAnkara() {
        return new VisitRecorded("hatami-ankara-visit", new VisitFacts(List.of(HATAMI), "Ankara", TURKEY,
                resolved("2018"), List.of(), null, TASNIM));
    }

    @Nested
    @DisplayName("Order and content")
    class OrderAndContent {

        @Test
        @DisplayName("developments come in the order they happened, not the order they were recorded")
        void order_of_occurrence() {
            given(actors());
            given(islamabadVisit());
            given(visitOctober2021());
            given(visitJuly2018());
            given(munirTehranVisit());

            assertThat(timeline.keys(all())).containsExactly(visit(VISIT_JULY_2018), visit(VISIT_OCTOBER_2021),
                    visit(MUNIR_TEHRAN_VISIT), visit(ISLAMABAD_VISIT));
        }

        @Test
        @DisplayName("the whole article reads from the 2018 agreements to the recent visit, recorded order breaking ties")
        void the_article_in_order() {
            given(article());

            List<Development> developments = timeline.page(all()).developments();

            assertThat(developments).hasSize(20);
            assertThat(developments).extracting(Development::kind).startsWith(DevelopmentKind.PROPOSAL,
                    DevelopmentKind.AGREEMENT, DevelopmentKind.STATUS_CHANGE, DevelopmentKind.OBSTACLE,
                    DevelopmentKind.STATUS_CHANGE, DevelopmentKind.VISIT, DevelopmentKind.VISIT, DevelopmentKind.VISIT,
                    DevelopmentKind.VISIT, DevelopmentKind.MEETING, DevelopmentKind.MEETING);
            assertThat(developments).extracting(Development::key).element(5).isEqualTo(visit(VISIT_JULY_2018));
            assertThat(developments).extracting(Development::key).last().isEqualTo("proposal:" + ISLAMIC_ALIGNMENT);
            assertThat(timeline.page(all()).next()).isNull();
        }

        @Test
        @DisplayName("a visit says who went where and who hosted, with the countries and actors involved")
        void visit_development() {
            given(actors());
            Journal.Entry recorded = given(islamabadVisit());

            assertThat(timeline.page(all()).developments()).singleElement().satisfies(d -> {
                assertThat(d.key()).isEqualTo(visit(ISLAMABAD_VISIT));
                assertThat(d.kind()).isEqualTo(DevelopmentKind.VISIT);
                assertThat(d.recordType()).isEqualTo(RecordType.VISIT);
                assertThat(d.recordId()).isEqualTo(ISLAMABAD_VISIT);
                assertThat(d.summary()).isEqualTo(
                        "Mohammad Hossein Bagheri visited Islamabad, Pakistan, hosted by Asim Munir, Asif Ali Zardari");
                assertThat(d.occurred()).isEqualTo(resolved("recently"));
                assertThat(d.recordedAt()).isEqualTo(recorded.at());
                assertThat(d.recordedBy()).isEqualTo(EDITOR);
                assertThat(d.countries()).containsExactly(IRAN, PAKISTAN);
                assertThat(d.actorIds()).containsExactly(BAGHERI, MUNIR, ZARDARI);
            });
        }

        @Test
        @DisplayName("a meeting says who met on what, during which visit")
        void meeting_development() {
            given(actors());
            given(islamabadVisit());
            given(meetingWithMunir());

            Development meeting = timeline.page(byKind(DevelopmentKind.MEETING)).developments().get(0);

            assertThat(meeting.key()).isEqualTo(meeting(MEETING_WITH_MUNIR));
            assertThat(meeting.summary()).isEqualTo("Meeting with Mohammad Hossein Bagheri, Asim Munir on intelligence sharing, "
                    + "joint operations, border security (Mohammad Hossein Bagheri in Islamabad, Pakistan)");
            assertThat(meeting.countries()).containsExactly(IRAN, PAKISTAN);
            assertThat(meeting.actorIds()).contains(BAGHERI, MUNIR);
            assertThat(meeting.recordId()).isEqualTo(ISLAMABAD_VISIT);
        }

        @Test
        @DisplayName("the 2018 agreements list both signatories and the countries they signed for")
        void agreement_development() {
            given(actors());
            given(militaryTrainingProposed());
            given(agreements2018());

            Development agreement = timeline.page(byKind(DevelopmentKind.AGREEMENT)).developments().get(0);

            assertThat(agreement.summary()).isEqualTo("Agreement signed: Agreements to bolster military training, intelligence "
                    + "sharing and joint operations (Amir Hatami for Iran; Rana Tanveer Hussain for Pakistan)");
            assertThat(agreement.actorIds()).containsExactly(HATAMI, TANVEER_HUSSAIN);
            assertThat(agreement.countries()).containsExactly(IRAN, PAKISTAN);
            assertThat(agreement.initiativeIds()).containsExactly(MILITARY_TRAINING);
            assertThat(agreement.occurred()).isEqualTo(resolved("2018"));
        }

        @Test
        @DisplayName("proposals, status changes, obstacles and statements read as sentences about their initiative")
        void initiative_developments() {
            given(article());

            assertThat(timeline.page(byInitiative(MILITARY_TRAINING)).developments()).extracting(Development::summary)
                    .containsExactly("Proposed: Military training cooperation",
                            "Agreement signed: Agreements to bolster military training, intelligence sharing and joint "
                                    + "operations (Amir Hatami for Iran; Rana Tanveer Hussain for Pakistan)",
                            "Military training cooperation: proposed → agreed",
                            "Military training cooperation hindered by sanctions: International pressures, particularly "
                                    + "sanctions on Iran, have previously hindered defense cooperation",
                            "Military training cooperation: agreed → stalled");
            assertThat(timeline.page(byInitiative(NAVAL_EXERCISES)).developments()).extracting(Development::summary)
                    .containsExactly("Proposed: Joint naval exercises in the Arabian Sea (by Mohammad Hossein Bagheri)",
                            "Mohammad Hossein Bagheri (paraphrase): Joint naval exercises to enhance maritime security in the "
                                    + "Arabian Sea would improve operational capabilities and demonstrate regional influence");
            assertThat(timeline.page(byInitiative(BORDER_PATROLS)).developments()).extracting(Development::summary)
                    .anySatisfy(summary -> assertThat(summary)
                            .as("an unnamed speaker by description; long words cut to 160 characters")
                            .startsWith("a senior defense official familiar with the discussions (quote): The pragmatic "
                                    + "approach of Iran and Pakistan demonstrates")
                            .endsWith("…"));
        }
    }

    @Nested
    @DisplayName("Filters")
    class Filters {

        @Test
        @DisplayName("by actor: what the actor did, hosted, attended, said or signed")
        void by_actor() {
            given(article());

            assertThat(timeline.keys(byActor(HATAMI))).containsExactly("agreement:" + AGREEMENTS_2018);
            assertThat(timeline.keys(byActor(MUNIR))).contains(visit(MUNIR_TEHRAN_VISIT), visit(ISLAMABAD_VISIT),
                    meeting(MEETING_WITH_MUNIR), "statement:" + MUNIR_ECHO).doesNotContain(visit(VISIT_JULY_2018));
        }

        @Test
        @DisplayName("by one country: everything involving it; by two: only what involves both")
        void by_countries() {
            given(article());
            given(hatamiInAnkara());

            assertThat(timeline.keys(byCountries(TURKEY)))
                    .containsExactly("visit:hatami-ankara-visit", "proposal:" + ISLAMIC_ALIGNMENT);
            assertThat(timeline.keys(byCountries(IRAN, TURKEY)))
                    .containsExactly("visit:hatami-ankara-visit", "proposal:" + ISLAMIC_ALIGNMENT);
            assertThat(timeline.keys(byCountries(PAKISTAN, TURKEY))).containsExactly("proposal:" + ISLAMIC_ALIGNMENT);
            assertThat(timeline.keys(byCountries(PAKISTAN, IRAN))).hasSize(20).doesNotContain("visit:hatami-ankara-visit");
        }

        @Test
        @DisplayName("by kind and by initiative")
        void by_kind_and_initiative() {
            given(article());

            assertThat(timeline.keys(byKind(DevelopmentKind.VISIT))).containsExactly(visit(VISIT_JULY_2018),
                    visit(VISIT_OCTOBER_2021), visit(MUNIR_TEHRAN_VISIT), visit(ISLAMABAD_VISIT));
            assertThat(timeline.keys(byKind(DevelopmentKind.STATUS_CHANGE))).hasSize(3);
            assertThat(timeline.keys(byInitiative(MILITARY_TRAINING))).hasSize(5);
        }

        @Test
        @DisplayName("by a range of dates: a development counts when the span its date stands for overlaps the range")
        void by_date_range_overlapping_partial_dates() {
            given(article());

            assertThat(timeline.keys(between(LocalDate.of(2018, 7, 15), LocalDate.of(2018, 7, 20))))
                    .as("'July 2018', '2018' and 'circa 2019' all overlap mid-July 2018")
                    .hasSize(6).contains(visit(VISIT_JULY_2018), "agreement:" + AGREEMENTS_2018);
            assertThat(timeline.keys(between(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 30))))
                    .as("only 'circa 2019' spans 2019").singleElement().asString().startsWith("status:");
            assertThat(timeline.keys(between(null, LocalDate.of(2018, 6, 30))))
                    .as("'July 2018' starts after June").hasSize(5).doesNotContain(visit(VISIT_JULY_2018));
            assertThat(timeline.keys(between(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31))))
                    .as("'last year' and 'recently' both span December 2024").hasSize(13).contains(visit(MUNIR_TEHRAN_VISIT));
            assertThat(timeline.keys(between(LocalDate.of(2025, 1, 1), null)))
                    .as("only 'recently' reaches into 2025").hasSize(12).doesNotContain(visit(MUNIR_TEHRAN_VISIT));
        }
    }

    @Nested
    @DisplayName("Pages")
    class Pages {

        private List<String> allPages(int limit) {
            List<String> keys = new ArrayList<>();
            String after = null;
            do {
                TimelinePage page = timeline.page(page(after, limit));
                assertThat(page.developments()).hasSizeLessThanOrEqualTo(limit);
                page.developments().forEach(d -> keys.add(d.key()));
                after = page.next();
            } while (after != null);
            return keys;
        }

        @Test
        @DisplayName("paging through with the cursor gives every development once, in order")
        void paging_gives_everything_once() {
            given(article());

            assertThat(allPages(3)).containsExactlyElementsOf(timeline.keys(all()));
            assertThat(allPages(20)).containsExactlyElementsOf(timeline.keys(all()));
        }

        @Test
        @DisplayName("a development recorded while paging, dated before the cursor, neither repeats nor skips anything")
        void paging_is_stable_under_inserts() {
            given(article());
            List<String> before = timeline.keys(all());
            TimelinePage first = timeline.page(page(null, 6));

            given(new VisitRecorded("bagheri-pakistan-visit-2016", new VisitFacts(List.of(BAGHERI), null, PAKISTAN,
                    resolved("2016"), List.of(), null, TASNIM)));
            given(new StatementRecorded("bagheri-on-2018-agreements", new StatementFacts(Speaker.actor(BAGHERI),
                    StatementForm.PARAPHRASE, "The 2018 agreements were a milestone", null, resolved("2025-01-14"), null, List.of(),
                    List.of(), TASNIM)));

            List<String> seen = new ArrayList<>(first.developments().stream().map(Development::key).toList());
            String after = first.next();
            while (after != null) {
                TimelinePage page = timeline.page(page(after, 6));
                page.developments().forEach(d -> seen.add(d.key()));
                after = page.next();
            }

            List<String> expected = new ArrayList<>(before);
            expected.add("statement:bagheri-on-2018-agreements");
            assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
            assertThat(timeline.keys(page(null, 1))).containsExactly("visit:bagheri-pakistan-visit-2016");
        }

        @Test
        @DisplayName("a cursor that no page gave is refused")
        void foreign_cursor_is_refused() {
            assertThatThrownBy(() -> timeline.page(page("not-a-cursor", 5)))
                    .isInstanceOfSatisfying(Rejection.class, rejection -> {
                        assertThat(rejection.kind()).isEqualTo(Rejection.Kind.INVALID);
                        assertThat(rejection.field()).isEqualTo("after");
                    });
        }
    }

    @Nested
    @DisplayName("Corrections")
    class Corrections {

        @Test
        @DisplayName("a corrected visit moves to its corrected date and keeps when and by whom it was first recorded")
        void corrected_visit() {
            given(actors());
            given(visitJuly2018());
            Journal.Entry first = given(visitOctober2021());
            given(new VisitCorrected(VISIT_OCTOBER_2021, visitOctober2021Facts(),
                    visitOctober2021Facts().withOccurred(resolved("2017")), "it was 2017"));

            assertThat(timeline.keys(all())).containsExactly(visit(VISIT_OCTOBER_2021), visit(VISIT_JULY_2018));
            assertThat(timeline.page(all()).developments().get(0)).satisfies(d -> {
                assertThat(d.occurred()).isEqualTo(resolved("2017"));
                assertThat(d.recordedAt()).isEqualTo(first.at());
                assertThat(d.recordedBy()).isEqualTo(EDITOR);
            });
        }

        @Test
        @DisplayName("a corrected initiative title shows in its proposal and in its status changes")
        void corrected_initiative_title() {
            given(article());
            InitiativeFacts facts = borderPatrolsProposed().initiative();
            InitiativeFacts corrected = new InitiativeFacts("Joint border patrols", facts.kind(), facts.parties(),
                    facts.proposedBy(), facts.description(), facts.occurred(), facts.statementIds(), null, facts.provenance());

            given(new InitiativeCorrected(BORDER_PATROLS, facts, corrected, "shorter title"));

            assertThat(timeline.page(byInitiative(BORDER_PATROLS)).developments()).extracting(Development::summary)
                    .contains("Proposed: Joint border patrols (by Mohammad Hossein Bagheri)",
                            "Joint border patrols: proposed → under discussion");
        }

        @Test
        @DisplayName("a corrected statement shows its corrected words")
        void corrected_statement() {
            given(actors());
            given(islamabadVisit());
            given(appreciationQuote());
            StatementFacts facts = appreciationQuoteFacts();

            given(new StatementCorrected(APPRECIATION_QUOTE, facts, new StatementFacts(facts.speaker(), facts.form(),
                    "We deeply appreciate Pakistan’s persistent efforts", null, facts.occurred(), facts.occasionVisitId(),
                    facts.topics(), facts.initiativeIds(), facts.provenance()), "shortened"));

            assertThat(timeline.page(byKind(DevelopmentKind.STATEMENT)).developments()).extracting(Development::summary)
                    .containsExactly("Mohammad Hossein Bagheri (quote): We deeply appreciate Pakistan’s persistent efforts");
        }

        @Test
        @DisplayName("a corrected actor shows, with the corrected name and country, in developments already on the timeline")
        void corrected_actor_reaches_existing_developments() {
            ActorFacts misrecorded = new ActorFacts(ActorKind.PERSON, "Mohammad Baqeri", List.of(), null, TASNIM);
            given(new ActorRegistered(BAGHERI, misrecorded));
            given(visitJuly2018());

            given(new ActorCorrected(BAGHERI, misrecorded, bagheri(), "full name and country"));

            assertThat(timeline.page(all()).developments()).singleElement().satisfies(d -> {
                assertThat(d.summary()).isEqualTo("Mohammad Hossein Bagheri visited Pakistan");
                assertThat(d.countries()).containsExactly(IRAN, PAKISTAN);
            });
            assertThat(timeline.keys(byCountries(IRAN))).containsExactly(visit(VISIT_JULY_2018));
        }

        @Test
        @DisplayName("a corrected actor shows in every development naming them, and in those of the visits they made")
        void corrected_actor_reaches_every_kind_of_development() {
            ActorFacts misrecorded = new ActorFacts(ActorKind.PERSON, "Mohammad Baqeri", List.of(), null, TASNIM);
            given(new ActorRegistered(BAGHERI, misrecorded));
            given(List.of(munirRegistered(), zardariRegistered(), hatamiRegistered(), tanveerHussainRegistered()));
            Journal.Entry visit = given(islamabadVisit());
            given(List.of(meetingWithMunir(), appreciationQuote(), munirEcho(), navalExercisesProposed()));
            given(new AgreementRecorded("naval-protocol", new AgreementFacts("Naval protocol", AgreementKind.AGREEMENT, List.of(),
                    List.of(new Signatory(BAGHERI, IRAN, "Chief of Staff"), new Signatory(MUNIR, PAKISTAN, "Army Chief")),
                    resolved("recently"), List.of(), List.of(NAVAL_EXERCISES), null, null, TASNIM)));
            assertThat(timeline.keys(byCountries(IRAN)))
                    .containsExactlyInAnyOrder("agreement:naval-protocol", "proposal:" + NAVAL_EXERCISES);

            given(new ActorCorrected(BAGHERI, misrecorded, bagheri(), "full name and country"));

            List<Development> developments = timeline.page(all()).developments();
            assertThat(developments).hasSize(6).allSatisfy(d -> assertThat(d.summary()).doesNotContain("Baqeri"));
            assertThat(developments).extracting(Development::summary).contains(
                    "Mohammad Hossein Bagheri visited Islamabad, Pakistan, hosted by Asim Munir, Asif Ali Zardari",
                    "Proposed: Joint naval exercises in the Arabian Sea (by Mohammad Hossein Bagheri)",
                    "Agreement signed: Naval protocol (Mohammad Hossein Bagheri for Iran; Asim Munir for Pakistan)");
            assertThat(timeline.keys(byCountries(IRAN))).as("Munir's statement was made on Bagheri's visit")
                    .containsExactlyInAnyOrder(visit(ISLAMABAD_VISIT), meeting(MEETING_WITH_MUNIR),
                            "statement:" + APPRECIATION_QUOTE, "statement:" + MUNIR_ECHO, "proposal:" + NAVAL_EXERCISES,
                            "agreement:naval-protocol");
            assertThat(developments).filteredOn(d -> d.key().equals(visit(ISLAMABAD_VISIT))).singleElement()
                    .satisfies(d -> assertThat(d.recordedAt()).isEqualTo(visit.at()));
        }

        @Test
        @DisplayName("an actor correction leaves withdrawn developments withdrawn, and one that changes nothing sends nothing")
        void actor_correction_and_withdrawn_developments() {
            given(actors());
            given(islamabadVisit());
            given(appreciationQuote());
            given(new StatementWithdrawn(APPRECIATION_QUOTE, "misattributed"));
            timeline.emitter.forget();

            given(new ActorCorrected(BAGHERI, bagheri(), bagheri(), "no change"));

            assertThat(timeline.emitter.count()).isZero();

            given(new ActorCorrected(BAGHERI, bagheri(), new ActorFacts(ActorKind.PERSON, "M. H. Bagheri", List.of(), IRAN,
                    TASNIM), "shorter"));

            assertThat(timeline.keys(all())).containsExactly(visit(ISLAMABAD_VISIT));
            assertThat(timeline.page(all()).developments().get(0).summary()).startsWith("M. H. Bagheri visited");
        }

        @Test
        @DisplayName("a meeting dated by its visit moves with the visit's corrected date")
        void meeting_dated_by_visit_follows_correction() {
            given(actors());
            given(islamabadVisit());
            given(meetingWithMunir());

            given(new VisitCorrected(ISLAMABAD_VISIT, islamabadVisitFacts(),
                    islamabadVisitFacts().withOccurred(resolved("2025-01-13")), "exact day reported"));

            assertThat(timeline.page(byKind(DevelopmentKind.MEETING)).developments()).extracting(Development::occurred)
                    .containsExactly(resolved("2025-01-13"));
        }

        @Test
        @DisplayName("every meeting of a corrected visit shows the corrected visit; one with a date of its own keeps it")
        void meetings_show_the_corrected_visit() {
            given(actors());
            given(islamabadVisit());
            Journal.Entry meeting = given(meetingWithMunir());
            given(new MeetingRecorded(ISLAMABAD_VISIT, MEETING_WITH_ZARDARI,
                    meetingWithZardari().meeting().withOccurred(resolved("2025-01-14")), false));
            VisitFacts facts = islamabadVisitFacts();

            given(new VisitCorrected(ISLAMABAD_VISIT, facts, new VisitFacts(facts.visitorIds(), "Rawalpindi", facts.country(),
                    resolved("2025-01-13"), facts.hostIds(), facts.purpose(), facts.provenance()), "city and day"));

            assertThat(timeline.page(byKind(DevelopmentKind.MEETING)).developments())
                    .extracting(Development::key, d -> d.occurred().text())
                    .containsExactly(tuple(meeting(MEETING_WITH_MUNIR), "2025-01-13"),
                            tuple(meeting(MEETING_WITH_ZARDARI), "2025-01-14"));
            assertThat(timeline.page(byKind(DevelopmentKind.MEETING)).developments())
                    .allSatisfy(d -> assertThat(d.summary()).endsWith("(Mohammad Hossein Bagheri in Rawalpindi, Pakistan)"))
                    .first().satisfies(d -> assertThat(d.recordedAt()).isEqualTo(meeting.at()));
        }
    }

    @Nested
    @DisplayName("Withdrawal and as-of")
    class WithdrawalAndAsOf {

        @Test
        @DisplayName("a withdrawn visit leaves the timeline with its meetings, but the timeline as of before still shows them")
        void withdrawn_visit() {
            given(article());
            Journal.Entry withdrawal = given(new VisitWithdrawn(ISLAMABAD_VISIT, "misreported"));

            assertThat(timeline.keys(all())).hasSize(17)
                    .doesNotContain(visit(ISLAMABAD_VISIT), meeting(MEETING_WITH_MUNIR), meeting(MEETING_WITH_ZARDARI))
                    .contains("statement:" + APPRECIATION_QUOTE);
            assertThat(timeline.keys(asOf(withdrawal.at().minusSeconds(1)))).hasSize(20)
                    .contains(visit(ISLAMABAD_VISIT), meeting(MEETING_WITH_MUNIR), meeting(MEETING_WITH_ZARDARI));
        }

        @Test
        @DisplayName("a withdrawn initiative takes its proposal, status changes and obstacles along")
        void withdrawn_initiative() {
            given(article());
            given(new InitiativeWithdrawn(MILITARY_TRAINING, "duplicate"));

            assertThat(timeline.keys(byInitiative(MILITARY_TRAINING))).containsExactly("agreement:" + AGREEMENTS_2018);
        }

        @Test
        @DisplayName("the timeline as of a moment shows what had been recorded by then, as it stood")
        void as_of() {
            given(actors());
            given(visitJuly2018());
            Journal.Entry second = given(visitOctober2021());
            given(new VisitCorrected(VISIT_OCTOBER_2021, visitOctober2021Facts(),
                    visitOctober2021Facts().withOccurred(resolved("November 2021")), "month"));
            given(islamabadVisit());

            assertThat(timeline.page(asOf(second.at())).developments())
                    .extracting(Development::key, d -> d.occurred().text())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(visit(VISIT_JULY_2018), "July 2018"),
                            org.assertj.core.groups.Tuple.tuple(visit(VISIT_OCTOBER_2021), "October 2021"));
            assertThat(timeline.page(asOf(Journal.START)).developments()).isEmpty();
        }
    }

    @Nested
    @DisplayName("Live updates")
    class LiveUpdates {

        @Test
        @DisplayName("each new or changed development goes to subscribers whose filters it matches")
        void updates_follow_filters() {
            given(article());

            assertThat(timeline.emitter.updatesFor(byCountries(TURKEY), Development.class)).extracting(Development::key)
                    .containsExactly("proposal:" + ISLAMIC_ALIGNMENT);
            assertThat(timeline.emitter.updatesFor(byKind(DevelopmentKind.VISIT), Development.class))
                    .extracting(Development::key).containsExactly(visit(VISIT_JULY_2018), visit(VISIT_OCTOBER_2021),
                            visit(MUNIR_TEHRAN_VISIT), visit(ISLAMABAD_VISIT));
            assertThat(timeline.emitter.updatesFor(between(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)),
                    Development.class)).extracting(Development::kind).containsExactly(DevelopmentKind.STATUS_CHANGE);
            assertThat(timeline.emitter.updatesFor(all(), Development.class)).hasSize(20);
        }

        @Test
        @DisplayName("questions about the past get no live updates, and redelivered events send nothing")
        void no_updates_for_the_past_or_redelivery() {
            given(actors());
            Journal.Entry visit = given(islamabadVisit());
            int sent = timeline.emitter.count();

            timeline.deliver(visit);

            assertThat(timeline.emitter.count()).isEqualTo(sent);
            assertThat(timeline.emitter.updatesFor(asOf(visit.at()), Development.class)).isEmpty();
        }

        @Test
        @DisplayName("live subscribers are told when a development is withdrawn")
        void withdrawal_is_sent_live() {
            given(actors());
            given(islamabadVisit());
            timeline.emitter.forget();

            given(new VisitWithdrawn(ISLAMABAD_VISIT, "misreported"));

            assertThat(timeline.emitter.updatesFor(all(), Development.class)).extracting(Development::key)
                    .contains(visit(ISLAMABAD_VISIT));
        }

        @Test
        @DisplayName("a withdrawal is sent flagged as such, with the development's meetings, to the subscribers it matched")
        void withdrawal_is_flagged() {
            given(actors());
            given(islamabadVisit());
            given(meetingWithMunir());
            given(hatamiInAnkara());
            timeline.emitter.forget();

            given(new VisitWithdrawn(ISLAMABAD_VISIT, "misreported"));

            assertThat(timeline.emitter.updatesFor(byCountries(PAKISTAN), Development.class))
                    .extracting(Development::key, Development::withdrawn)
                    .containsExactlyInAnyOrder(tuple(visit(ISLAMABAD_VISIT), true), tuple(meeting(MEETING_WITH_MUNIR), true));
            assertThat(timeline.emitter.updatesFor(byCountries(TURKEY), Development.class)).isEmpty();
            assertThat(timeline.page(all()).developments()).extracting(Development::withdrawn).containsOnly(false);
        }

        @Test
        @DisplayName("a correction that takes a development off a subscriber's filters is sent to that subscriber")
        void leaving_a_filter_is_sent() {
            given(actors());
            given(visitOctober2021());
            timeline.emitter.forget();

            given(new VisitCorrected(VISIT_OCTOBER_2021, visitOctober2021Facts(),
                    visitOctober2021Facts().withOccurred(resolved("2017")), "it was 2017"));

            assertThat(timeline.emitter.updatesFor(between(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)),
                    Development.class)).extracting(Development::key, d -> d.occurred().text())
                    .containsExactly(tuple(visit(VISIT_OCTOBER_2021), "2017"));
        }
    }

    @Nested
    @DisplayName("Redelivery and rebuild")
    class RedeliveryAndRebuild {

        /** The article, then corrections and withdrawals of every record type. */
        private static List<RecordEvent> scenario() {
            List<RecordEvent> events = new ArrayList<>(article());
            events.add(new ActorCorrected(MUNIR, munirRegistered().actor(), munirRegistered().actor(), "no change"));
            events.add(new VisitCorrected(VISIT_OCTOBER_2021, visitOctober2021Facts(),
                    visitOctober2021Facts().withOccurred(resolved("November 2021")), "month"));
            events.add(new StatementCorrected(NAVAL_PROPOSAL, navalProposal().statement(),
                    navalProposalFacts(List.of(NAVAL_EXERCISES, BORDER_PATROLS)), "also about the patrols"));
            InitiativeFacts alignment = islamicAlignmentFacts();
            events.add(new InitiativeCorrected(ISLAMIC_ALIGNMENT, alignment, alignment.withOccurred(resolved("this month")),
                    "date"));
            events.add(new AgreementCorrected(AGREEMENTS_2018, agreements2018Facts(),
                    agreements2018Facts().withSigned(resolved("July 2018")), "month"));
            events.add(new VisitWithdrawn(VISIT_JULY_2018, "unconfirmed"));
            events.add(new StatementWithdrawn(OFFICIAL_QUOTE, "unverifiable"));
            events.add(new InitiativeWithdrawn(NAVAL_EXERCISES, "duplicate"));
            events.add(new AgreementWithdrawn(AGREEMENTS_2018, "duplicate"));
            events.add(new ActorWithdrawn(TASNIM_AGENCY, "not needed"));
            return events;
        }

        @TestFactory
        @DisplayName("every event delivered twice in a row leaves every answer as it was, now and as of any time")
        Stream<DynamicTest> every_event_twice() {
            return Replays.everyEventDeliveredTwice(scenario(), Timeline::new);
        }

        @Test
        @DisplayName("a reset clears the timeline and what it knows of actors, initiatives and visits; a replay rebuilds the same answers")
        void rebuild() {
            Timeline fixture = new Timeline();
            Replays.assertRebuildGivesSameAnswers(scenario(), fixture, Timeline::new);
            fixture.reset();
            assertThat(fixture.store.rowCount("timeline-actor") + fixture.store.rowCount("timeline-initiative")
                    + fixture.store.rowCount("timeline-visit")).isZero();
        }
    }
}
