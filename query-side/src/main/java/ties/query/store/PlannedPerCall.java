package ties.query.store;

import org.postgresql.PGConnection;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

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

    /**
     * A query whose rows PostgreSQL must read in the order of an index that gives the query's order, with
     * sorting and bitmap scans switched off on the connection for it alone. Without statistics the planner
     * takes any model for a few rows: it read a page as of a time by fetching every version of the model
     * valid then and sorting them (79 ms for a page of 51 at 50,749 timeline rows, growing with the store;
     * 0.12 ms walked in order; docs/benchmarks.md). Elsewhere the query runs as it is.
     */
    <T> List<T> inIndexOrder(String sql, Map<String, ?> parameters, RowMapper<T> rows) {
        return execute((ConnectionCallback<List<T>>) connection -> {
            NamedParameterJdbcTemplate one = new NamedParameterJdbcTemplate(
                    new PlannedPerCall(new JdbcTemplate(new SingleConnectionDataSource(connection, true))));
            if (!connection.isWrapperFor(PGConnection.class)) {
                return one.query(sql, parameters, rows);
            }
            run(connection, "set enable_sort = off; set enable_bitmapscan = off");
            try {
                return one.query(sql, parameters, rows);
            } finally {
                // Pooled connections outlive the query: the planner must be itself again for the next one.
                run(connection, "reset enable_sort; reset enable_bitmapscan");
            }
        });
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    protected void applyStatementSettings(Statement statement) throws SQLException {
        super.applyStatementSettings(statement);
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
    }
}
