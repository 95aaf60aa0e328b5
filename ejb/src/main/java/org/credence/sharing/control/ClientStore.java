package org.credence.sharing.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.credence.platform.jdbc.Jdbc;

/** API clients, their agreements and the token signing keys, in plain JDBC. */
public final class ClientStore {

    /** A client as stored: {@code agencyCode} is the agency it reads for. */
    public record Client(
            long id,
            String clientId,
            String name,
            long agencyId,
            String agencyCode,
            String secretHash,
            String status,
            LocalDateTime createdAt,
            String createdBy,
            Agreement agreement,
            int tokenGeneration) {

        public boolean active() {
            return "ACTIVE".equals(status);
        }

        /** Whether a token with these claims still works: the client is active and issued it in its current generation. */
        public boolean honours(Tokens.Claims claims) {
            return active() && claims.clientId().equals(clientId) && claims.generation() == tokenGeneration;
        }
    }

    /** A stored key: {@code verifyUntil} null while it signs or has no end. */
    public record StoredKey(
            Tokens.Key key, LocalDateTime createdAt, LocalDateTime retiredAt, LocalDateTime verifyUntil) {}

    private static final String CLIENT_COLUMNS =
            "c.id, c.client_id, c.name, a.code, c.secret_hash, c.status, c.created_at,"
                    + " c.created_by, g.reference, g.reads, g.model_ids, g.valid_until, c.agency_id, c.token_generation from api_client c join agency a on"
                    + " a.id = c.agency_id left join sharing_agreement g on g.client_id = c.id";

    private ClientStore() {}

    public static long insert(
            Connection c, String clientId, String name, long agencyId, String secretHash, LocalDateTime now, String by)
            throws SQLException {
        return Jdbc.insert(
                c,
                "insert into api_client (client_id, name, agency_id, secret_hash, status, created_at,"
                        + " created_by, version) values (?, ?, ?, ?, 'ACTIVE', ?, ?, 0)",
                clientId,
                name,
                agencyId,
                secretHash,
                now,
                by);
    }

    public static Client find(Connection c, String clientId) throws SQLException {
        return Jdbc.one(c, "select " + CLIENT_COLUMNS + " where c.client_id = ?", ClientStore::client, clientId);
    }

    public static List<Client> all(Connection c) throws SQLException {
        return Jdbc.list(c, "select " + CLIENT_COLUMNS + " order by c.client_id", ClientStore::client);
    }

    public static void setStatus(Connection c, long id, String status) throws SQLException {
        Jdbc.update(c, "update api_client set status = ?, version = version + 1 where id = ?", status, id);
    }

    /** Starts a new generation of the client's tokens: those issued before stop working. */
    public static void revokeTokens(Connection c, long id) throws SQLException {
        Jdbc.update(c, "update api_client set token_generation = token_generation + 1 where id = ?", id);
    }

    public static void setSecret(Connection c, long id, String secretHash) throws SQLException {
        Jdbc.update(c, "update api_client set secret_hash = ?, version = version + 1 where id = ?", secretHash, id);
    }

    public static void putAgreement(Connection c, long clientId, Agreement a, LocalDateTime now, String by)
            throws SQLException {
        String reads = a.reads().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        String models = a.modelIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        if (Jdbc.update(
                        c,
                        "update sharing_agreement set reference = ?, reads = ?, model_ids = ?, valid_until = ?,"
                                + " updated_at = ?, updated_by = ?, version = version + 1 where client_id = ?",
                        a.reference(),
                        reads,
                        models,
                        a.validUntil(),
                        now,
                        by,
                        clientId)
                == 0) {
            Jdbc.update(
                    c,
                    "insert into sharing_agreement (client_id, reference, reads, model_ids, valid_until, updated_at,"
                            + " updated_by, version) values (?, ?, ?, ?, ?, ?, ?, 0)",
                    clientId,
                    a.reference(),
                    reads,
                    models,
                    a.validUntil(),
                    now,
                    by);
        }
    }

    private static Client client(java.sql.ResultSet rs) throws SQLException {
        Agreement agreement = Agreement.NONE;
        if (rs.getString(9) != null) {
            Set<Agreement.Part> reads = EnumSet.noneOf(Agreement.Part.class);
            for (String part : split(rs.getString(10))) {
                reads.add(Agreement.Part.valueOf(part));
            }
            List<Long> models =
                    split(rs.getString(11)).stream().map(Long::valueOf).toList();
            java.sql.Date until = rs.getDate(12);
            agreement = new Agreement(rs.getString(9), reads, models, until == null ? null : until.toLocalDate());
        }
        return new Client(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getLong(13),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getTimestamp(7).toLocalDateTime(),
                rs.getString(8),
                agreement,
                rs.getInt(14));
    }

    private static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split(","));
    }

    // --- signing keys

    /** The key that signs now: the newest one not retired, created on first use. */
    public static Tokens.Key signingKey(Connection c, LocalDateTime now) throws SQLException {
        StoredKey current = Jdbc.one(
                c,
                "select kid, public_key, private_key, created_at, retired_at, verify_until"
                        + " from signing_key where retired_at is null order by created_at desc, kid fetch first 1 rows only",
                ClientStore::key);
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
                ClientStore::key,
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
