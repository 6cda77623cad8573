package ties.command.actor;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ties.actor.ActorEvent.ActorAliasAdded;
import ties.actor.ActorEvent.ActorCorrected;
import ties.actor.ActorEvent.ActorRegistered;
import ties.actor.ActorEvent.ActorRoleRecorded;
import ties.actor.ActorEvent.ActorWithdrawn;
import ties.actor.ActorFacts;
import ties.actor.ActorKind;
import ties.actor.AddActorAlias;
import ties.actor.CorrectActor;
import ties.actor.RecordActorRole;
import ties.actor.RegisterActor;
import ties.actor.RoleFacts;
import ties.actor.WithdrawActor;
import ties.command.record.Accepted;
import ties.command.record.InMemoryRecordDirectory;
import ties.fact.PartialDate;
import ties.fact.PartialDate.Precision;
import ties.record.RecordType;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static ties.command.Refusals.refused;
import static ties.command.SeedFacts.*;
import static ties.command.record.Accepted.Outcome.CREATED;
import static ties.command.record.Accepted.Outcome.UNCHANGED;
import static ties.command.record.Accepted.Outcome.UPDATED;
import static ties.fact.Rejection.Kind.CONFLICT;
import static ties.fact.Rejection.Kind.INVALID;
import static ties.fact.Rejection.Kind.UNKNOWN_RECORD;

@DisplayName("Actor: one real-world person, organisation or country is one record")
class ActorTest {

    private final InMemoryRecordDirectory directory = seedDirectory();
    private FixtureConfiguration<Actor> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Actor.class);
        fixture.registerInjectableResource(directory);
    }

    private static ActorRegistered bagheriRegistered() {
        return new ActorRegistered(BAGHERI, bagheri());
    }

    private static ActorWithdrawn bagheriWithdrawn() {
        return new ActorWithdrawn(BAGHERI, "registered twice");
    }

    private static RoleFacts role(PartialDate since, PartialDate until, PartialDate heldOn) {
        return new RoleFacts("Chief of Staff of the Armed Forces", IRAN_ARMED_FORCES, IRAN, since, until, heldOn, TASNIM);
    }

    @Nested
    @DisplayName("registering")
    class Registering {

        @Test
        void a_person_is_registered_with_names_country_and_sources() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterActor(BAGHERI, bagheri()))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(bagheriRegistered())
                    .expectResultMessagePayload(new Accepted(BAGHERI, 0, CREATED));
        }

        @Test
        void a_retried_registration_with_the_same_content_changes_nothing() {
            fixture.given(bagheriRegistered())
                    .when(new RegisterActor(BAGHERI, bagheri()))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(BAGHERI, 0, UNCHANGED));
        }

        @Test
        void a_different_actor_under_the_same_id_is_a_conflict() {
            fixture.given(bagheriRegistered())
                    .when(new RegisterActor(BAGHERI, munir()))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, null))
                    .expectExceptionMessage(containsString("actor 'mohammad-bagheri' is already recorded"));
        }

        @Test
        void a_person_named_as_a_country_is_refused_as_the_country_under_the_wrong_kind() {
            ActorFacts iranAsPerson = new ActorFacts(ActorKind.PERSON, "Iran", List.of(), IRAN, TASNIM);

            fixture.givenNoPriorActivity()
                    .when(new RegisterActor("iran-person", iranAsPerson))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "actor.name"))
                    .expectExceptionMessage(containsString("'Iran' is the name of a country: register the country with kind COUNTRY"));
        }

        @Test
        void a_name_of_another_actor_of_the_same_kind_and_country_is_refused() {
            ActorFacts sameMan = new ActorFacts(ActorKind.PERSON, "Mohammad Hossein Bāgherī", List.of(), IRAN, TASNIM);

            fixture.givenNoPriorActivity()
                    .when(new RegisterActor("m-h-bagheri", sameMan))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, "actor.name"))
                    .expectExceptionMessage("'Mohammad Hossein Bāgherī' already names actor 'mohammad-bagheri'; add any "
                            + "new spelling as an alias of that actor instead of registering it again");
        }

        @Test
        void an_alias_naming_another_actor_of_the_same_kind_and_country_is_refused() {
            ActorFacts sameMan = new ActorFacts(ActorKind.PERSON, "Mohammad Baqeri", List.of("MOHAMMAD BAGHERI"), IRAN,
                    TASNIM);

            fixture.givenNoPriorActivity()
                    .when(new RegisterActor("mohammad-baqeri", sameMan))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, "actor.aliases"));
        }

        @Test
        void the_same_name_in_another_country_is_another_actor() {
            directory.actor("iran-ministry-of-defence", ActorKind.MINISTRY, IRAN, "Ministry of Defence");
            ActorFacts pakistanMinistry = new ActorFacts(ActorKind.MINISTRY, "Ministry of Defence", List.of(), PAKISTAN,
                    TASNIM);

            fixture.givenNoPriorActivity()
                    .when(new RegisterActor("pakistan-ministry-of-defence", pakistanMinistry))
                    .expectEvents(new ActorRegistered("pakistan-ministry-of-defence", pakistanMinistry))
                    .expectResultMessagePayload(new Accepted("pakistan-ministry-of-defence", 0, CREATED));
        }

        @Test
        void the_same_name_of_another_kind_is_another_actor() {
            directory.actor("pakistan-government", ActorKind.GOVERNMENT, PAKISTAN, "Pakistan");

            fixture.givenNoPriorActivity()
                    .when(new RegisterActor("pakistan", pakistan()))
                    .expectEvents(new ActorRegistered("pakistan", pakistan()));
        }

        @Test
        void a_country_actor_needs_its_country_code() {
            ActorFacts noCode = new ActorFacts(ActorKind.COUNTRY, "Pakistan", List.of(), null, TASNIM);

            fixture.givenNoPriorActivity()
                    .when(new RegisterActor("pakistan", noCode))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "actor.country"))
                    .expectExceptionMessage("a country actor needs its ISO 3166 country code");
        }

        @Test
        void an_organisation_need_not_belong_to_a_country() {
            ActorFacts jaishAlAdl = new ActorFacts(ActorKind.MILITANT_GROUP, "Jaish al-Adl", List.of(), null, TASNIM);

            fixture.givenNoPriorActivity()
                    .when(new RegisterActor(JAISH_AL_ADL, jaishAlAdl))
                    .expectEvents(new ActorRegistered(JAISH_AL_ADL, jaishAlAdl));
        }
    }

    @Nested
    @DisplayName("aliases")
    class Aliases {

        @Test
        void a_new_spelling_is_added_as_an_alias() {
            fixture.given(bagheriRegistered())
                    .when(new AddActorAlias(BAGHERI, "Mohammad Baqeri", 0L))
                    .expectEvents(new ActorAliasAdded(BAGHERI, "Mohammad Baqeri"))
                    .expectResultMessagePayload(new Accepted(BAGHERI, 1, UPDATED));
        }

        @Test
        void an_alias_is_stored_without_surrounding_spaces() {
            fixture.given(bagheriRegistered())
                    .when(new AddActorAlias(BAGHERI, "  Baqeri ", null))
                    .expectEvents(new ActorAliasAdded(BAGHERI, "Baqeri"));
        }

        @Test
        void a_spelling_of_the_registered_name_is_already_known() {
            fixture.given(bagheriRegistered())
                    .when(new AddActorAlias(BAGHERI, "MOHAMMAD HOSSEIN BĀGHERĪ", null))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(BAGHERI, 0, UNCHANGED));
        }

        @Test
        void a_registered_alias_is_already_known() {
            fixture.given(bagheriRegistered())
                    .when(new AddActorAlias(BAGHERI, "mohammad bagheri", null))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(BAGHERI, 0, UNCHANGED));
        }

        @Test
        void an_alias_added_before_is_already_known() {
            fixture.given(bagheriRegistered(), new ActorAliasAdded(BAGHERI, "Mohammad Baqeri"))
                    .when(new AddActorAlias(BAGHERI, "Mohammad Baqeri", null))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(BAGHERI, 1, UNCHANGED));
        }

        @Test
        void an_alias_naming_another_actor_of_the_same_kind_and_country_is_refused() {
            directory.actor("mohammad-baqeri", ActorKind.PERSON, IRAN, "Mohammad Baqeri");

            fixture.given(bagheriRegistered())
                    .when(new AddActorAlias(BAGHERI, "Mohammad Baqeri", null))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, "alias"))
                    .expectExceptionMessage(containsString("already names actor 'mohammad-baqeri'"));
        }

        @Test
        void a_withdrawn_actor_gets_no_aliases() {
            fixture.given(bagheriRegistered(), bagheriWithdrawn())
                    .when(new AddActorAlias(BAGHERI, "Mohammad Baqeri", null))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, null));
        }
    }

    @Nested
    @DisplayName("roles")
    class Roles {

        @Test
        void a_role_attested_on_a_day_is_recorded_with_that_day() {
            fixture.given(bagheriRegistered())
                    .when(new RecordActorRole(BAGHERI, chiefOfStaff(), 0L))
                    .expectEvents(new ActorRoleRecorded(BAGHERI, new RoleFacts("Chief of Staff of the Armed Forces",
                            IRAN_ARMED_FORCES, IRAN, null, null,
                            new PartialDate("2025-01-15", Precision.DAY, LocalDate.of(2025, 1, 15), LocalDate.of(2025, 1, 15)),
                            TASNIM)))
                    .expectResultMessagePayload(new Accepted(BAGHERI, 1, UPDATED));
        }

        @Test
        void a_then_defense_minister_is_attested_in_2018() {
            fixture.given(new ActorRegistered(TANVEER_HUSSAIN, tanveerHussain()))
                    .when(new RecordActorRole(TANVEER_HUSSAIN, thenDefenseMinister(), null))
                    .expectEvents(new ActorRoleRecorded(TANVEER_HUSSAIN, new RoleFacts("Defense Minister", null, PAKISTAN,
                            null, null,
                            new PartialDate("2018", Precision.YEAR, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)),
                            TASNIM)));
        }

        @Test
        void a_tenure_is_recorded_with_both_ends_resolved() {
            RoleFacts tenure = role(date("2016"), date("last year"), null);

            fixture.given(bagheriRegistered())
                    .when(new RecordActorRole(BAGHERI, tenure, null))
                    .expectEvents(new ActorRoleRecorded(BAGHERI, role(resolved("2016"),
                            new PartialDate("last year", Precision.YEAR, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                            null)));
        }

        @Test
        void a_role_needs_one_of_since_until_or_held_on() {
            fixture.given(bagheriRegistered())
                    .when(new RecordActorRole(BAGHERI, role(null, null, null), null))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "role"))
                    .expectExceptionMessage("give at least one of since, until or heldOn");
        }

        @Test
        void a_role_cannot_end_before_it_begins() {
            fixture.given(bagheriRegistered())
                    .when(new RecordActorRole(BAGHERI, role(date("July 2018"), date("2017"), null), null))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "role.until"))
                    .expectExceptionMessage("a role cannot end before it begins");
        }

        @Test
        void a_role_may_end_in_the_period_it_began() {
            fixture.given(bagheriRegistered())
                    .when(new RecordActorRole(BAGHERI, role(date("July 2018"), date("2018"), null), null))
                    .expectEvents(new ActorRoleRecorded(BAGHERI, role(resolved("July 2018"), resolved("2018"), null)));
        }

        @Test
        void an_identical_role_retried_changes_nothing() {
            fixture.given(bagheriRegistered(), new ActorRoleRecorded(BAGHERI,
                            role(null, null, resolved("2025-01-15"))))
                    .when(new RecordActorRole(BAGHERI, chiefOfStaff(), null))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(BAGHERI, 1, UNCHANGED));
        }

        @Test
        void the_organisation_must_be_a_recorded_actor() {
            RoleFacts inUnknownOrganisation = new RoleFacts("Chief of Staff", "iran-general-staff", IRAN, null, null,
                    date("2025-01-15"), TASNIM);

            fixture.given(bagheriRegistered())
                    .when(new RecordActorRole(BAGHERI, inUnknownOrganisation, null))
                    .expectNoEvents()
                    .expectException(refused(UNKNOWN_RECORD, "role.organisationId"))
                    .expectExceptionMessage("no actor 'iran-general-staff' is recorded");
        }

        @Test
        void a_withdrawn_organisation_cannot_be_referred_to() {
            directory.withdrawn(RecordType.ACTOR, IRAN_ARMED_FORCES);

            fixture.given(bagheriRegistered())
                    .when(new RecordActorRole(BAGHERI, chiefOfStaff(), null))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT));
        }

        @Test
        void a_role_dated_after_the_report_is_refused() {
            fixture.given(bagheriRegistered())
                    .when(new RecordActorRole(BAGHERI, role(null, null, date("2025-01-16")), null))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "role.heldOn"));
        }

        @Test
        void a_role_beginning_on_a_day_that_does_not_exist_is_refused() {
            fixture.given(bagheriRegistered())
                    .when(new RecordActorRole(BAGHERI, role(date("2018-02-30"), null, null), null))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "role.since"));
        }

        @Test
        void a_role_ending_after_the_report_is_refused() {
            fixture.given(bagheriRegistered())
                    .when(new RecordActorRole(BAGHERI, role(date("2016"), date("2026"), null), null))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "role.until"));
        }

        @Test
        void a_withdrawn_actor_gets_no_roles() {
            fixture.given(bagheriRegistered(), bagheriWithdrawn())
                    .when(new RecordActorRole(BAGHERI, chiefOfStaff(), null))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, null));
        }
    }

    @Nested
    @DisplayName("correcting and withdrawing")
    class CorrectingAndWithdrawing {

        private static final String REASON = "Tasnim gives his full name, Mohammad Hossein Bagheri";

        @Test
        void a_correction_carries_the_previous_and_corrected_facts_and_the_reason() {
            ActorFacts shortName = new ActorFacts(ActorKind.PERSON, "Mohammad Bagheri", List.of(), IRAN, TASNIM);

            fixture.given(new ActorRegistered(BAGHERI, shortName))
                    .when(new CorrectActor(BAGHERI, REASON, bagheri(), 0L))
                    .expectEvents(new ActorCorrected(BAGHERI, shortName, bagheri(), REASON))
                    .expectResultMessagePayload(new Accepted(BAGHERI, 1, UPDATED));
        }

        @Test
        void correcting_to_the_facts_already_recorded_changes_nothing() {
            fixture.given(bagheriRegistered())
                    .when(new CorrectActor(BAGHERI, REASON, bagheri(), null))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(BAGHERI, 0, UNCHANGED));
        }

        @Test
        void a_correction_may_not_take_the_name_of_another_actor() {
            ActorFacts munirsName = new ActorFacts(ActorKind.PERSON, "Asim Munir", List.of(), PAKISTAN, TASNIM);

            fixture.given(bagheriRegistered())
                    .when(new CorrectActor(BAGHERI, REASON, munirsName, null))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, "corrected.name"));
        }

        @Test
        void a_correction_may_not_take_an_alias_of_another_actor() {
            ActorFacts withTakenAlias = new ActorFacts(ActorKind.PERSON, "Mohammad Hossein Bagheri",
                    List.of("Mohammad Bagheri"), IRAN, TASNIM);
            directory.actor("mohammad-bagheri-jr", ActorKind.PERSON, IRAN, "Mohammad Bagheri");

            fixture.given(bagheriRegistered())
                    .when(new CorrectActor(BAGHERI, REASON, withTakenAlias, null))
                    .expectException(refused(CONFLICT, "corrected.aliases"));
        }

        @Test
        void a_country_actor_keeps_its_country_code() {
            ActorFacts noCode = new ActorFacts(ActorKind.COUNTRY, "Pakistan", List.of(), null, TASNIM);

            fixture.given(new ActorRegistered("pakistan", pakistan()))
                    .when(new CorrectActor("pakistan", "country code unknown", noCode, null))
                    .expectNoEvents()
                    .expectException(refused(INVALID, "corrected.country"));
        }

        @Test
        void a_correction_of_kind_may_not_make_an_added_alias_name_another_actor() {
            ActorFacts asOrganisation = new ActorFacts(ActorKind.OTHER_ORGANISATION, "Tasnim", List.of(), IRAN, TASNIM);
            ActorFacts asNewsAgency = new ActorFacts(ActorKind.NEWS_AGENCY, "Tasnim", List.of(), IRAN, TASNIM);

            fixture.given(new ActorRegistered("tasnim", asOrganisation),
                            new ActorAliasAdded("tasnim", "Tasnim News Agency"))
                    .when(new CorrectActor("tasnim", "Tasnim is a news agency", asNewsAgency, null))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT));
        }

        @Test
        void a_withdrawn_actor_cannot_be_corrected() {
            fixture.given(bagheriRegistered(), bagheriWithdrawn())
                    .when(new CorrectActor(BAGHERI, REASON,
                            new ActorFacts(ActorKind.PERSON, "M. H. Bagheri", List.of(), IRAN, TASNIM), null))
                    .expectNoEvents()
                    .expectException(refused(CONFLICT, null))
                    .expectExceptionMessage("actor 'mohammad-bagheri' was withdrawn; it can no longer change");
        }

        @Test
        void withdrawing_records_the_reason() {
            fixture.given(bagheriRegistered())
                    .when(new WithdrawActor(BAGHERI, "registered twice", 0L))
                    .expectEvents(bagheriWithdrawn())
                    .expectResultMessagePayload(new Accepted(BAGHERI, 1, UPDATED));
        }

        @Test
        void withdrawing_twice_changes_nothing() {
            fixture.given(bagheriRegistered(), bagheriWithdrawn())
                    .when(new WithdrawActor(BAGHERI, "registered twice", null))
                    .expectNoEvents()
                    .expectResultMessagePayload(new Accepted(BAGHERI, 1, UNCHANGED));
        }
    }
}
