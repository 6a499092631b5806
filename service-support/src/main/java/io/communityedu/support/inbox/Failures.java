package io.communityedu.support.inbox;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/** Tells a failure of the surroundings (the database away) from a failure of the event itself. */
public final class Failures {

    private static final int MAX_MESSAGE = 1000;

    private Failures() {
    }

    /**
     * Whether the cause chain says the database connection failed (SQLState class 08, or one of
     * the JDBC connection exceptions): retrying later will help, the event is not to blame.
     */
    public static boolean isConnectionFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getClass().getName().endsWith("JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause: what a dead letter names as its error. */
    public static Throwable rootCause(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** {@code message} cut to at most 1000 characters (an ellipsis marks a cut). */
    public static String truncate(String message) {
        if (message == null) {
            return "";
        }
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
    }
}
