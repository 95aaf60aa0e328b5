package org.credence.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.credence.audit.control.AuditLog.ActorKind;
import org.credence.audit.control.AuditLog.Entry;
import org.credence.audit.control.AuditLog.Verification;
import org.credence.platform.jdbc.Jdbc;
import org.credence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class AuditLogTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 23, 9, 30, 15, 123_456_789);

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

    private void appendAndSeal(Connection c, int n) throws SQLException {
        for (int i = 1; i <= n; i++) {
            AuditLog.append(c, lookup(i));
        }
        assertEquals(n, AuditLog.seal(c));
        c.commit();
    }

    @Test
    void sealedEntriesFormAChainThatVerifies() throws SQLException {
        try (Connection c = db.connection()) {
            appendAndSeal(c, 5);
            Verification v = AuditLog.verify(c);
            assertTrue(v.intact(), v.problem());
            assertEquals(5, v.checked());
            assertEquals(5, v.lastSeq());
            List<AuditLog.Sealed> newestFirst = AuditLog.entries(c, null, Long.MAX_VALUE, 10);
            assertEquals(
                    List.of(5L, 4L, 3L, 2L, 1L),
                    newestFirst.stream().map(AuditLog.Sealed::seq).toList());
            assertEquals(AuditLog.GENESIS, newestFirst.get(4).prevHash());
            for (int i = 0; i < 4; i++) {
                assertEquals(newestFirst.get(i + 1).hash(), newestFirst.get(i).prevHash());
            }
            assertEquals(
                    AT.withNano(123_000_000).plusSeconds(1),
                    newestFirst.get(4).entry().at(),
                    "stored to the millisecond");
        }
    }

    @Test
    void sealingAgainSealsOnlyTheNewEntriesAndTheChainGoesOn() throws SQLException {
        try (Connection c = db.connection()) {
            appendAndSeal(c, 3);
            assertEquals(0, AuditLog.seal(c));
            AuditLog.append(c, lookup(9));
            assertEquals(1, AuditLog.seal(c));
            Verification v = AuditLog.verify(c);
            assertTrue(v.intact(), v.problem());
            assertEquals(4, v.lastSeq());
        }
    }

    @Test
    void anEntryChangedInTheDatabaseIsFoundAndLocated() throws SQLException {
        try (Connection c = db.connection()) {
            appendAndSeal(c, 6);
            Jdbc.update(c, "update audit_entry set purpose = 'nothing to see' where seq = 4");
            Verification v = AuditLog.verify(c);
            assertFalse(v.intact());
            assertEquals(4L, v.brokenAt());
            assertTrue(v.problem().contains("entry 4 was altered"), v.problem());
            assertEquals(3, v.checked());
        }
    }

    @Test
    void anEntryRewrittenWithItsOwnHashRecomputedIsFoundByItsMac() throws SQLException {
        try (Connection c = db.connection()) {
            appendAndSeal(c, 6);
            Entry forged = new Entry(
                    AT.plusSeconds(4),
                    "tax-client",
                    ActorKind.CLIENT,
                    "STA",
                    "credit.lookup",
                    "91350100M000100Y43",
                    "nothing to see",
                    "model 1");
            String prev = Jdbc.one(c, "select prev_hash from audit_entry where seq = 4", rs -> rs.getString(1));
            String hash = AuditLog.hash(4, forged, prev);
            Jdbc.update(c, "update audit_entry set purpose = 'nothing to see', hash = ? where seq = 4", hash);
            Verification v = AuditLog.verify(c);
            assertFalse(v.intact());
            assertEquals(4L, v.brokenAt(), "its MAC, under a key outside the database, no longer matches");
            assertTrue(v.problem().contains("entry 4 was altered: its content does not match its MAC"), v.problem());
        }
    }

    @Test
    void removedEntriesAreFoundInTheMiddleAndAtTheEnd() throws SQLException {
        try (Connection c = db.connection()) {
            appendAndSeal(c, 6);
            Jdbc.update(c, "delete from audit_entry where seq = 3");
            Verification middle = AuditLog.verify(c);
            assertEquals(3L, middle.brokenAt());
            assertTrue(middle.problem().contains("entry 3 is missing"), middle.problem());
        }
        try (Connection c = new TestDatabase().connection()) {
            appendAndSeal(c, 6);
            Jdbc.update(c, "delete from audit_entry where seq = 6");
            Verification end = AuditLog.verify(c);
            assertFalse(end.intact());
            assertEquals(6L, end.brokenAt());
            assertTrue(end.problem().contains("the last entries are missing"), end.problem());
        }
    }

    @Test
    void theHashCoversEveryFieldAndThePreviousHash() {
        Entry e = lookup(1);
        String h = AuditLog.hash(1, e, AuditLog.GENESIS);
        assertEquals(64, h.length());
        assertNotEquals(h, AuditLog.hash(2, e, AuditLog.GENESIS));
        assertNotEquals(h, AuditLog.hash(1, e, "1".repeat(64)));
        assertNotEquals(
                h,
                AuditLog.hash(
                        1,
                        new Entry(
                                e.at(),
                                e.actor(),
                                e.actorKind(),
                                e.agencyCode(),
                                e.action(),
                                e.target(),
                                e.purpose(),
                                null),
                        AuditLog.GENESIS));
        assertNotEquals(
                h,
                AuditLog.hash(
                        1,
                        new Entry(
                                e.at(),
                                e.actor(),
                                ActorKind.USER,
                                e.agencyCode(),
                                e.action(),
                                e.target(),
                                e.purpose(),
                                e.detail()),
                        AuditLog.GENESIS));
        // the documented canonical form, recomputed here without the production code's JSON writer
        String canonical = "[1,\"2026-11-23T09:30:16.123\",\"tax-client\",\"CLIENT\",\"STA\",\"credit.lookup\","
                + "\"91350100M000100Y43\",\"invoice check 1\",\"model 1\",\"" + AuditLog.GENESIS + "\"]";
        assertEquals(org.credence.inspection.entity.DrawSeed.sha256Hex(canonical), h);
    }

    @Test
    void administrativeChangesNameTheUsersAgencyOrTheSystem() throws SQLException {
        try (Connection c = db.connection()) {
            Jdbc.update(
                    c,
                    "insert into app_user (id, username, password_hash, agency_id, enabled, created_at)"
                            + " values (77, 'cac-admin', 'x', 2, true, ?)",
                    AT);
            AuditLog.appendForCaller(c, AT, "cac-admin", "inspection-item.create", "CAC-PI-01");
            AuditLog.appendForCaller(c, AT, "system", "credit-run.start", "42");
            AuditLog.seal(c);
            List<AuditLog.Sealed> entries = AuditLog.entries(c, null, Long.MAX_VALUE, 10);
            assertEquals(ActorKind.SYSTEM, entries.get(0).entry().actorKind());
            assertNull(entries.get(0).entry().agencyCode());
            assertEquals(ActorKind.USER, entries.get(1).entry().actorKind());
            assertEquals("CAC", entries.get(1).entry().agencyCode());
            assertEquals("CAC-PI-01", entries.get(1).entry().target());
            assertTrue(AuditLog.verify(c).intact());
        }
    }

    @Test
    void entriesArePagedNewestFirstAndFilteredByActorAgencyActionTargetAndChinasDays() throws SQLException {
        try (Connection c = db.connection()) {
            // 16:30 UTC on 23 November is 00:30 on 24 November in China
            LocalDateTime evening = LocalDateTime.of(2026, 11, 23, 16, 30);
            AuditLog.appendAll(
                    c,
                    List.of(
                            new Entry(
                                    evening.minusHours(1),
                                    "tax-client",
                                    ActorKind.CLIENT,
                                    "STA",
                                    "credit.lookup",
                                    "91350100M000100Y43",
                                    null,
                                    null),
                            new Entry(
                                    evening,
                                    "tax-client",
                                    ActorKind.CLIENT,
                                    "STA",
                                    "credit.batch-lookup",
                                    null,
                                    null,
                                    null),
                            new Entry(
                                    evening.plusMinutes(1),
                                    "samr-admin",
                                    ActorKind.USER,
                                    "SAMR",
                                    "business.register",
                                    "91110000600037341L 北京测试",
                                    null,
                                    null),
                            new Entry(
                                    evening.plusMinutes(2),
                                    "samr-admin",
                                    ActorKind.USER,
                                    "SAMR",
                                    "credit.lookup",
                                    "91110000600037341L",
                                    null,
                                    null),
                            new Entry(
                                    evening.plusMinutes(3),
                                    "50%_off",
                                    ActorKind.USER,
                                    null,
                                    "credit.lookup",
                                    "9111%",
                                    null,
                                    null)));
            AuditLog.seal(c);
            c.commit();

            assertEquals(List.of(5L, 4L), seqs(c, AuditFilter.NONE, 0, 2));
            assertEquals(List.of(3L, 2L), seqs(c, AuditFilter.NONE, 2, 2));
            assertEquals(List.of(1L), seqs(c, AuditFilter.NONE, 4, 2));
            assertEquals(5, AuditLog.count(c, AuditFilter.NONE, 100));
            assertEquals(3, AuditLog.count(c, AuditFilter.NONE, 3), "counted up to the cap only");

            assertEquals(List.of(2L, 1L), seqs(c, new AuditFilter("tax-client", null, null, null, null, null), 0, 10));
            assertEquals(List.of(4L, 3L), seqs(c, new AuditFilter(null, "SAMR", null, null, null, null), 0, 10));
            assertEquals(
                    List.of(5L, 4L, 1L),
                    seqs(c, new AuditFilter(null, null, "credit.lookup", null, null, null), 0, 10));
            assertEquals(
                    List.of(5L, 4L, 2L, 1L), seqs(c, new AuditFilter(null, null, "credit.", null, null, null), 0, 10));
            assertEquals(
                    List.of(4L, 3L),
                    seqs(c, new AuditFilter(null, null, null, " 91110000600037341L ", null, null), 0, 10),
                    "a target by its beginning");
            assertEquals(
                    List.of(5L),
                    seqs(c, new AuditFilter(null, null, null, "9111%", null, null), 0, 10),
                    "% and _ are letters, not wildcards");
            assertEquals(List.of(5L), seqs(c, new AuditFilter("50%_off", null, null, null, null, null), 0, 10));
            java.time.LocalDate nov23 = java.time.LocalDate.of(2026, 11, 23);
            assertEquals(
                    List.of(1L),
                    seqs(c, new AuditFilter(null, null, null, null, nov23, nov23), 0, 10),
                    "the 23rd in China ends at 16:00 UTC");
            assertEquals(
                    List.of(5L, 4L, 3L, 2L),
                    seqs(c, new AuditFilter(null, null, null, null, nov23.plusDays(1), null), 0, 10));
            assertEquals(
                    2,
                    AuditLog.count(
                            c,
                            new AuditFilter("samr-admin", "SAMR", "", "  ", nov23.plusDays(1), nov23.plusDays(1)),
                            100),
                    "blank parts filter nothing");
        }
    }

    private static List<Long> seqs(Connection c, AuditFilter filter, int offset, int limit) throws SQLException {
        return AuditLog.entries(c, filter, offset, limit).stream()
                .map(AuditLog.Sealed::seq)
                .toList();
    }

    @Test
    void anEntryThatCannotBeStoredIsRefusedBeforeItIsWritten() {
        AuditLog.check(lookup(1));
        Entry longPurpose =
                new Entry(AT, "samr-admin", ActorKind.USER, "SAMR", "credit.lookup", null, "x".repeat(501), null);
        AuditEntryTooLargeException tooLarge = org.junit.jupiter.api.Assertions.assertThrows(
                AuditEntryTooLargeException.class, () -> AuditLog.check(longPurpose));
        assertEquals(413, tooLarge.status());
        assertEquals("Purpose", tooLarge.errors().get(0).field());
        Entry longDetail = new Entry(
                AT, "samr-admin", ActorKind.USER, "SAMR", "credit.batch-lookup", null, null, "x".repeat(40_001));
        assertEquals(
                413,
                org.junit.jupiter.api.Assertions.assertThrows(
                                AuditEntryTooLargeException.class, () -> AuditLog.check(longDetail))
                        .status());
        Entry nul = new Entry(AT, "samr-admin", ActorKind.USER, "SAMR", "credit.lookup", null, "check\u0000", null);
        assertEquals(
                400,
                org.junit.jupiter.api.Assertions.assertThrows(
                                org.credence.platform.InvalidRequestException.class, () -> AuditLog.check(nul))
                        .status());
        // a refusal is recorded all the same, cut to fit
        Entry bounded = longPurpose.bounded();
        AuditLog.check(bounded);
        assertEquals(500, bounded.purpose().length());
        assertTrue(bounded.purpose().endsWith("\u2026"));
        AuditLog.check(nul.bounded());
        assertEquals("check\ufffd", nul.bounded().purpose());
    }
}
