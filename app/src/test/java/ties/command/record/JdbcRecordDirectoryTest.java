package ties.command.record;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import ties.actor.ActorEvent.ActorAliasAdded;
import ties.actor.ActorEvent.ActorCorrected;
import ties.actor.ActorEvent.ActorRegistered;
import ties.actor.ActorEvent.ActorWithdrawn;
import ties.actor.ActorFacts;
import ties.actor.ActorKind;
import ties.fact.Confidence;
import ties.fact.CountryCode;
import ties.fact.Provenance;
import ties.fact.Source;
import ties.record.RecordType;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The record directory on the embedded store's schema, fed the events a command appends. */
@DisplayName("Record directory in the database: which ids are recorded, and actors by name")
class JdbcRecordDirectoryTest {

    private static final DriverManagerDataSource DATA_SOURCE =
            new DriverManagerDataSource("jdbc:h2:mem:record-directory;DB_CLOSE_DELAY=-1", "sa", "");
    private static final JdbcTemplate JDBC = new JdbcTemplate(DATA_SOURCE);
    private static final CountryCode PAKISTAN = CountryCode.of("PK");
    private static final CountryCode IRAN = CountryCode.of("IR");
    private static final Provenance DAWN = Provenance.of(Confidence.HIGH,
            new Source("Dawn", "https://www.dawn.com/news/1885112", null, LocalDate.of(2025, 1, 15), List.of()));

    private final JdbcRecordDirectory directory = new JdbcRecordDirectory(JDBC);

    @BeforeAll
    static void schema() {
        Flyway.configure().dataSource(DATA_SOURCE).locations("classpath:db/migration/h2").load().migrate();
    }

    @BeforeEach
    void empty() {
        directory.reset();
    }

    private static ActorFacts person(String name, CountryCode country, String... aliases) {
        return new ActorFacts(ActorKind.PERSON, name, List.of(aliases), country, DAWN);
    }

    @Test
    void aRecordIsFoundByIdWithItsKindUntilWithdrawn() {
        directory.on(new ActorRegistered("asim-munir", person("Asim Munir", PAKISTAN)));

        assertThat(directory.find("asim-munir")).contains(new RecordDirectory.Entry(RecordType.ACTOR, false));
        assertThat(directory.find("ir-pk-joint-naval-exercises")).isEmpty();

        directory.on(new ActorWithdrawn("asim-munir", "registered twice"));
        assertThat(directory.find("asim-munir")).contains(new RecordDirectory.Entry(RecordType.ACTOR, true));
    }

    @Test
    void aCreationDeliveredAgainLeavesOneEntryAsItWas() {
        ActorRegistered registered = new ActorRegistered("asim-munir", person("Asim Munir", PAKISTAN, "Syed Asim Munir"));
        directory.on(registered);
        directory.on(new ActorWithdrawn("asim-munir", "registered twice"));
        directory.on(registered);

        assertThat(JDBC.queryForObject("select count(*) from record_directory", Integer.class)).isOne();
        assertThat(JDBC.queryForObject("select count(*) from actor_name", Integer.class)).isEqualTo(2);
        assertThat(directory.find("asim-munir")).contains(new RecordDirectory.Entry(RecordType.ACTOR, true));
    }

    @Test
    void actorsAreFoundByNameOrAliasWithinTheirKindAndCountry() {
        directory.on(new ActorRegistered("asim-munir", person("Asim Munir", PAKISTAN, "Syed Asim Munir")));
        directory.on(new ActorRegistered("asim-munir-ir", person("Asim Munir", IRAN)));

        assertThat(directory.actorsNamed(ActorKind.PERSON, PAKISTAN, "syed asim munir")).containsExactly("asim-munir");
        assertThat(directory.actorsNamed(ActorKind.PERSON, IRAN, "asim munir")).containsExactly("asim-munir-ir");
        assertThat(directory.actorsNamed(ActorKind.ARMED_FORCES, PAKISTAN, "asim munir")).isEmpty();
        assertThat(directory.actorsNamed(ActorKind.PERSON, null, "asim munir")).isEmpty();
    }

    @Test
    void anAddedAliasTakesTheActorsKindAndCountryAndSurvivesACorrection() {
        directory.on(new ActorRegistered("asim-munir", person("Asim Munir", PAKISTAN, "Syed Asim Munir")));
        directory.on(new ActorAliasAdded("asim-munir", "General Munir"));
        assertThat(directory.actorsNamed(ActorKind.PERSON, PAKISTAN, "general munir")).containsExactly("asim-munir");

        // The registered spelling and its alias are corrected; the alias added later stays, and moves with the actor.
        ActorFacts corrected = new ActorFacts(ActorKind.ARMED_FORCES, "Field Marshal Asim Munir", List.of(), PAKISTAN, DAWN);
        directory.on(new ActorCorrected("asim-munir", person("Asim Munir", PAKISTAN, "Syed Asim Munir"), corrected,
                "he was promoted; the report named his office"));

        assertThat(directory.actorsNamed(ActorKind.PERSON, PAKISTAN, "asim munir")).isEmpty();
        assertThat(directory.actorsNamed(ActorKind.PERSON, PAKISTAN, "syed asim munir")).isEmpty();
        assertThat(directory.actorsNamed(ActorKind.ARMED_FORCES, PAKISTAN, "field marshal asim munir"))
                .containsExactly("asim-munir");
        assertThat(directory.actorsNamed(ActorKind.ARMED_FORCES, PAKISTAN, "general munir")).containsExactly("asim-munir");
        assertThat(JDBC.queryForObject("select count(*) from actor_name", Integer.class)).isEqualTo(2);
    }

    @Test
    void anAliasForAnActorWithoutNamesIsNotRecorded() {
        directory.on(new ActorAliasAdded("tasnim-news-agency", "Tasnim"));

        assertThat(JDBC.queryForObject("select count(*) from actor_name", Integer.class)).isZero();
    }

    @Test
    void resetForgetsEveryRecordAndName() {
        directory.on(new ActorRegistered("asim-munir", person("Asim Munir", PAKISTAN)));

        directory.reset();

        assertThat(directory.find("asim-munir")).isEmpty();
        assertThat(directory.actorsNamed(ActorKind.PERSON, PAKISTAN, "asim munir")).isEmpty();
    }
}
