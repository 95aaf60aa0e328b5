package org.credence.platform.jdbc;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.credence.platform.ConflictException;
import org.credence.platform.CredenceException;
import org.credence.platform.DatabaseUnavailableException;
import org.credence.platform.Message;

/**
 * Which business failure an {@link SQLException} means, from its SQLState (PostgreSQL's and H2's): a unique or
 * foreign-key violation is a conflict with what is stored, a lost connection or a loss to concurrent work means
 * the database cannot serve the request now, and anything else is an internal error that names the SQLState but
 * never the statement or the database's own message.
 */
public final class SqlErrors {

    /** What the database's refusal means to the caller. */
    public enum Kind {
        DUPLICATE,
        REFERENCED,
        UNREACHABLE,
        BUSY,
        INTERNAL
    }

    /** H2's and PostgreSQL's states for a connection that is gone or cannot be had (besides class 08). */
    private static final Set<String> UNREACHABLE = Set.of(
            "53300", // PostgreSQL: too many connections
            "57P01", // PostgreSQL: administrator shutdown
            "57P02", // PostgreSQL: crash shutdown
            "57P03", // PostgreSQL: cannot connect now
            "90067", // H2: connection broken
            "90098", // H2: database is closed
            "90135" // H2: database in exclusive mode
            );

    /** States of a statement that lost to concurrent work or ran out of time; the same request may succeed later. */
    private static final Set<String> BUSY = Set.of(
            "40001", // serialization failure (PostgreSQL), deadlock (H2)
            "40P01", // PostgreSQL: deadlock detected
            "55P03", // PostgreSQL: lock not available
            "57014", // statement cancelled (a statement timeout), both
            "HYT00", // H2: lock timeout
            "90131" // H2: concurrent update
            );

    private SqlErrors() {}

    /** The kind of failure, from the first SQLState found on the exception, its causes and its chained exceptions. */
    public static Kind kind(SQLException e) {
        String state = state(e);
        if (state != null) {
            if (state.equals("23505")) {
                return Kind.DUPLICATE;
            }
            if (state.equals("23503") || state.equals("23506")) { // H2 writes a missing parent as 23506
                return Kind.REFERENCED;
            }
            if (state.startsWith("08") || UNREACHABLE.contains(state)) {
                return Kind.UNREACHABLE;
            }
            if (BUSY.contains(state)) {
                return Kind.BUSY;
            }
        }
        if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException) {
            return Kind.UNREACHABLE;
        }
        if (e instanceof SQLTransactionRollbackException || e instanceof SQLTimeoutException) {
            return Kind.BUSY;
        }
        return Kind.INTERNAL;
    }

    /** The first SQLException among the causes of a failure (the entity manager's, for one), or null. */
    public static SQLException cause(Throwable failure) {
        int hops = 0;
        for (Throwable t = failure; t != null && hops < 20; t = t.getCause(), hops++) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    /** Whether the statement violated an integrity constraint (SQLState class 23), whichever. */
    public static boolean constraintViolated(SQLException e) {
        String state = state(e);
        return state != null && state.startsWith("23");
    }

    /** The first SQLState on the exception, its causes or its chained exceptions; null when none has one. */
    public static String state(SQLException e) {
        int hops = 0;
        for (Throwable t = e; t != null && hops < 20; hops++) {
            if (t instanceof SQLException s) {
                if (s.getSQLState() != null && !s.getSQLState().isBlank()) {
                    return s.getSQLState();
                }
                t = s.getNextException() != null && s.getNextException() != s ? s.getNextException() : s.getCause();
            } else {
                t = t.getCause();
            }
        }
        return null;
    }

    /**
     * The exception to throw for a failed statement: a {@link ConflictException} for a unique or foreign-key
     * violation, a {@link DatabaseUnavailableException} for a lost connection or a loss to concurrent work, and
     * otherwise a {@link DatabaseFailure} (an internal error) that names the SQLState only.
     */
    public static RuntimeException translate(SQLException e) {
        return switch (kind(e)) {
            case DUPLICATE -> new ConflictException("duplicate", Message.of("database.duplicate"));
            case REFERENCED -> new ConflictException("still-referenced", Message.of("database.referenced"));
            case UNREACHABLE -> new DatabaseUnavailableException(Message.of("database.unreachable"));
            case BUSY -> new DatabaseUnavailableException(Message.of("database.busy"));
            case INTERNAL -> new DatabaseFailure(state(e), e);
        };
    }

    /**
     * The refusal a caller can act on for a failure that came from the database beneath any wrapper (a commit's, the
     * entity manager's, the container's): a 409 for a unique or foreign-key violation, a 503 for a lost connection
     * or a loss to concurrent work. Null when no statement failed beneath it, or when the failure is internal (the
     * caller then answers 500 and logs the whole failure).
     */
    public static CredenceException refusalBeneath(Throwable failure) {
        SQLException statement = cause(failure);
        if (statement == null) {
            return null;
        }
        return translate(statement) instanceof CredenceException refusal ? refusal : null;
    }

    /** The exception when the connection could not be had at all: the database cannot be reached, whatever the state. */
    public static RuntimeException unreachable() {
        return new DatabaseUnavailableException(Message.of("database.unreachable"));
    }

    /**
     * A statement failed for a reason the caller cannot act on: an internal error. Its message names the SQLState
     * only; the database's own message, which may quote the statement and its values, stays in the cause for the
     * log.
     */
    public static class DatabaseFailure extends IllegalStateException {

        private final String sqlState;

        public DatabaseFailure(String sqlState, SQLException cause) {
            super("database failure, SQLState " + sqlState, cause);
            this.sqlState = sqlState;
        }

        public String sqlState() {
            return sqlState;
        }
    }
}
