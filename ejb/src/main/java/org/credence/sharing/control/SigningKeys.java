package org.credence.sharing.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.credence.platform.jdbc.Jdbc;

/**
 * The keys that sign API clients' tokens, in plain JDBC: read on every token issued and every key
 * set served, and rotated together (every signing key retired in one statement).
 */
public final class SigningKeys {

    /** A stored key: {@code verifyUntil} null while it signs or has no end. */
    public record StoredKey(
            Tokens.Key key, LocalDateTime createdAt, LocalDateTime retiredAt, LocalDateTime verifyUntil) {}

    private SigningKeys() {}

    /** The key that signs now: the newest one not retired, created on first use. */
    public static Tokens.Key signingKey(Connection c, LocalDateTime now) throws SQLException {
        StoredKey current = Jdbc.one(
                c,
                "select kid, public_key, private_key, created_at, retired_at, verify_until"
                        + " from signing_key where retired_at is null order by created_at desc, kid fetch first 1 rows only",
                SigningKeys::key);
        if (current != null) {
            return current.key();
        }
        return addKey(c, now);
    }

    /** Every key that verifies at {@code now}. */
    public static List<StoredKey> verifyingKeys(Connection c, LocalDateTime now) throws SQLException {
        return Jdbc.list(
                c,
                "select kid, public_key, private_key, created_at, retired_at, verify_until from signing_key"
                        + " where verify_until is null or verify_until > ? order by created_at, kid",
                SigningKeys::key,
                now);
    }

    /**
     * Retires the keys that sign now (they keep verifying for {@code tokenLifetime}, so every token
     * they signed runs out first) and adds a new one, which signs from now on. Returns the new key.
     */
    public static Tokens.Key rotate(Connection c, LocalDateTime now, Duration tokenLifetime) throws SQLException {
        Jdbc.update(
                c,
                "update signing_key set retired_at = ?, verify_until = ? where retired_at is null",
                now,
                now.plus(tokenLifetime).plusMinutes(1));
        return addKey(c, now);
    }

    private static Tokens.Key addKey(Connection c, LocalDateTime now) throws SQLException {
        Tokens.Key key = Tokens.generate();
        Jdbc.update(
                c,
                "insert into signing_key (kid, public_key, private_key, created_at) values (?, ?, ?, ?)",
                key.kid(),
                Tokens.encode(key.publicKey()),
                Tokens.encode(key.privateKey()),
                now);
        return key;
    }

    private static StoredKey key(java.sql.ResultSet rs) throws SQLException {
        java.sql.Timestamp retired = rs.getTimestamp(5);
        java.sql.Timestamp until = rs.getTimestamp(6);
        return new StoredKey(
                new Tokens.Key(rs.getString(1), Tokens.publicKey(rs.getString(2)), Tokens.privateKey(rs.getString(3))),
                rs.getTimestamp(4).toLocalDateTime(),
                retired == null ? null : retired.toLocalDateTime(),
                until == null ? null : until.toLocalDateTime());
    }
}
