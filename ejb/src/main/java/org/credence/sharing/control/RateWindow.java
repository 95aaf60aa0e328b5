package org.credence.sharing.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.credence.platform.jdbc.Jdbc;
import org.credence.platform.jdbc.SqlDialect;

/**
 * Fixed-window request counting in the database, so that every server counts against the same
 * limit. A server takes requests from a window a few at a time ({@link #lease}) and hands them out
 * itself ({@link RateLeases}), so a busy client costs the database one update per lease, not per
 * request. Each call is one short transaction of its own, so a counter row is locked only for it.
 */
public final class RateWindow {

    private RateWindow() {}

    /** The start of the window that holds {@code now}: windows are whole multiples of {@code length} since midnight. */
    public static LocalDateTime windowStart(LocalDateTime now, Duration length) {
        LocalDateTime midnight = now.truncatedTo(ChronoUnit.DAYS);
        long seconds = Duration.between(midnight, now).getSeconds();
        return midnight.plusSeconds(seconds - seconds % length.getSeconds());
    }

    /** Permits taken from a window: {@code permits} of those asked for, or none and the seconds until the window ends. */
    public record Grant(int permits, long retryAfter) {}

    /**
     * Counts one request of {@code bucket} and returns 0 if it is within {@code limit} per window,
     * else the seconds until the window ends (the Retry-After).
     */
    public static long hit(Connection c, String bucket, int limit, Duration length, LocalDateTime now)
            throws SQLException {
        return lease(c, bucket, limit, 1, length, now).retryAfter();
    }

    /**
     * Takes up to {@code wanted} requests of {@code bucket}'s window at once, for a server to hand out
     * without asking the database again: all of them while the window has room, the rest of the room
     * when it has less, none (and the Retry-After) when it is spent. The window never hands out more
     * than {@code limit} in all, whichever servers ask.
     */
    public static Grant lease(Connection c, String bucket, int limit, int wanted, Duration length, LocalDateTime now)
            throws SQLException {
        if (wanted < 1) {
            throw new IllegalArgumentException("wanted must be at least 1");
        }
        if (!c.getAutoCommit() || SqlDialect.of(c) != SqlDialect.POSTGRESQL) {
            return count(c, bucket, limit, wanted, length, now);
        }
        // a counter lost in a crash costs nothing: PostgreSQL need not wait for the disk
        c.setAutoCommit(false);
        try {
            boolean committed = false;
            try {
                Jdbc.execute(c, "set local synchronous_commit to off");
                Grant grant = count(c, bucket, limit, wanted, length, now);
                c.commit();
                committed = true;
                return grant;
            } finally {
                if (!committed) {
                    c.rollback();
                }
            }
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static Grant count(Connection c, String bucket, int limit, int wanted, Duration length, LocalDateTime now)
            throws SQLException {
        LocalDateTime start = windowStart(now, length);
        String update = "update rate_window set hits = case when window_start = ? then hits + ? else ? end,"
                + " window_start = ? where bucket = ?";
        if (Jdbc.update(c, update, start, wanted, wanted, start, bucket) == 0) {
            if (!Jdbc.insertUnlessPresent(
                    c,
                    "insert into rate_window (bucket, window_start, hits) values (?, ?, ?)",
                    bucket,
                    start,
                    wanted)) {
                Jdbc.update(c, update, start, wanted, wanted, start, bucket); // another server inserted it first
            }
        }
        long hits = Jdbc.one(c, "select hits from rate_window where bucket = ?", rs -> rs.getLong(1), bucket);
        long before = hits - wanted;
        int permits = (int) Math.max(0, Math.min(wanted, limit - before));
        if (permits > 0) {
            return new Grant(permits, 0);
        }
        return new Grant(
                0, Math.max(1, Duration.between(now, start.plus(length)).toSeconds()));
    }
}
