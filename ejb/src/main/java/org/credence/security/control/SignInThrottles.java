package org.credence.security.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Locale;
import org.credence.platform.jdbc.Jdbc;

/**
 * The sign-in throttle's state in the database (table signin_throttle), so that every server counts
 * the same failures: keys are {@code user:<name>} and {@code address:<address>}.
 */
public final class SignInThrottles {

    private static final int MAX_KEY = 200;

    private SignInThrottles() {}

    public static String userKey(String username) {
        return bounded("user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)));
    }

    public static String addressKey(String address) {
        return bounded("address:" + (address == null ? "" : address));
    }

    private static String bounded(String key) {
        return key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY);
    }

    public static SignInThrottle.State find(Connection c, String key) throws SQLException {
        return Jdbc.one(
                c,
                "select failures, last_failure, blocked_until from signin_throttle where throttle_key = ?",
                rs -> {
                    Timestamp blocked = rs.getTimestamp(3);
                    return new SignInThrottle.State(
                            rs.getInt(1),
                            rs.getTimestamp(2).toLocalDateTime(),
                            blocked == null ? null : blocked.toLocalDateTime());
                },
                key);
    }

    /** Counts one more failure for the key; returns the new state. */
    public static SignInThrottle.State failed(Connection c, String key, LocalDateTime now, int free)
            throws SQLException {
        for (int attempt = 0; ; attempt++) {
            SignInThrottle.State before = find(c, key);
            SignInThrottle.State after = SignInThrottle.failed(before, now, free);
            if (before != null) {
                // only if nobody counted a failure in between (another server, the same moment)
                if (Jdbc.update(
                                c,
                                "update signin_throttle set failures = ?, last_failure = ?, blocked_until = ?"
                                        + " where throttle_key = ? and failures = ? and last_failure = ?",
                                after.failures(),
                                after.lastFailure(),
                                after.blockedUntil(),
                                key,
                                before.failures(),
                                before.lastFailure())
                        == 1) {
                    return after;
                }
            } else if (Jdbc.insertUnlessPresent(
                    c,
                    "insert into signin_throttle (throttle_key, failures, last_failure, blocked_until)"
                            + " values (?, ?, ?, ?)",
                    key,
                    after.failures(),
                    after.lastFailure(),
                    after.blockedUntil())) {
                return after;
            }
            if (attempt >= 3) {
                return after;
            }
        }
    }

    /** Forgets the key's failures (a user who signed in). */
    public static void succeeded(Connection c, String key) throws SQLException {
        Jdbc.update(c, "delete from signin_throttle where throttle_key = ?", key);
    }

    /** Removes rows whose failures no longer count. */
    public static int forgetBefore(Connection c, LocalDateTime before) throws SQLException {
        return Jdbc.update(
                c,
                "delete from signin_throttle where last_failure < ? and (blocked_until is null"
                        + " or blocked_until < ?)",
                before,
                before);
    }
}
