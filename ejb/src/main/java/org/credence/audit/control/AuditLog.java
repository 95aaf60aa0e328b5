package org.credence.audit.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.platform.jdbc.Jdbc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
 *
 * <p>Against someone who can write the database (and so recompute the chain): every entry is given,
 * as it is written, a keyed MAC, HMAC-SHA256 under a key outside the database ({@link AuditKeys}) of
 * {@code [at, actor, actorKind, agencyCode, action, target, purpose, detail]}, which then ends the
 * array its chain hash is taken of; and {@link #checkpoint} signs the chain's head at intervals. A
 * rewritten entry no longer matches its MAC (located, even when it was changed before it was sealed),
 * and a chain rebuilt without an entry no longer hashes to an exported checkpoint
 * ({@link #verifyAgainst}). Entries written before the MACs (issue 16) keep the first form.
 */
public final class AuditLog {

    public static final String GENESIS = "0".repeat(64);

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final int SEAL_BATCH = 5_000;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");

    public enum ActorKind {
        USER,
        CLIENT,
        SYSTEM
    }

    /** One audited act: who (and for which agency), when, what, on what, and why. */
    public record Entry(
            LocalDateTime at,
            String actor,
            ActorKind actorKind,
            String agencyCode,
            String action,
            String target,
            String purpose,
            String detail) {

        public Entry {
            at = at.truncatedTo(ChronoUnit.MILLIS);
        }

        /**
         * This entry cut to fit its columns, control characters shown as U+FFFD: for recording a refusal
         * whose own input is what did not fit (the record must not fail as the request did).
         */
        public Entry bounded() {
            return new Entry(
                    at,
                    cut(actor, MAX_ACTOR),
                    actorKind,
                    cut(agencyCode, MAX_AGENCY),
                    cut(action, MAX_ACTION),
                    cut(target, MAX_TARGET),
                    cut(purpose, MAX_PURPOSE),
                    cut(detail, MAX_DETAIL));
        }

        private static String cut(String value, int max) {
            if (value == null) {
                return null;
            }
            String clean = value.codePoints()
                    .map(ch -> ch < 0x20 || ch == 0x7f ? 0xfffd : ch)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString();
            if (clean.length() <= max) {
                return clean;
            }
            int end = Character.isHighSurrogate(clean.charAt(max - 2)) ? max - 2 : max - 1;
            return clean.substring(0, end) + "\u2026";
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

    /**
     * A signed checkpoint: the chain's head at {@code seq} was {@code hash}. {@code signature} is the
     * base64 SHA256withECDSA signature, by key {@code keyId}, of the UTF-8 bytes of {@link #payload}.
     */
    public record Checkpoint(long seq, String hash, String issuedAt, String keyId, String signature) {}

    /** What a checkpoint's signature signs: {@code credence-audit-checkpoint/1 SEQ HASH ISSUED-AT}. */
    public static String payload(Checkpoint c) {
        return "credence-audit-checkpoint/1 " + c.seq() + " " + c.hash() + " " + c.issuedAt();
    }

    /** A sealed entry as stored. */
    public record Sealed(long seq, Entry entry, String prevHash, String hash) {}

    /**
     * The outcome of a verification: how many sealed entries were checked, and the first break
     * (its sequence number and what is wrong), if any.
     */
    @Schema(name = "AuditVerification")
    public record Verification(boolean intact, long checked, long lastSeq, Long brokenAt, String problem) {}

    private AuditLog() {}

    public static void append(Connection c, Entry e) throws SQLException {
        appendAll(c, List.of(e));
    }

    /** Appends several entries at once, in this order. */
    public static void appendAll(Connection c, List<Entry> entries) throws SQLException {
        AuditKeys keys = AuditKeys.current();
        try (PreparedStatement insert =
                c.prepareStatement("insert into audit_entry (at, actor, actor_kind, agency_code,"
                        + " action, target, purpose, detail, mac, mac_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Entry e : entries) {
                Jdbc.bind(
                        insert,
                        e.at(),
                        e.actor(),
                        e.actorKind().name(),
                        e.agencyCode(),
                        e.action(),
                        e.target(),
                        e.purpose(),
                        e.detail(),
                        keys.mac(macInput(e)),
                        keys.macKeyId());
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
        Object[] user = Jdbc.one(
                c,
                "select u.username, a.code from app_user u left join agency a on a.id = u.agency_id"
                        + " where u.username = ?",
                rs -> new Object[] {rs.getString(1), rs.getString(2)},
                who);
        append(
                c,
                new Entry(
                        at,
                        who,
                        user == null ? ActorKind.SYSTEM : ActorKind.USER,
                        user == null ? null : (String) user[1],
                        action,
                        target,
                        null,
                        null));
    }

    /** The canonical hash of an entry at {@code seq} after {@code prevHash}, written without a MAC. */
    public static String hash(long seq, Entry e, String prevHash) {
        return hash(seq, e, prevHash, null);
    }

    /** The canonical hash of an entry at {@code seq} after {@code prevHash}; its MAC (if it has one) ends the array. */
    public static String hash(long seq, Entry e, String prevHash, String mac) {
        JsonArrayBuilder a = JSON.createArrayBuilder().add(seq);
        fields(a, e);
        a.add(prevHash);
        if (mac != null) {
            a.add(mac);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(a.build().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** What an entry's MAC is taken of: the JSON array of its fields, as in its hash but without seq and chain. */
    public static String macInput(Entry e) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        fields(a, e);
        return a.build().toString();
    }

    private static void fields(JsonArrayBuilder a, Entry e) {
        a.add(AT.format(e.at())).add(e.actor()).add(e.actorKind().name());
        for (String value : new String[] {e.agencyCode(), e.action(), e.target(), e.purpose(), e.detail()}) {
            if (value == null) {
                a.addNull();
            } else {
                a.add(value);
            }
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
            List<Object[]> batch = Jdbc.list(
                    c,
                    "select id, at, actor, actor_kind, agency_code, action, target, purpose,"
                            + " detail, mac from audit_entry where seq is null order by id fetch first " + SEAL_BATCH
                            + " rows only",
                    rs -> new Object[] {rs.getLong(1), entry(rs, 2), rs.getString(10)});
            if (batch.isEmpty()) {
                break;
            }
            try (PreparedStatement update =
                    c.prepareStatement("update audit_entry set seq = ?, prev_hash = ?, hash = ? where id = ?")) {
                for (Object[] row : batch) {
                    long seq = ++head[0];
                    String hash = hash(seq, (Entry) row[1], last[0], (String) row[2]);
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

    /**
     * Recomputes the chain from the first sealed entry and compares it with the stored hashes, the
     * entries' MACs, the stored checkpoints (their signatures and the chain at their place) and the head.
     */
    public static Verification verify(Connection c) throws SQLException {
        AuditKeys keys = AuditKeys.current();
        Map<String, PublicKey> known = verificationKeys(c, keys);
        NavigableMap<Long, Checkpoint> checkpoints = new TreeMap<>();
        for (Checkpoint cp : checkpoints(c, Long.MAX_VALUE, Integer.MAX_VALUE)) {
            checkpoints.put(cp.seq(), cp);
        }
        Walk walk = new Walk(keys);
        try (PreparedStatement q = c.prepareStatement(SEALED + " order by seq")) {
            q.setFetchSize(5_000);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Verification broken = walk.next(rs, true);
                    if (broken != null) {
                        return broken;
                    }
                    Checkpoint cp = checkpoints.get(walk.lastSeq);
                    if (cp != null) {
                        PublicKey key = known.get(cp.keyId());
                        if (key == null || !AuditKeys.verifies(key, payload(cp), cp.signature())) {
                            return walk.broken(
                                    walk.lastSeq,
                                    "the stored checkpoint of entry " + cp.seq() + " does not carry a"
                                            + " valid signature of key " + cp.keyId());
                        }
                        if (!cp.hash().equals(walk.prev)) {
                            return walk.broken(
                                    walk.lastSeq,
                                    "the entries up to " + cp.seq() + " no longer hash to the checkpoint"
                                            + " signed at " + cp.issuedAt() + ": an entry at or before " + cp.seq()
                                            + " was changed,"
                                            + " removed or inserted");
                        }
                    }
                }
            }
        }
        long lastSeq = walk.lastSeq;
        Object[] head = Jdbc.one(c, "select last_seq, last_hash from audit_chain_head where id = 1", rs ->
                new Object[] {rs.getLong(1), rs.getString(2)});
        if ((Long) head[0] != lastSeq) {
            return new Verification(
                    false,
                    walk.checked,
                    lastSeq,
                    lastSeq + 1,
                    "the chain ends at entry " + lastSeq + " but the head records entry " + head[0]
                            + ": the last entries are missing");
        }
        if (!head[1].equals(walk.prev)) {
            return new Verification(
                    false,
                    walk.checked,
                    lastSeq,
                    lastSeq,
                    "entry " + lastSeq + "'s hash is not the one the" + " head records");
        }
        Map.Entry<Long, Checkpoint> beyond = checkpoints.higherEntry(lastSeq);
        if (beyond != null) {
            return new Verification(
                    false,
                    walk.checked,
                    lastSeq,
                    lastSeq + 1,
                    "a checkpoint covers entry " + beyond.getKey() + " but the chain ends at entry " + lastSeq
                            + ": the last entries are missing");
        }
        return new Verification(true, walk.checked, lastSeq, null, null);
    }

    /**
     * Verifies the log against a checkpoint exported earlier (kept outside the system): its signature
     * under a known key, then the entries up to its place from their content: each entry's MAC and
     * stored hash (which locate a rewritten entry) and the chain's hash at the checkpoint (which
     * catches an entry removed, inserted or rewritten under a rebuilt chain).
     */
    public static Verification verifyAgainst(Connection c, Checkpoint checkpoint) throws SQLException {
        AuditKeys keys = AuditKeys.current();
        PublicKey key = verificationKeys(c, keys).get(checkpoint.keyId());
        if (key == null) {
            return new Verification(
                    false, 0, 0, null, "key " + checkpoint.keyId() + " that signed the checkpoint is unknown");
        }
        if (checkpoint.hash() == null
                || checkpoint.signature() == null
                || checkpoint.issuedAt() == null
                || !AuditKeys.verifies(key, payload(checkpoint), checkpoint.signature())) {
            return new Verification(
                    false,
                    0,
                    0,
                    null,
                    "the checkpoint's signature does not verify under key " + checkpoint.keyId()
                            + ": it was changed, or not issued by this system");
        }
        Walk walk = new Walk(keys);
        try (PreparedStatement q = c.prepareStatement(SEALED + " and seq <= ? order by seq")) {
            q.setLong(1, checkpoint.seq());
            q.setFetchSize(5_000);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Verification broken = walk.next(rs, false);
                    if (broken != null) {
                        return broken;
                    }
                }
            }
        }
        if (walk.lastSeq < checkpoint.seq()) {
            return walk.broken(
                    walk.lastSeq + 1,
                    "the checkpoint covers entries up to " + checkpoint.seq() + " but the log ends at entry "
                            + walk.lastSeq + ": the last entries were removed");
        }
        if (!checkpoint.hash().equals(walk.prev)) {
            return walk.broken(
                    checkpoint.seq(),
                    "the entries up to " + checkpoint.seq() + " do not hash to the checkpoint:"
                            + " an entry at or before " + checkpoint.seq()
                            + " was removed, inserted or rewritten and the chain"
                            + " rebuilt; an earlier checkpoint narrows down where");
        }
        return new Verification(true, walk.checked, walk.lastSeq, null, null);
    }

    private static final String SEALED =
            "select seq, at, actor, actor_kind, agency_code, action, target, purpose, detail,"
                    + " prev_hash, hash, mac, mac_key from audit_entry where seq is not null";

    /** The walk along the chain, recomputing from the entries' content. */
    private static final class Walk {
        final AuditKeys keys;
        long checked;
        long lastSeq;
        String prev = GENESIS;
        boolean keyed;

        Walk(AuditKeys keys) {
            this.keys = keys;
        }

        Verification broken(long at, String problem) {
            return new Verification(false, checked, lastSeq, at, problem);
        }

        /**
         * Checks the next entry; null if it holds. With {@code trustStoredChain} the stored hashes carry the
         * chain on (a rebuilt chain is then only caught by a checkpoint); without, the recomputed ones.
         */
        Verification next(ResultSet rs, boolean trustStoredChain) throws SQLException {
            long seq = rs.getLong(1);
            long expected = lastSeq + 1;
            if (seq != expected) {
                return broken(
                        expected,
                        "entry " + expected + " is missing: the chain goes from entry " + lastSeq + " to entry " + seq);
            }
            Entry e = entry(rs, 2);
            String storedPrev = rs.getString(10);
            String stored = rs.getString(11);
            String mac = rs.getString(12);
            String macKey = rs.getString(13);
            if (!prev.equals(storedPrev) && trustStoredChain) {
                return broken(
                        seq,
                        "entry " + seq + " does not follow entry " + (seq - 1) + ": its previous hash is not"
                                + " entry " + (seq - 1) + "'s hash");
            }
            if (mac == null) {
                if (keyed) {
                    return broken(
                            seq,
                            "entry " + seq + " has no MAC, though the entries before it have one: it was"
                                    + " written or rewritten outside the system");
                }
            } else {
                keyed = true;
                String expectedMac = keys.mac(macKey, macInput(e));
                if (expectedMac == null) {
                    return broken(
                            seq,
                            "entry " + seq + "'s MAC key " + macKey + " is not in the key store: the entry"
                                    + " cannot be checked");
                }
                if (!expectedMac.equals(mac)) {
                    return broken(seq, "entry " + seq + " was altered: its content does not match its MAC");
                }
            }
            String recomputed = hash(seq, e, prev, mac);
            if (!recomputed.equals(stored)) {
                return broken(
                        seq,
                        "entry " + seq + " was altered: its content hashes to " + recomputed + ", the chain" + " holds "
                                + stored);
            }
            prev = trustStoredChain ? stored : recomputed;
            lastSeq = seq;
            checked++;
            return null;
        }
    }

    /**
     * Issues a checkpoint of the chain's head, once everything committed is sealed, unless one of that
     * place exists already (idempotent; under the head's row lock, so one node issues it). Returns it, or null.
     */
    public static Checkpoint checkpoint(Connection c, LocalDateTime now) throws SQLException {
        AuditKeys keys = AuditKeys.current();
        seal(c);
        Object[] head = Jdbc.one(c, "select last_seq, last_hash from audit_chain_head where id = 1", rs ->
                new Object[] {rs.getLong(1), rs.getString(2)});
        long seq = (Long) head[0];
        if (seq == 0 || Jdbc.one(c, "select 1 from audit_checkpoint where seq = ?", rs -> true, seq) != null) {
            return null;
        }
        String issuedAt = AT.format(now.truncatedTo(ChronoUnit.MILLIS)) + "Z";
        Checkpoint unsigned = new Checkpoint(seq, (String) head[1], issuedAt, keys.signingKeyId(), null);
        Checkpoint cp =
                new Checkpoint(seq, (String) head[1], issuedAt, keys.signingKeyId(), keys.sign(payload(unsigned)));
        Jdbc.update(
                c,
                "insert into audit_checkpoint (seq, head_hash, issued_at, key_id, signature) values (?, ?, ?, ?, ?)",
                cp.seq(),
                cp.hash(),
                cp.issuedAt(),
                cp.keyId(),
                cp.signature());
        AuditKeys.PublicKeyView key = keys.view(keys.signingKeyId());
        if (Jdbc.one(c, "select 1 from audit_signing_key where key_id = ?", rs -> true, key.keyId()) == null) {
            Jdbc.update(
                    c,
                    "insert into audit_signing_key (key_id, algorithm, public_key, first_used) values (?, ?, ?, ?)",
                    key.keyId(),
                    key.algorithm(),
                    key.publicKey(),
                    now);
        }
        return cp;
    }

    /** Checkpoints before {@code beforeSeq}, newest first. */
    public static List<Checkpoint> checkpoints(Connection c, long beforeSeq, int limit) throws SQLException {
        return Jdbc.list(
                c,
                "select seq, head_hash, issued_at, key_id, signature from audit_checkpoint where seq < ?"
                        + " order by seq desc fetch first " + limit + " rows only",
                rs -> new Checkpoint(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                beforeSeq);
    }

    /**
     * The keys that verify checkpoints: those of the key store, and (for key pairs that left it) the
     * public keys recorded when they first signed. A key store's key always wins over a recorded one.
     */
    public static List<AuditKeys.PublicKeyView> keys(Connection c) throws SQLException {
        AuditKeys keys = AuditKeys.current();
        Map<String, AuditKeys.PublicKeyView> all = new LinkedHashMap<>();
        keys.publicKeys().forEach((id, key) -> all.put(id, AuditKeys.view(id, key)));
        Jdbc.list(
                c,
                "select key_id, algorithm, public_key from audit_signing_key order by first_used",
                rs -> all.putIfAbsent(
                        rs.getString(1),
                        new AuditKeys.PublicKeyView(rs.getString(1), rs.getString(2), rs.getString(3))));
        return List.copyOf(all.values());
    }

    private static Map<String, PublicKey> verificationKeys(Connection c, AuditKeys keys) throws SQLException {
        Map<String, PublicKey> known = new HashMap<>();
        for (AuditKeys.PublicKeyView view : keys(c)) {
            PublicKey key = keys.publicKeys().get(view.keyId());
            known.put(view.keyId(), key != null ? key : AuditKeys.publicKey(view.publicKey()));
        }
        known.values().removeIf(Objects::isNull);
        return known;
    }

    /** Sealed entries, newest first, optionally only those on one target (a USCC, a client). */
    public static List<Sealed> entries(Connection c, String target, long beforeSeq, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder sql =
                new StringBuilder("select seq, at, actor, actor_kind, agency_code, action, target, purpose, detail,"
                        + " prev_hash, hash from audit_entry where seq is not null and seq < ?");
        params.add(beforeSeq);
        if (target != null) {
            sql.append(" and target = ?");
            params.add(target);
        }
        sql.append(" order by seq desc fetch first ").append(limit).append(" rows only");
        return Jdbc.list(
                c,
                sql.toString(),
                rs -> new Sealed(rs.getLong(1), entry(rs, 2), rs.getString(10), rs.getString(11)),
                params.toArray());
    }

    /** Sealed entries that match the filter, newest first, a page at a time (offset and limit in the database). */
    public static List<Sealed> entries(Connection c, AuditFilter filter, int offset, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "select seq, at, actor, actor_kind, agency_code, action, target, purpose, detail, prev_hash, hash"
                + " from audit_entry where " + filter.condition(params) + " order by seq desc offset " + offset
                + " rows fetch next " + limit + " rows only";
        return Jdbc.list(
                c,
                sql,
                rs -> new Sealed(rs.getLong(1), entry(rs, 2), rs.getString(10), rs.getString(11)),
                params.toArray());
    }

    /** Sealed entries that match the filter and come before {@code beforeSeq}, newest first (an export reads on from the last). */
    public static List<Sealed> entriesBefore(Connection c, AuditFilter filter, long beforeSeq, int limit)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        String condition = filter.condition(params);
        params.add(beforeSeq);
        String sql = "select seq, at, actor, actor_kind, agency_code, action, target, purpose, detail, prev_hash, hash"
                + " from audit_entry where " + condition + " and seq < ? order by seq desc fetch first " + limit
                + " rows only";
        return Jdbc.list(
                c,
                sql,
                rs -> new Sealed(rs.getLong(1), entry(rs, 2), rs.getString(10), rs.getString(11)),
                params.toArray());
    }

    /** How many sealed entries match the filter, counted up to {@code cap} (a log of millions is not counted whole). */
    public static long count(Connection c, AuditFilter filter, long cap) throws SQLException {
        List<Object> params = new ArrayList<>();
        return Jdbc.one(
                c,
                "select count(*) from (select seq from audit_entry where " + filter.condition(params) + " fetch first "
                        + cap + " rows only) matching",
                rs -> rs.getLong(1),
                params.toArray());
    }

    private static Entry entry(ResultSet rs, int from) throws SQLException {
        return new Entry(
                rs.getTimestamp(from).toLocalDateTime(),
                rs.getString(from + 1),
                ActorKind.valueOf(rs.getString(from + 2)),
                rs.getString(from + 3),
                rs.getString(from + 4),
                rs.getString(from + 5),
                rs.getString(from + 6),
                rs.getString(from + 7));
    }
}
