package ties.query.store;

import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Statements whose right index depends on their values or on how large the tables have grown: on
 * PostgreSQL each call is planned for its own values, never from a plan cached on the connection.
 *
 * <p>PostgreSQL caches a generic plan for a prepared statement after five executions, and keeps it
 * for the connection's life unless the table is analyzed again. Made while the read models were nearly
 * empty (and without statistics: autovacuum may be off), such a plan walked every version of a model to
 * find one key (issue 15). The driver therefore never prepares these statements on the server
 * (threshold 0), so each is planned as a one-off with its values; every other statement is planned
 * once per connection. Same connection and transaction as the plain template: only the statements
 * differ. On H2 nothing changes.
 */
class PlannedPerCall extends JdbcTemplate {

    PlannedPerCall(JdbcTemplate template) {
        super(template.getDataSource());
        setFetchSize(template.getFetchSize());
        setMaxRows(template.getMaxRows());
        setQueryTimeout(template.getQueryTimeout());
    }

    @Override
    protected void applyStatementSettings(Statement statement) throws SQLException {
        super.applyStatementSettings(statement);
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
    }
}
