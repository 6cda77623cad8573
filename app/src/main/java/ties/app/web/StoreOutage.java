package ties.app.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure caused by an unreachable database from any other: the pool timing out for a
 * connection (Hikari), a refused or broken connection, or an SQL state of class 08 (connection
 * exception), wherever it sits in the chain of causes (Spring, Hibernate and Axon each wrap it).
 */
final class StoreOutage {

    /** A few seconds: an outage shorter than that is a blip; longer ones are retried again. */
    static final long RETRY_AFTER_SECONDS = 5;

    private StoreOutage() {
    }

    static boolean causes(Throwable failure) {
        return outage(failure) != null;
    }

    static String describe(Throwable failure) {
        Throwable cause = outage(failure);
        return cause == null ? "" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static Throwable outage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
                return t;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return t;
            }
        }
        return null;
    }
}
