package ties.app.integrity;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/** A fresh in-memory H2 database with the application's schema, one per call. */
final class H2Schema {

    private H2Schema() {
    }

    static DataSource fresh(String name) {
        DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        return dataSource;
    }
}
