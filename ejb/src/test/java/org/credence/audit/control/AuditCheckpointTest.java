package org.credence.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.credence.audit.control.AuditLog.ActorKind;
import org.credence.audit.control.AuditLog.Checkpoint;
import org.credence.audit.control.AuditLog.Entry;
import org.credence.audit.control.AuditLog.Verification;
import org.credence.platform.jdbc.Jdbc;
import org.credence.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit chain against someone who can write the database: they change entries with plain SQL and
 * rebuild the chain (every hash and the head) as the sealer would, but hold neither the MAC key nor the
 * signing key, which live outside the database.
 */
class AuditCheckpointTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 23, 9, 30, 15);

    private final TestDatabase db = new TestDatabase();

    private static Entry lookup(int i) {
        return new Entry(
                AT.plusSeconds(i),
                "tax-client",
                ActorKind.CLIENT,
                "STA",
                "credit.lookup",
                "91350100M000100Y43",
                "invoice check " + i,
                "model 1");
    }

    private static void append(Connection c, int from, int to) throws SQLException {
        for (int i = from; i <= to; i++) {
            AuditLog.append(c, lookup(i));
        }
        c.commit();
    }

    /** What someone with write access to the database does after changing entries: rebuild every hash and the head. */
    private static void rebuildChain(Connection c) throws SQLException {
        String prev = AuditLog.GENESIS;
        long last = 0;
        try (PreparedStatement q = c.prepareStatement("select seq, at, actor, actor_kind, agency_code, action, target,"
                        + " purpose, detail, mac from audit_entry where seq is not null order by seq");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                long seq = rs.getLong(1);
                Entry e = new Entry(
                        rs.getTimestamp(2).toLocalDateTime(),
                        rs.getString(3),
                        ActorKind.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9));
                String hash = AuditLog.hash(seq, e, prev, rs.getString(10));
                Jdbc.update(c, "update audit_entry set prev_hash = ?, hash = ? where seq = ?", prev, hash, seq);
                prev = hash;
                last = seq;
            }
        }
        Jdbc.update(c, "update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", last, prev);
        c.commit();
    }

    @Test
    void aCheckpointSignsTheHeadOnceAndVerifiesWithTheExportedKey() throws SQLException {
        try (Connection c = db.connection()) {
            assertNull(AuditLog.checkpoint(c, AT), "nothing to sign yet");
            append(c, 1, 4);
            Checkpoint cp = AuditLog.checkpoint(c, AT.plusMinutes(2));
            c.commit();
            assertNotNull(cp);
            assertEquals(4, cp.seq());
            assertEquals("2026-11-23T09:32:15.000Z", cp.issuedAt());
            assertNull(AuditLog.checkpoint(c, AT.plusMinutes(4)), "the head has its checkpoint: none is issued again");
            assertEquals(List.of(cp), AuditLog.checkpoints(c, Long.MAX_VALUE, 10));
            AuditKeys.PublicKeyView key = AuditLog.keys(c).stream()
                    .filter(k -> k.keyId().equals(cp.keyId()))
                    .findFirst()
                    .orElseThrow();
            assertTrue(
                    AuditKeys.verifies(AuditKeys.publicKey(key.publicKey()), AuditLog.payload(cp), cp.signature()),
                    "anyone with the exported key checks the signature");
            Verification v = AuditLog.verifyAgainst(c, cp);
            assertTrue(v.intact(), v.problem());
            assertEquals(4, v.checked());
            assertTrue(AuditLog.verify(c).intact());
        }
    }

    @Test
    void anEntryRewrittenInTheDatabaseWithTheChainRebuiltFailsAgainstTheCheckpointAndIsLocated() throws SQLException {
        try (Connection c = db.connection()) {
            append(c, 1, 6);
            Checkpoint exported = AuditLog.checkpoint(c, AT);
            c.commit();
            append(c, 7, 8);
            AuditLog.seal(c);
            c.commit();

            Jdbc.update(c, "update audit_entry set purpose = 'nothing to see' where seq = 3");
            rebuildChain(c);

            Verification against = AuditLog.verifyAgainst(c, exported);
            assertFalse(against.intact());
            assertEquals(3L, against.brokenAt());
            assertTrue(against.problem().contains("entry 3 was altered"), against.problem());
            Verification whole = AuditLog.verify(c);
            assertFalse(whole.intact(), "the rebuilt chain alone no longer passes either");
            assertEquals(3L, whole.brokenAt());
        }
    }

    @Test
    void anEntryWhoseMacIsRemovedToPassForAnOldOneIsFound() throws SQLException {
        try (Connection c = db.connection()) {
            append(c, 1, 5);
            Checkpoint exported = AuditLog.checkpoint(c, AT);
            c.commit();
            Jdbc.update(
                    c, "update audit_entry set purpose = 'nothing to see', mac = null, mac_key = null where seq = 4");
            rebuildChain(c);
            Verification v = AuditLog.verifyAgainst(c, exported);
            assertFalse(v.intact());
            assertEquals(4L, v.brokenAt());
            assertTrue(v.problem().contains("has no MAC"), v.problem());
        }
    }

    @Test
    void anEntryRemovedAndTheChainRenumberedFailsAgainstTheCheckpoint() throws SQLException {
        try (Connection c = db.connection()) {
            append(c, 1, 6);
            Checkpoint exported = AuditLog.checkpoint(c, AT);
            c.commit();
            Jdbc.update(c, "delete from audit_entry where seq = 2");
            Jdbc.update(c, "delete from audit_checkpoint");
            Jdbc.update(c, "update audit_entry set seq = seq - 1 where seq > 2");
            rebuildChain(c);
            assertTrue(AuditLog.verify(c).intact(), "the rebuilt chain is consistent in itself");

            Verification v = AuditLog.verifyAgainst(c, exported);
            assertFalse(v.intact(), "but not with the checkpoint kept outside");
            assertTrue(
                    v.problem().contains("the checkpoint covers entries up to 6 but the log ends at entry 5"),
                    v.problem());
        }
    }

    @Test
    void anEntryChangedBeforeItIsSealedIsFound() throws SQLException {
        try (Connection c = db.connection()) {
            append(c, 1, 3);
            AuditLog.seal(c);
            c.commit();
            append(c, 4, 5);
            Jdbc.update(
                    c, "update audit_entry set detail = 'model 2' where seq is null and purpose = 'invoice check 5'");
            c.commit();
            AuditLog.seal(c);
            c.commit();
            Verification v = AuditLog.verify(c);
            assertFalse(v.intact());
            assertEquals(5L, v.brokenAt());
            assertTrue(v.problem().contains("does not match its MAC"), v.problem());
        }
    }

    @Test
    void aForgedCheckpointIsRefused() throws SQLException {
        try (Connection c = db.connection()) {
            append(c, 1, 3);
            Checkpoint real = AuditLog.checkpoint(c, AT);
            c.commit();
            Checkpoint forged =
                    new Checkpoint(real.seq(), "f".repeat(64), real.issuedAt(), real.keyId(), real.signature());
            Verification v = AuditLog.verifyAgainst(c, forged);
            assertFalse(v.intact());
            assertTrue(v.problem().contains("signature does not verify"), v.problem());
            Verification unknown = AuditLog.verifyAgainst(
                    c, new Checkpoint(3, real.hash(), real.issuedAt(), "nobody", real.signature()));
            assertFalse(unknown.intact());
        }
    }

    @Test
    void afterARotationOldCheckpointsStillVerifyAndNewOnesUseTheNewKey() throws Exception {
        AuditKeys before = AuditKeys.current();
        try (Connection c = db.connection()) {
            append(c, 1, 3);
            Checkpoint old = AuditLog.checkpoint(c, AT);
            c.commit();
            // the new key pair and MAC key join the store; the old MAC key stays (entries name it), the old pair leaves
            AuditKeys fresh = AuditKeys.generate("rotated");
            Map<String, javax.crypto.SecretKey> macs = new java.util.HashMap<>();
            macs.putAll(secretKeys(before));
            macs.putAll(secretKeys(fresh));
            AuditKeys.install(
                    new AuditKeys(fresh.macKeyId(), macs, fresh.signingKeyId(), privateKey(fresh), fresh.publicKeys()));
            append(c, 4, 5);
            Checkpoint next = AuditLog.checkpoint(c, AT.plusMinutes(2));
            c.commit();
            assertEquals("rotated", next.keyId());
            assertTrue(
                    AuditLog.verifyAgainst(c, old).intact(),
                    "the old key's public half was recorded when it first signed");
            assertTrue(AuditLog.verifyAgainst(c, next).intact());
            Verification whole = AuditLog.verify(c);
            assertTrue(whole.intact(), whole.problem());
            assertEquals(
                    List.of(before.signingKeyId(), "rotated"),
                    AuditLog.keys(c).stream()
                            .map(AuditKeys.PublicKeyView::keyId)
                            .sorted((a, b) -> a.equals("rotated") ? 1 : -1)
                            .toList());
        } finally {
            AuditKeys.install(before);
        }
    }

    @Test
    void aKeyStoreMadeByKeytoolGivesTheMacAndSigningKeys(@TempDir Path dir) {
        Path file = dir.resolve("audit.p12");
        AuditKeys.createDevelopmentKeyStore(file, "secret".toCharArray());
        assertTrue(Files.exists(file));
        AuditKeys keys = AuditKeys.load(file, "secret".toCharArray(), null, null);
        assertEquals("audit-signing-1", keys.signingKeyId());
        assertEquals("audit-mac-1", keys.macKeyId());
        assertEquals(64, keys.mac("x").length());
        String signature = keys.sign("payload");
        assertTrue(AuditKeys.verifies(keys.publicKeys().get("audit-signing-1"), "payload", signature));
        assertFalse(AuditKeys.verifies(keys.publicKeys().get("audit-signing-1"), "payload!", signature));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, javax.crypto.SecretKey> secretKeys(AuditKeys keys) throws Exception {
        var field = AuditKeys.class.getDeclaredField("macKeys");
        field.setAccessible(true);
        return (Map<String, javax.crypto.SecretKey>) field.get(keys);
    }

    private static java.security.PrivateKey privateKey(AuditKeys keys) throws Exception {
        var field = AuditKeys.class.getDeclaredField("signingKey");
        field.setAccessible(true);
        return (java.security.PrivateKey) field.get(keys);
    }
}
