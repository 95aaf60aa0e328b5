package org.credence.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.credence.platform.jdbc.Jdbc;
import org.credence.sharing.control.ClientCache;
import org.credence.sharing.entity.Agreement;
import org.credence.sharing.entity.ClientSnapshot;

/**
 * API clients, agreements and webhook subscriptions written and read in plain SQL, for tests that run
 * without a persistence unit; the application keeps them as JPA entities ({@code org.credence.sharing.entity}).
 */
public final class TestClients {

    private TestClients() {}

    /** Registers an active client; returns its row id. */
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

    public static void putAgreement(Connection c, long clientRowId, Agreement a, LocalDateTime now, String by)
            throws SQLException {
        Jdbc.update(
                c,
                "insert into sharing_agreement (client_id, reference, reads, model_ids, valid_until, updated_at,"
                        + " updated_by, version) values (?, ?, ?, ?, ?, ?, ?, 0)",
                clientRowId,
                a.reference(),
                a.storedReads(),
                a.storedModelIds(),
                a.validUntil(),
                now,
                by);
    }

    /** A PENDING subscription; returns its id. */
    public static long subscribe(
            Connection c, long clientRowId, String url, Set<String> kinds, String secret, LocalDateTime now, String by)
            throws SQLException {
        return Jdbc.insert(
                c,
                "insert into webhook_subscription (client_id, url, event_types, secret, status, created_at,"
                        + " created_by, version) values (?, ?, ?, ?, 'PENDING', ?, ?, 0)",
                clientRowId,
                url,
                kinds.stream().sorted().collect(Collectors.joining(",")),
                secret,
                now,
                by);
    }

    /** Approves or suspends as {@code Subscriptions.decide} does: the first approval fixes {@code from_seq}. */
    public static void decide(Connection c, long id, String status, LocalDateTime now, String by) throws SQLException {
        Jdbc.update(
                c,
                "update webhook_subscription set status = ?, decided_at = ?, decided_by = ?, version = version + 1,"
                        + " from_seq = coalesce(from_seq, case when ? = 'APPROVED' then (select last_seq from"
                        + " change_log_counter where id = 1) end) where id = ?",
                status,
                now,
                by,
                status,
                id);
    }

    /** Reads clients from {@code database} as the client directory does from its persistence unit. */
    public static ClientCache.Loader reader(DataSource database) {
        return clientId -> {
            try (Connection c = database.getConnection()) {
                return Jdbc.one(
                        c,
                        "select c.id, c.client_id, c.name, c.agency_id, a.code, c.secret_hash, c.status, c.created_at,"
                                + " c.created_by, g.reference, g.reads, g.model_ids, g.valid_until, c.token_generation"
                                + " from api_client c join agency a on a.id = c.agency_id"
                                + " left join sharing_agreement g on g.client_id = c.id where c.client_id = ?",
                        rs -> {
                            java.sql.Date until = rs.getDate(13);
                            return new ClientSnapshot(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getLong(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getTimestamp(8).toLocalDateTime(),
                                    rs.getString(9),
                                    Agreement.stored(
                                            rs.getString(10),
                                            rs.getString(11),
                                            rs.getString(12),
                                            until == null ? null : until.toLocalDate()),
                                    rs.getInt(14));
                        },
                        clientId);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
