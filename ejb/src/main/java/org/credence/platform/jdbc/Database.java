package org.credence.platform.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The one way the hand-written JDBC code reaches the database: it takes a connection from the pool (enlisted in
 * the caller's transaction, when there is one), runs the work on it, closes it, and turns any {@link
 * SQLException} into the business-exception family ({@link SqlErrors}). It knows the database's dialect, found
 * once. Stores stay static methods on a {@link Connection}; a boundary calls them through {@link #call} or
 * {@link #run}, so no {@code SQLException} is caught outside this class.
 */
@ApplicationScoped
public class Database {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    /** Work on a connection that returns a value. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    /** Work on a connection that returns nothing. */
    @FunctionalInterface
    public interface Task {
        void on(Connection connection) throws SQLException;
    }

    @Resource(lookup = "jdbc/credence")
    DataSource dataSource;

    private volatile SqlDialect dialect;

    /** For the container. */
    protected Database() {}

    /** On a pool of its own (the audit writer's) or, in tests, on a test database. */
    public Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the work on a connection of the pool and returns its result. */
    public <T> T call(Work<T> work) {
        Connection connection = connect();
        try (connection) {
            return work.on(connection);
        } catch (SQLException | RuntimeException e) {
            throw translated(e);
        }
    }

    /**
     * Runs the work on a connection of the pool and returns its result; any integrity constraint the work violates
     * (SQLState class 23: unique, foreign key, not null, check) is refused with the caller's own exception, for work
     * whose violations have one meaning the caller can name (another request stored the same rows first).
     */
    public <T> T call(Work<T> work, Supplier<? extends RuntimeException> whenConstraintViolated) {
        Connection connection = connect();
        try (connection) {
            return work.on(connection);
        } catch (SQLException | RuntimeException e) {
            SQLException statement = SqlErrors.cause(e);
            if (statement != null && SqlErrors.constraintViolated(statement)) {
                LOG.fine(() -> "constraint violated, SQLState " + SqlErrors.state(statement));
                throw whenConstraintViolated.get();
            }
            throw translated(e);
        }
    }

    /**
     * Runs entity work (the caller's entity manager, in the caller's transaction) and turns a database's refusal
     * beneath the entity manager's exception into the business-exception family, as {@link #call} does for JDBC
     * work. The work should flush what it changed, so that a refusal arrives here rather than at commit. A failure
     * with no statement beneath it (a refusal of the application's own, JPA's no result) passes unchanged; so does one
     * of EclipseLink's own exceptions, thrown when a relationship is loaded lazily, when it has one beneath it.
     */
    public <T> T entities(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    /** Runs the work on a connection of the pool. */
    public void run(Task task) {
        call(connection -> {
            task.on(connection);
            return null;
        });
    }

    /** The rows of a query, each mapped by {@code row}. */
    public <T> List<T> list(String sql, Jdbc.Row<T> row, Object... params) {
        return call(c -> Jdbc.list(c, sql, row, params));
    }

    /** The first row of a query, or null. */
    public <T> T one(String sql, Jdbc.Row<T> row, Object... params) {
        return call(c -> Jdbc.one(c, sql, row, params));
    }

    /** Runs one statement that changes rows and returns how many it changed. */
    public int update(String sql, Object... params) {
        return call(c -> Jdbc.update(c, sql, params));
    }

    /** Inserts one row and returns its generated id. */
    public long insert(String sql, Object... params) {
        return call(c -> Jdbc.insert(c, sql, params));
    }

    /** The database's dialect, found on the first call. */
    public SqlDialect dialect() {
        SqlDialect known = dialect;
        if (known == null) {
            known = dialect = call(SqlDialect::of);
        }
        return known;
    }

    /**
     * The exception to throw for a failed statement of JDBC work, or for the entity manager's failure to run one (a
     * flush, a named query, a lazy load), from the SQLException beneath it; any other failure (no result, an
     * optimistic lock, the application's own refusals) is left as it is.
     */
    private static RuntimeException translated(Exception e) {
        SQLException statement = SqlErrors.cause(e);
        return statement == null ? (RuntimeException) e : translated(statement);
    }

    /** The exception to throw for a failed statement, logged with its SQLState. */
    private static RuntimeException translated(SQLException e) {
        RuntimeException translated = SqlErrors.translate(e);
        if (translated instanceof SqlErrors.DatabaseFailure) {
            LOG.warning(() -> "statement failed, SQLState " + SqlErrors.state(e) + ": " + e);
        } else {
            LOG.log(
                    Level.FINE,
                    () -> "statement refused, SQLState " + SqlErrors.state(e) + ": " + translated.getMessage());
        }
        return translated;
    }

    private Connection connect() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "no connection, SQLState " + SqlErrors.state(e), e);
            throw SqlErrors.unreachable();
        }
    }
}
