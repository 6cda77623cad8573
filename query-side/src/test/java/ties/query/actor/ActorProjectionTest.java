package ties.query.actor;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import ties.actor.ActorEvent.ActorAliasAdded;
import ties.actor.ActorEvent.ActorCorrected;
import ties.actor.ActorEvent.ActorRegistered;
import ties.actor.ActorEvent.ActorRoleRecorded;
import ties.actor.ActorEvent.ActorWithdrawn;
import ties.actor.ActorFacts;
import ties.actor.ActorKind;
import ties.actor.ActorSummary;
import ties.actor.ActorView;
import ties.actor.ActorView.MeetingLine;
import ties.actor.ActorView.StatementLine;
import ties.actor.ActorView.VisitLine;
import ties.actor.FindActor;
import ties.actor.SearchActors;
import ties.query.Journal;
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
import ties.visit.VisitEvent.MeetingRecorded;
import ties.visit.VisitEvent.VisitCorrected;
import ties.visit.VisitEvent.VisitRecorded;
import ties.visit.VisitEvent.VisitWithdrawn;
import ties.visit.VisitFacts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static ties.query.SeedEvents.*;

@DisplayName("Actors: who they are and what they did, visits numbered per destination, found by any spelling")
class ActorProjectionTest {

    /** The actor projection and its query handlers over an in-memory store. */
    static final class Actors implements Replays.Fixture {
        final InMemoryReadModels store = new InMemoryReadModels();
        final ActorProjection projection = new ActorProjection(store);
        final ActorQueries queries = new ActorQueries(store);

        @Override
        public void deliver(Journal.Entry entry) {
            RecordEvent event = entry.event();
            Recorded recorded = entry.recorded();
            if (event instanceof ActorRegistered e) {
                projection.on(e, recorded);
            } else if (event instanceof ActorAliasAdded e) {
                projection.on(e, recorded);
            } else if (event instanceof ActorRoleRecorded e) {
                projection.on(e, recorded);
            } else if (event instanceof ActorCorrected e) {
                projection.on(e, recorded);
            } else if (event instanceof ActorWithdrawn e) {
                projection.on(e, recorded);
            } else if (event instanceof VisitRecorded e) {
                projection.on(e, recorded);
            } else if (event instanceof VisitCorrected e) {
                projection.on(e, recorded);
            } else if (event instanceof VisitWithdrawn e) {
                projection.on(e, recorded);
            } else if (event instanceof MeetingRecorded e) {
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
            List<Instant> times = new ArrayList<>(moments);
            times.add(null);
            for (Instant asOf : times) {
                for (String id : List.of(BAGHERI, MUNIR, ZARDARI, HATAMI, TANVEER_HUSSAIN, TASNIM_AGENCY)) {
                    answers.add(queries.handle(new FindActor(id, asOf)));
                }
            }
            for (String name : List.of("", "bagheri", "baqeri", "munir", "tasnim")) {
                answers.add(queries.handle(new SearchActors(name, 50)));
            }
            return answers;
        }

        ActorView actor(String actorId) {
            return queries.handle(new FindActor(actorId, null));
        }

        ActorView actor(String actorId, Instant asOf) {
            return queries.handle(new FindActor(actorId, asOf));
        }

        List<String> search(String name) {
            return queries.handle(new SearchActors(name, 50)).actors().stream().map(ActorSummary::actorId).toList();
        }
    }

    private final Actors actors = new Actors();
    private final Journal journal = new Journal();

    private Journal.Entry given(RecordEvent event) {
        Journal.Entry entry = journal.record(event);
        actors.deliver(entry);
        return entry;
    }

    private void given(List<RecordEvent> events) {
        events.forEach(this::given);
    }

    @Nested
    @DisplayName("An actor")
    class AnActor {

        @Test
        @DisplayName("shows name, every alias, country, sources, roles and when it was registered")
        void shows_who_they_are() {
            Journal.Entry registered = given(bagheriRegistered());
            given(bagheriChiefOfStaff());
            given(baqeriAlias());

            ActorView bagheri = actors.actor(BAGHERI);

            assertThat(bagheri.kind()).isEqualTo(ActorKind.PERSON);
            assertThat(bagheri.name()).isEqualTo("Mohammad Hossein Bagheri");
            assertThat(bagheri.aliases()).containsExactly("Mohammad Bagheri", "Baqeri");
            assertThat(bagheri.country()).isEqualTo(IRAN);
            assertThat(bagheri.provenance()).isEqualTo(TASNIM);
            assertThat(bagheri.roles()).singleElement().satisfies(role -> {
                assertThat(role.title()).isEqualTo("Chief of Staff of the Armed Forces");
                assertThat(role.heldOn()).isEqualTo(resolved("2025-01-15"));
            });
            assertThat(bagheri.recordedAt()).isEqualTo(registered.at());
            assertThat(bagheri.visitsMade()).isEmpty();
            assertThat(bagheri.statements()).isEmpty();
        }

        @Test
        @DisplayName("an actor never registered is not found")
        void unknown_actor() {
            given(actors());

            assertThat(actors.actor("no-such-actor")).isNull();
        }
    }

    @Nested
    @DisplayName("Visits")
    class Visits {

        @Test
        @DisplayName("Bagheri's Islamabad visit is his third to Pakistan, whatever order his visits were recorded in")
        void islamabad_is_the_third_visit() {
            given(actors());
            given(islamabadVisit());
            given(visitOctober2021());
            given(visitJuly2018());

            assertThat(actors.actor(BAGHERI).visitsMade())
                    .extracting(VisitLine::visitId, VisitLine::country, v -> v.occurred().text(), VisitLine::ordinal)
                    .containsExactly(tuple(VISIT_JULY_2018, PAKISTAN, "July 2018", 1),
                            tuple(VISIT_OCTOBER_2021, PAKISTAN, "October 2021", 2),
                            tuple(ISLAMABAD_VISIT, PAKISTAN, "recently", 3));
            assertThat(actors.actor(BAGHERI).visitsMade().get(2)).satisfies(line -> {
                assertThat(line.city()).isEqualTo("Islamabad");
                assertThat(line.visitorIds()).containsExactly(BAGHERI);
                assertThat(line.hostIds()).containsExactly(MUNIR, ZARDARI);
            });
        }

        @Test
        @DisplayName("Munir sees the Islamabad visit as hosted, numbered among Bagheri's visits; his Tehran visit is his first to Iran")
        void hosted_visits() {
            given(actors());
            given(visits());

            ActorView munir = actors.actor(MUNIR);
            assertThat(munir.visitsHosted()).extracting(VisitLine::visitId, VisitLine::ordinal)
                    .containsExactly(tuple(ISLAMABAD_VISIT, 3));
            assertThat(munir.visitsMade()).extracting(VisitLine::visitId, VisitLine::city, VisitLine::country,
                    VisitLine::ordinal).containsExactly(tuple(MUNIR_TEHRAN_VISIT, "Tehran", IRAN, 1));
            assertThat(munir.visitsMade().get(0).occurred()).isEqualTo(resolved("last year"));
            assertThat(actors.actor(BAGHERI).visitsHosted()).extracting(VisitLine::visitId, VisitLine::ordinal)
                    .containsExactly(tuple(MUNIR_TEHRAN_VISIT, 1));
            assertThat(actors.actor(ZARDARI).visitsHosted()).extracting(VisitLine::visitId).containsExactly(ISLAMABAD_VISIT);
        }

        @Test
        @DisplayName("visits are numbered per destination country")
        void ordinals_per_destination() {
            given(actors());
            given(visits());
            given(new VisitRecorded("bagheri-ankara-visit", new VisitFacts(List.of(BAGHERI), "Ankara", TURKEY,
                    resolved("2019"), List.of(), null, TASNIM)));

            assertThat(actors.actor(BAGHERI).visitsMade()).extracting(VisitLine::country, VisitLine::ordinal)
                    .containsExactly(tuple(PAKISTAN, 1), tuple(TURKEY, 1), tuple(PAKISTAN, 2), tuple(PAKISTAN, 3));
        }

        @Test
        @DisplayName("a visit corrected to an earlier date is renumbered")
        void corrected_visit_is_renumbered() {
            given(actors());
            given(visits());

            given(new VisitCorrected(VISIT_OCTOBER_2021, visitOctober2021Facts(),
                    visitOctober2021Facts().withOccurred(resolved("2017")), "it was 2017"));

            assertThat(actors.actor(BAGHERI).visitsMade()).extracting(VisitLine::visitId, VisitLine::ordinal)
                    .containsExactly(tuple(VISIT_OCTOBER_2021, 1), tuple(VISIT_JULY_2018, 2), tuple(ISLAMABAD_VISIT, 3));
        }

        @Test
        @DisplayName("a withdrawn visit leaves the views and the numbering, but as of before the withdrawal it is still there")
        void withdrawn_visit() {
            given(actors());
            given(visits());
            Journal.Entry withdrawal = given(new VisitWithdrawn(VISIT_JULY_2018, "unconfirmed"));
            Instant before = withdrawal.at().minusSeconds(1);

            assertThat(actors.actor(BAGHERI).visitsMade()).extracting(VisitLine::visitId, VisitLine::ordinal)
                    .containsExactly(tuple(VISIT_OCTOBER_2021, 1), tuple(ISLAMABAD_VISIT, 2));
            assertThat(actors.actor(MUNIR).visitsHosted()).extracting(VisitLine::ordinal).containsExactly(2);
            assertThat(actors.actor(BAGHERI, before).visitsMade()).extracting(VisitLine::visitId, VisitLine::ordinal)
                    .containsExactly(tuple(VISIT_JULY_2018, 1), tuple(VISIT_OCTOBER_2021, 2), tuple(ISLAMABAD_VISIT, 3));
            assertThat(actors.actor(MUNIR, before).visitsHosted()).extracting(VisitLine::ordinal).containsExactly(3);
        }
    }

    @Nested
    @DisplayName("Meetings")
    class Meetings {

        @Test
        @DisplayName("a meeting is listed for its participants with topics and date")
        void meeting_is_listed() {
            given(actors());
            given(visits());

            assertThat(actors.actor(MUNIR).meetings()).extracting(MeetingLine::meetingId).contains(MEETING_WITH_MUNIR);
            assertThat(actors.actor(BAGHERI).meetings()).extracting(MeetingLine::meetingId)
                    .containsExactlyInAnyOrder(MEETING_WITH_MUNIR, MEETING_WITH_ZARDARI);
            assertThat(actors.actor(MUNIR).meetings()).filteredOn(m -> m.meetingId().equals(MEETING_WITH_MUNIR))
                    .singleElement().satisfies(meeting -> {
                        assertThat(meeting.visitId()).isEqualTo(ISLAMABAD_VISIT);
                        assertThat(meeting.participantIds()).containsExactly(BAGHERI, MUNIR);
                        assertThat(meeting.topics()).containsExactly("intelligence sharing", "joint operations",
                                "border security");
                        assertThat(meeting.occurred()).isEqualTo(resolved("recently"));
                    });
            assertThat(actors.actor(HATAMI).meetings()).isEmpty();
        }

        @Test
        @DisplayName("a withdrawn visit takes its meetings along")
        void withdrawn_visit_takes_meetings() {
            given(actors());
            given(visits());
            Journal.Entry withdrawal = given(new VisitWithdrawn(ISLAMABAD_VISIT, "misreported"));

            assertThat(actors.actor(BAGHERI).meetings()).isEmpty();
            assertThat(actors.actor(BAGHERI, withdrawal.at().minusSeconds(1)).meetings()).hasSize(2);
        }

        @Test
        @DisplayName("a meeting dated by its visit moves with the visit's corrected date")
        void meeting_dated_by_visit_follows_correction() {
            given(actors());
            given(islamabadVisit());
            given(meetingWithMunir());

            given(new VisitCorrected(ISLAMABAD_VISIT, islamabadVisitFacts(),
                    islamabadVisitFacts().withOccurred(resolved("2025-01-13")), "exact day reported"));

            assertThat(actors.actor(MUNIR).meetings()).extracting(MeetingLine::occurred)
                    .containsExactly(resolved("2025-01-13"));
        }

        @Test
        @DisplayName("a meeting with a date of its own keeps it when the visit is corrected, and shows under a host the correction adds")
        void meeting_with_its_own_date_keeps_it() {
            given(actors());
            given(islamabadVisit());
            MeetingRecorded dated = meetingWithZardari();
            given(new MeetingRecorded(ISLAMABAD_VISIT, MEETING_WITH_ZARDARI,
                    dated.meeting().withOccurred(resolved("2025-01-14")), false));
            VisitFacts facts = islamabadVisitFacts();

            given(new VisitCorrected(ISLAMABAD_VISIT, facts, new VisitFacts(facts.visitorIds(), facts.city(), facts.country(),
                    resolved("2025-01-13"), List.of(MUNIR, ZARDARI, HATAMI), facts.purpose(), facts.provenance()), "host"));

            assertThat(actors.actor(ZARDARI).meetings()).extracting(MeetingLine::occurred)
                    .containsExactly(resolved("2025-01-14"));
            assertThat(actors.actor(HATAMI).meetings()).extracting(MeetingLine::meetingId)
                    .containsExactly(MEETING_WITH_ZARDARI);
        }
    }

    @Nested
    @DisplayName("Statements")
    class Statements {

        @Test
        @DisplayName("an actor's statements are listed with form, an excerpt and date; unnamed speakers belong to no actor")
        void statements_are_listed() {
            given(article());

            assertThat(actors.actor(BAGHERI).statements()).extracting(StatementLine::statementId)
                    .containsExactly(APPRECIATION_QUOTE, GOOD_AGREEMENTS_QUOTE, NAVAL_PROPOSAL);
            assertThat(actors.actor(BAGHERI).statements().get(0)).satisfies(line -> {
                assertThat(line.form()).isEqualTo(StatementForm.QUOTE);
                assertThat(line.excerpt()).startsWith("We deeply appreciate");
                assertThat(line.occurred()).isEqualTo(resolved("recently"));
            });
            assertThat(actors.actor(BAGHERI).statements().get(1).excerpt()).hasSize(201).endsWith("…");
            assertThat(actors.actor(MUNIR).statements()).extracting(StatementLine::statementId).containsExactly(MUNIR_ECHO);
        }

        @Test
        @DisplayName("a statement corrected to an unnamed speaker, or withdrawn, leaves the list; as of before, it is there")
        void corrected_and_withdrawn_statements() {
            given(actors());
            given(appreciationQuote());
            given(munirEcho());
            StatementFacts facts = appreciationQuoteFacts();
            Journal.Entry correction = given(new StatementCorrected(APPRECIATION_QUOTE, facts, new StatementFacts(
                    Speaker.unnamed("an Iranian military spokesman"), facts.form(), facts.text(), null, facts.occurred(),
                    facts.occasionVisitId(), facts.topics(), facts.initiativeIds(), facts.provenance()), "misattributed"));
            Journal.Entry withdrawal = given(new StatementWithdrawn(MUNIR_ECHO, "not said"));

            assertThat(actors.actor(BAGHERI).statements()).isEmpty();
            assertThat(actors.actor(MUNIR).statements()).isEmpty();
            assertThat(actors.actor(BAGHERI, correction.at().minusSeconds(1)).statements()).hasSize(1);
            assertThat(actors.actor(MUNIR, withdrawal.at().minusSeconds(1)).statements()).hasSize(1);
        }
    }

    @Nested
    @DisplayName("Search by name")
    class Search {

        @Test
        @DisplayName("finds a name or alias ignoring case and accents: \"bāgherī\", \"BAGHERI\", the alias \"Baqeri\"")
        void any_spelling() {
            given(actors());
            given(baqeriAlias());

            assertThat(actors.search("bāgherī")).containsExactly(BAGHERI);
            assertThat(actors.search("BAGHERI")).containsExactly(BAGHERI);
            assertThat(actors.search("Baqeri")).containsExactly(BAGHERI);
            assertThat(actors.search("Mohammad  Hossein")).containsExactly(BAGHERI);
            assertThat(actors.search("hussain")).containsExactly(TANVEER_HUSSAIN);
            assertThat(actors.search("Tasnim")).containsExactly(TASNIM_AGENCY);
            assertThat(actors.search("Jaish al-Adl")).isEmpty();
        }

        @Test
        @DisplayName("summarises each actor found: kind, name, aliases, country")
        void summary() {
            given(actors());
            given(baqeriAlias());

            assertThat(actors.queries.handle(new SearchActors("baqeri", 10)).actors()).containsExactly(new ActorSummary(
                    BAGHERI, ActorKind.PERSON, "Mohammad Hossein Bagheri", List.of("Mohammad Bagheri", "Baqeri"), IRAN));
        }

        @Test
        @DisplayName("lists matches alphabetically by name, at most as many as asked for")
        void order_and_limit() {
            given(actors());

            assertThat(actors.search("a")).containsExactly(HATAMI, ZARDARI, MUNIR, BAGHERI, TANVEER_HUSSAIN, TASNIM_AGENCY);
            assertThat(actors.queries.handle(new SearchActors("a", 2)).actors()).extracting(ActorSummary::actorId)
                    .containsExactly(HATAMI, ZARDARI);
        }

        @Test
        @DisplayName("a corrected name is found by its new spelling, no longer by the old")
        void corrected_name() {
            ActorFacts misspelled = new ActorFacts(ActorKind.PERSON, "Asif Ali Zardary", List.of(), PAKISTAN, TASNIM);
            given(new ActorRegistered(ZARDARI, misspelled));

            given(new ActorCorrected(ZARDARI, misspelled, zardariRegistered().actor(), "spelling"));

            assertThat(actors.search("zardari")).containsExactly(ZARDARI);
            assertThat(actors.search("zardary")).isEmpty();
            assertThat(actors.actor(ZARDARI).name()).isEqualTo("Asif Ali Zardari");
        }

        @Test
        @DisplayName("a withdrawn actor is neither found nor shown, but as of before the withdrawal it is shown")
        void withdrawn_actor() {
            given(actors());
            Journal.Entry withdrawal = given(new ActorWithdrawn(TASNIM_AGENCY, "a source, not an actor"));

            assertThat(actors.search("tasnim")).isEmpty();
            assertThat(actors.actor(TASNIM_AGENCY)).isNull();
            assertThat(actors.actor(TASNIM_AGENCY, withdrawal.at().minusSeconds(1)).name()).isEqualTo("Tasnim News Agency");
        }
    }

    @Nested
    @DisplayName("As of a recorded time")
    class AsOf {

        @Test
        @DisplayName("an actor as of a moment shows the roles, aliases and visits recorded by then")
        void actor_as_it_stood() {
            given(actors());
            Journal.Entry role = given(bagheriChiefOfStaff());
            given(baqeriAlias());
            given(visitJuly2018());
            Journal.Entry second = given(visitOctober2021());
            given(islamabadVisit());

            ActorView then = actors.actor(BAGHERI, second.at());
            assertThat(then.aliases()).containsExactly("Mohammad Bagheri", "Baqeri");
            assertThat(then.visitsMade()).extracting(VisitLine::ordinal).containsExactly(1, 2);
            assertThat(actors.actor(BAGHERI, role.at().minusSeconds(1)).roles()).isEmpty();
            assertThat(actors.actor(BAGHERI, Journal.START)).isNull();
        }
    }

    @Nested
    @DisplayName("Redelivery and rebuild")
    class RedeliveryAndRebuild {

        /** The article, then corrections and withdrawals of actors, visits and statements. */
        private static List<RecordEvent> scenario() {
            List<RecordEvent> events = new ArrayList<>(article());
            events.add(new ActorCorrected(MUNIR, munirRegistered().actor(), new ActorFacts(ActorKind.PERSON,
                    "Syed Asim Munir", List.of("Asim Munir"), PAKISTAN, TASNIM), "full name"));
            events.add(new VisitCorrected(VISIT_OCTOBER_2021, visitOctober2021Facts(),
                    visitOctober2021Facts().withOccurred(resolved("2017")), "year"));
            events.add(new StatementCorrected(NAVAL_PROPOSAL, navalProposal().statement(),
                    navalProposalFacts(List.of(NAVAL_EXERCISES, BORDER_PATROLS)), "also about the patrols"));
            events.add(new VisitWithdrawn(VISIT_JULY_2018, "unconfirmed"));
            events.add(new StatementWithdrawn(MUNIR_ECHO, "unverifiable"));
            events.add(new ActorWithdrawn(TASNIM_AGENCY, "a source, not an actor"));
            return events;
        }

        @TestFactory
        @DisplayName("every event delivered twice in a row leaves every answer as it was, now and as of any time")
        Stream<DynamicTest> every_event_twice() {
            return Replays.everyEventDeliveredTwice(scenario(), Actors::new);
        }

        @Test
        @DisplayName("a reset clears actors, visits, meetings and statements; a replay rebuilds the same answers")
        void rebuild() {
            Replays.assertRebuildGivesSameAnswers(scenario(), new Actors(), Actors::new);
        }
    }
}
