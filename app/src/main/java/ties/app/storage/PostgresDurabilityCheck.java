package ties.app.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * On PostgreSQL a command is answered only after its transaction committed; whether that commit
 * survives a crash of the database server is the server's setting. Ties does not override it (an
 * operator may have chosen a stronger {@code synchronous_commit} such as {@code remote_apply}), but
 * says loudly at start-up when the server would lose acknowledged commands: {@code fsync = off} or
 * {@code synchronous_commit = off}. See docs/durability.md.
 */
@Configuration
@Profile("postgres")
class PostgresDurabilityCheck {

    private static final Logger log = LoggerFactory.getLogger(PostgresDurabilityCheck.class);

    @Autowired
    void check(JdbcTemplate jdbc) {
        List<String> risks = jdbc.query("select name || ' = ' || setting from pg_settings "
                + "where (name = 'fsync' and setting = 'off') or (name = 'synchronous_commit' and setting = 'off')",
                (row, n) -> row.getString(1));
        if (risks.isEmpty()) {
            log.info("PostgreSQL commits are durable before a command is answered (fsync and synchronous_commit on)");
        } else {
            log.warn("PostgreSQL is configured to lose commands it has acknowledged if the database server crashes: {}. "
                    + "Set them on for a faithful record (docs/durability.md).", String.join(", ", risks));
        }
    }
}
