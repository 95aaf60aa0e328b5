package org.credence.sharing.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Jdbc;
import org.credence.platform.Message;

/**
 * The append-only, hash-chained audit log. {@link #append} writes an unsealed entry in the caller's
 * transaction and takes no lock, so lookups never queue behind each other; {@link #seal} (a job
 * every few seconds, and every verification) gives the unsealed entries, in the order of their ids,
 * the next sequence numbers and chains them:
 *
 * <pre>hash(n) = SHA-256 hex of the UTF-8 bytes of the JSON array
 *   [seq, at, actor, actorKind, agencyCode, action, target, purpose, detail, hash(n-1)]</pre>
 *
 * with {@code at} as {@code yyyy-MM-ddTHH:mm:ss.SSS} (UTC, as every timestamp) and absent values as JSON null;
 * {@code hash(0)} is 64 zeros. Changing, removing or inserting a sealed entry breaks the chain at
 * that place, and {@link #verify} reports the first such place.
 */
public final class AuditLog {

    public static final String GENESIS = "0".repeat(64);

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final int SEAL_BATCH = 5_000;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");

    public enum ActorKind { USER, CLIENT, SYSTEM }

    /** One audited act: who (and for which agency), when, what, on what, and why. */
    public record Entry(LocalDateTime at, String actor, ActorKind actorKind, String agencyCode, String action,
                        String target, String purpose, String detail) {

        public Entry {
            at = at.truncatedTo(ChronoUnit.MILLIS);
        }
    }

    /** The columns' lengths (characters): an entry that does not fit is refused before it joins a batch. */
    public static final int MAX_ACTOR = 64;
    public static final int MAX_AGENCY = 32;
    public static final int MAX_ACTION = 40;
    public static final int MAX_TARGET = 200;
    public static final int MAX_PURPOSE = 500;
    public static final int MAX_DETAIL = 40_000;

    /**
     * Refuses an entry that could not be written: a field longer than its column (413) or holding a
     * character the databases refuse or that would forge a line in an export (a NUL or another control
     * character, 400). Checked before the entry joins other callers' batch.
     */
    public static void check(Entry e) {
        fits("actor", e.actor(), MAX_ACTOR);
        fits("agency", e.agencyCode(), MAX_AGENCY);
        fits("action", e.action(), MAX_ACTION);
        fits("target", e.target(), MAX_TARGET);
        fits("Purpose", e.purpose(), MAX_PURPOSE);
        fits("detail", e.detail(), MAX_DETAIL);
    }

    private static void fits(String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            throw new AuditEntryTooLargeException(field, max);
        }
        if (value.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
            throw new InvalidRequestException(field, Message.of("audit.control-character"));
        }
    }

    /** A sealed entry as stored. */
    public record Sealed(long seq, Entry entry, String prevHash, String hash) {
    }

    /**
     * The outcome of a verification: how many sealed entries were checked, and the first break
     * (its sequence number and what is wrong), if any.
     */
    public record Verification(boolean intact, long checked, long lastSeq, Long brokenAt, String problem) {
    }

    private AuditLog() {
    }

    public static void append(Connection c, Entry e) throws SQLException {
        appendAll(c, List.of(e));
    }

    /** Appends several entries at once, in this order. */
    public static void appendAll(Connection c, List<Entry> entries) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into audit_entry (at, actor, actor_kind, agency_code,"
                + " action, target, purpose, detail) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Entry e : entries) {
                Jdbc.bind(insert, e.at(), e.actor(), e.actorKind().name(), e.agencyCode(), e.action(), e.target(),
                        e.purpose(), e.detail());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Appends an administrative change by {@code who}: a user (with their agency, if any) or, for a
     * name that is no user's, the system itself.
     */
    public static void appendForCaller(Connection c, LocalDateTime at, String who, String action, String target)
            throws SQLException {
        Jdbc.update(c, "insert into audit_entry (at, actor, actor_kind, agency_code, action, target) select ?, ?,"
                + " case when exists (select 1 from app_user where username = ?) then 'USER' else 'SYSTEM' end,"
                + " (select a.code from app_user u join agency a on a.id = u.agency_id where u.username = ?), ?, ?"
                + " from audit_chain_head where id = 1", at.truncatedTo(ChronoUnit.MILLIS), who, who, who, action, target);
    }

    /** The canonical hash of an entry at {@code seq} after {@code prevHash}. */
    public static String hash(long seq, Entry e, String prevHash) {
        JsonArrayBuilder a = JSON.createArrayBuilder().add(seq).add(AT.format(e.at())).add(e.actor())
                .add(e.actorKind().name());
        for (String value : new String[] {e.agencyCode(), e.action(), e.target(), e.purpose(), e.detail()}) {
            if (value == null) {
                a.addNull();
            } else {
                a.add(value);
            }
        }
        a.add(prevHash);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(a.build().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * Seals every entry committed so far, in batches; takes the chain head's row lock, so one sealer
     * runs at a time on any number of servers. Returns how many entries were sealed.
     */
    public static int seal(Connection c) throws SQLException {
        long[] head = new long[1];
        String[] last = new String[1];
        Jdbc.one(c, "select last_seq, last_hash from audit_chain_head where id = 1 for update", rs -> {
            head[0] = rs.getLong(1);
            last[0] = rs.getString(2);
            return null;
        });
        int sealed = 0;
        while (true) {
            List<Object[]> batch = Jdbc.list(c, "select id, at, actor, actor_kind, agency_code, action, target, purpose,"
                    + " detail from audit_entry where seq is null order by id fetch first " + SEAL_BATCH + " rows only",
                    rs -> new Object[] {rs.getLong(1), entry(rs, 2)});
            if (batch.isEmpty()) {
                break;
            }
            try (PreparedStatement update = c.prepareStatement(
                    "update audit_entry set seq = ?, prev_hash = ?, hash = ? where id = ?")) {
                for (Object[] row : batch) {
                    long seq = ++head[0];
                    String hash = hash(seq, (Entry) row[1], last[0]);
                    update.setLong(1, seq);
                    update.setString(2, last[0]);
                    update.setString(3, hash);
                    update.setLong(4, (Long) row[0]);
                    update.addBatch();
                    last[0] = hash;
                }
                update.executeBatch();
            }
            sealed += batch.size();
        }
        if (sealed > 0) {
            Jdbc.update(c, "update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", head[0], last[0]);
        }
        return sealed;
    }

    /** Recomputes the chain from the first sealed entry and compares it with the stored hashes and the head. */
    public static Verification verify(Connection c) throws SQLException {
        long expected = 1;
        String prev = GENESIS;
        long checked = 0;
        try (PreparedStatement q = c.prepareStatement("select seq, at, actor, actor_kind, agency_code, action, target,"
                + " purpose, detail, prev_hash, hash from audit_entry where seq is not null order by seq")) {
            q.setFetchSize(5_000);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    if (seq != expected) {
                        return new Verification(false, checked, seq, expected, "entry " + expected + " is missing: the"
                                + " chain goes from entry " + (expected - 1) + " to entry " + seq);
                    }
                    Entry e = entry(rs, 2);
                    String storedPrev = rs.getString(10);
                    String stored = rs.getString(11);
                    if (!prev.equals(storedPrev)) {
                        return new Verification(false, checked, seq, seq, "entry " + seq + " does not follow entry "
                                + (seq - 1) + ": its previous hash is not entry " + (seq - 1) + "'s hash");
                    }
                    String recomputed = hash(seq, e, prev);
                    if (!recomputed.equals(stored)) {
                        return new Verification(false, checked, seq, seq, "entry " + seq + " was altered: its content"
                                + " hashes to " + recomputed + ", the chain holds " + stored);
                    }
                    prev = stored;
                    checked++;
                    expected++;
                }
            }
        }
        long lastSeq = expected - 1;
        Object[] head = Jdbc.one(c, "select last_seq, last_hash from audit_chain_head where id = 1",
                rs -> new Object[] {rs.getLong(1), rs.getString(2)});
        if ((Long) head[0] != lastSeq) {
            return new Verification(false, checked, lastSeq, lastSeq + 1, "the chain ends at entry " + lastSeq
                    + " but the head records entry " + head[0] + ": the last entries are missing");
        }
        if (!head[1].equals(prev)) {
            return new Verification(false, checked, lastSeq, lastSeq, "entry " + lastSeq + "'s hash is not the one the"
                    + " head records");
        }
        return new Verification(true, checked, lastSeq, null, null);
    }

    /** Sealed entries, newest first, optionally only those on one target (a USCC, a client). */
    public static List<Sealed> entries(Connection c, String target, long beforeSeq, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select seq, at, actor, actor_kind, agency_code, action, target, purpose, detail,"
                + " prev_hash, hash from audit_entry where seq is not null and seq < ?");
        params.add(beforeSeq);
        if (target != null) {
            sql.append(" and target = ?");
            params.add(target);
        }
        sql.append(" order by seq desc fetch first ").append(limit).append(" rows only");
        return Jdbc.list(c, sql.toString(), rs -> new Sealed(rs.getLong(1), entry(rs, 2), rs.getString(10),
                rs.getString(11)), params.toArray());
    }

    /** Sealed entries that match the filter, newest first, a page at a time (offset and limit in the database). */
    public static List<Sealed> entries(Connection c, AuditFilter filter, int offset, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "select seq, at, actor, actor_kind, agency_code, action, target, purpose, detail, prev_hash, hash"
                + " from audit_entry where " + filter.condition(params) + " order by seq desc offset " + offset
                + " rows fetch next " + limit + " rows only";
        return Jdbc.list(c, sql, rs -> new Sealed(rs.getLong(1), entry(rs, 2), rs.getString(10), rs.getString(11)),
                params.toArray());
    }

    /** Sealed entries that match the filter and come before {@code beforeSeq}, newest first (an export reads on from the last). */
    public static List<Sealed> entriesBefore(Connection c, AuditFilter filter, long beforeSeq, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        String condition = filter.condition(params);
        params.add(beforeSeq);
        String sql = "select seq, at, actor, actor_kind, agency_code, action, target, purpose, detail, prev_hash, hash"
                + " from audit_entry where " + condition + " and seq < ? order by seq desc fetch first " + limit + " rows only";
        return Jdbc.list(c, sql, rs -> new Sealed(rs.getLong(1), entry(rs, 2), rs.getString(10), rs.getString(11)),
                params.toArray());
    }

    /** How many sealed entries match the filter, counted up to {@code cap} (a log of millions is not counted whole). */
    public static long count(Connection c, AuditFilter filter, long cap) throws SQLException {
        List<Object> params = new ArrayList<>();
        return Jdbc.one(c, "select count(*) from (select seq from audit_entry where " + filter.condition(params)
                + " fetch first " + cap + " rows only) matching", rs -> rs.getLong(1), params.toArray());
    }

    private static Entry entry(ResultSet rs, int from) throws SQLException {
        return new Entry(rs.getTimestamp(from).toLocalDateTime(), rs.getString(from + 1),
                ActorKind.valueOf(rs.getString(from + 2)), rs.getString(from + 3), rs.getString(from + 4),
                rs.getString(from + 5), rs.getString(from + 6), rs.getString(from + 7));
    }
}
