package org.credence.sharing.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.credence.platform.Jdbc;

/**
 * Fixed-window request counting in the database, so that every server counts against the same
 * limit. Each call is one statement on a connection in auto-commit, so a counter row is locked
 * only for that statement.
 */
public final class RateWindow {

    private RateWindow() {
    }

    /** The start of the window that holds {@code now}: windows are whole multiples of {@code length} since midnight. */
    public static LocalDateTime windowStart(LocalDateTime now, Duration length) {
        LocalDateTime midnight = now.truncatedTo(ChronoUnit.DAYS);
        long seconds = Duration.between(midnight, now).getSeconds();
        return midnight.plusSeconds(seconds - seconds % length.getSeconds());
    }

    /**
     * Counts one request of {@code bucket} and returns 0 if it is within {@code limit} per window,
     * else the seconds until the window ends (the Retry-After).
     */
    public static long hit(Connection c, String bucket, int limit, Duration length, LocalDateTime now) throws SQLException {
        if (!c.getAutoCommit() || !c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
            return count(c, bucket, limit, length, now);
        }
        // a counter lost in a crash costs nothing: PostgreSQL need not wait for the disk
        c.setAutoCommit(false);
        try {
            Jdbc.execute(c, "set local synchronous_commit to off");
            long wait = count(c, bucket, limit, length, now);
            c.commit();
            return wait;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static long count(Connection c, String bucket, int limit, Duration length, LocalDateTime now) throws SQLException {
        LocalDateTime start = windowStart(now, length);
        String update = "update rate_window set hits = case when window_start = ? then hits + 1 else 1 end,"
                + " window_start = ? where bucket = ?";
        if (Jdbc.update(c, update, start, start, bucket) == 0) {
            java.sql.Savepoint before = c.getAutoCommit() ? null : c.setSavepoint();
            try {
                Jdbc.update(c, "insert into rate_window (bucket, window_start, hits) values (?, ?, 1)", bucket, start);
            } catch (SQLException e) {
                if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                    throw e;
                }
                if (before != null) {
                    c.rollback(before);
                }
                Jdbc.update(c, update, start, start, bucket); // another server inserted it first
            }
        }
        int hits = Jdbc.one(c, "select hits from rate_window where bucket = ?", rs -> rs.getInt(1), bucket);
        if (hits <= limit) {
            return 0;
        }
        return Math.max(1, Duration.between(now, start.plus(length)).toSeconds());
    }
}
