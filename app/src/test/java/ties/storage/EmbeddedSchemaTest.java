package ties.storage;

import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ties.TiesTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded store's schema comes from Flyway's H2 migrations; Hibernate only validates it. */
@TiesTest
@DisplayName("Embedded H2 store: Flyway schema, validated by Hibernate")
class EmbeddedSchemaTest {

    @Autowired
    Flyway flyway;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void flyway_migrates_from_the_h2_folder_and_hibernate_only_validates() {
        assertThat(flyway.getConfiguration().getLocations()).extracting(Object::toString)
                .containsExactly("classpath:db/migration/h2");
        assertThat(flyway.info().applied()).extracting(migration -> migration.getVersion().getVersion())
                .containsExactly("1", "2", "4", "5", "6", "7", "8", "9");
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(entityManagerFactory.unwrap(SessionFactoryImplementor.class).getProperties()
                .get("hibernate.hbm2ddl.auto")).isEqualTo("validate");
    }

    @Test
    void the_global_index_sequence_hands_out_one_number_at_a_time() {
        // META-INF/orm.xml allocates globalIndex one at a time; the migration's sequence must agree.
        assertThat(jdbc.queryForObject("select increment from information_schema.sequences "
                + "where lower(sequence_name) = 'domain_event_entry_seq'", Long.class)).isEqualTo(1L);
    }
}
