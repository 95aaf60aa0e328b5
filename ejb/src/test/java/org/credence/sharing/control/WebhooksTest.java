package org.credence.sharing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.credence.changes.control.Change;
import org.credence.changes.control.ChangeLogWriter;
import org.credence.changes.entity.ChangeKind;
import org.credence.platform.jdbc.Jdbc;
import org.credence.sharing.control.Webhooks.Due;
import org.credence.sharing.entity.Agreement;
import org.credence.sharing.entity.Delivery;
import org.credence.testing.TestClients;
import org.credence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class WebhooksTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final Duration BASE = Duration.ofSeconds(30);
    private static final Duration CAP = Duration.ofHours(1);
    // the subscriptions' agreement opens LISTS only: the grade change is never theirs

    private final TestDatabase db = new TestDatabase();

    @Test
    void theSignatureIsTheHmacSha256OfTheBody() {
        // the well-known HMAC-SHA256 example
        assertEquals(
                "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
                Webhooks.signature("key", "The quick brown fox jumps over the lazy dog"));
    }

    @Test
    void backoffDoublesFromTheBaseUpToTheCap() {
        assertEquals(
                List.of(30L, 60L, 120L, 240L, 480L, 960L, 1920L, 3600L, 3600L),
                java.util.stream.IntStream.rangeClosed(1, 9)
                        .mapToObj(n -> Webhooks.backoff(n, BASE, CAP).toSeconds())
                        .toList());
    }

    @Test
    void onlyAbsoluteHttpUrlsWithAHostAreTargets() {
        assertNull(Webhooks.urlProblem("https://gateway.tax.example/credence/hooks?x=1"));
        assertNull(Webhooks.urlProblem("http://10.1.2.3:8443/hook"));
        for (String bad : new String[] {
            null,
            "",
            "ftp://x.example/hook",
            "file:///etc/passwd",
            "/relative/hook",
            "https://user:pw@x.example/hook",
            "javascript:alert(1)",
            "https://x.example/hook#frag",
            "http:///nohost"
        }) {
            assertNotNull(Webhooks.urlProblem(bad), String.valueOf(bad));
        }
    }

    private long subscription(Connection c, String status, Set<String> kinds) throws SQLException {
        long client = TestClients.insert(c, "spb-" + System.nanoTime(), "post gateway", 5, "hash", NOW, "admin");
        TestClients.putAgreement(
                c, client, new Agreement("DSA-1", EnumSet.of(Agreement.Part.LISTS), List.of(1L), null), NOW, "admin");
        long id = TestClients.subscribe(c, client, "http://localhost:1/hook", kinds, "secret", NOW, "admin");
        if (!"PENDING".equals(status)) {
            TestClients.decide(c, id, status, NOW, "admin");
        }
        return id;
    }

    private void change(Connection c, long business, ChangeKind kind) throws SQLException {
        ChangeLogWriter.append(c, List.of(new Change(business, "91350100M000100Y43", kind, 7, 1, NOW)));
    }

    @Test
    void eachChangeBecomesOneDeliveryPerApprovedSubscriptionThatMaySeeItOnce() throws SQLException {
        try (Connection c = db.connection()) {
            long approved = subscription(c, "APPROVED", Set.of("LIST_ENTERED", "LIST_REMOVED", "GRADE_CHANGED"));
            long pending = subscription(c, "PENDING", Set.of("LIST_ENTERED"));
            long otherKinds = subscription(c, "APPROVED", Set.of("LIST_REMOVED"));
            change(c, 1, ChangeKind.LIST_ENTERED);
            change(c, 1, ChangeKind.GRADE_CHANGED);
            change(c, 2, ChangeKind.LIST_REMOVED);

            assertEquals(3, Webhooks.enqueue(c, TODAY, NOW));
            assertEquals(0, Webhooks.enqueue(c, TODAY, NOW), "the cursor moved past them: nothing twice");
            c.commit();

            List<Delivery> mine = Webhooks.deliveries(c, approved, null, 10);
            assertEquals(
                    List.of("LIST_REMOVED", "LIST_ENTERED"),
                    mine.stream().map(Delivery::kind).toList(),
                    "the grade change is not visible to it");
            assertTrue(Webhooks.deliveries(c, pending, null, 10).isEmpty(), "not approved: nothing queued");
            assertEquals(
                    List.of("LIST_REMOVED"),
                    Webhooks.deliveries(c, otherKinds, null, 10).stream()
                            .map(Delivery::kind)
                            .toList());
            Delivery entered = mine.get(1);
            assertEquals("credence-" + approved + "-" + entered.changeSeq(), entered.idempotencyKey());
            assertTrue(entered.payload().contains("\"kind\":\"LIST_ENTERED\""), entered.payload());
            assertTrue(entered.payload().contains("\"uscc\":\"91350100M000100Y43\""), entered.payload());
            assertEquals(3, Webhooks.due(c, NOW, 10).size());
        }
    }

    @Test
    void failuresWaitLongerEachTimeThenDieAndAReplaySendsThemAgain() throws SQLException {
        try (Connection c = db.connection()) {
            long sub = subscription(c, "APPROVED", Set.of("LIST_ENTERED"));
            change(c, 3, ChangeKind.LIST_ENTERED);
            Webhooks.enqueue(c, TODAY, NOW);
            LocalDateTime t = NOW;
            for (int attempt = 1; attempt <= 3; attempt++) {
                List<Due> due = Webhooks.due(c, t, 10);
                assertEquals(1, due.size(), "attempt " + attempt);
                Webhooks.failed(c, due.get(0), 503, "the receiver answered 503", t, 4, BASE, CAP);
                LocalDateTime next = Webhooks.deliveries(c, sub, null, 1).get(0).nextAttemptAt();
                assertEquals(t.plus(BASE.multipliedBy(1L << (attempt - 1))), next);
                assertTrue(Webhooks.due(c, next.minusSeconds(1), 10).isEmpty(), "not before the backoff");
                t = next;
            }
            Due last = Webhooks.due(c, t, 10).get(0);
            Webhooks.failed(c, last, null, "ConnectException: refused", t, 4, BASE, CAP);
            Delivery dead = Webhooks.deliveries(c, sub, "DEAD", 10).get(0);
            assertEquals(4, dead.attempts());
            assertEquals("ConnectException: refused", dead.lastError());
            assertTrue(Webhooks.due(c, t.plusDays(1), 10).isEmpty(), "a dead letter is not sent again by itself");

            assertTrue(Webhooks.replay(c, dead.id(), t.plusHours(2)));
            assertFalse(Webhooks.replay(c, dead.id(), t.plusHours(2)), "only a dead letter is replayed");
            Due again = Webhooks.due(c, t.plusHours(2), 10).get(0);
            assertEquals(0, again.attempts());
            Webhooks.delivered(c, again.id(), 204, t.plusHours(2));
            Delivery done = Webhooks.delivery(c, again.id());
            assertEquals("DELIVERED", done.status());
            assertEquals(204, done.lastStatus());
        }
    }

    @Test
    void deliveriesStartWithTheFirstChangeAfterTheApproval() throws SQLException {
        try (Connection c = db.connection()) {
            long sub = subscription(c, "PENDING", Set.of("LIST_ENTERED"));
            change(c, 5, ChangeKind.LIST_ENTERED);
            TestClients.decide(c, sub, "APPROVED", NOW, "admin");
            change(c, 6, ChangeKind.LIST_ENTERED);
            TestClients.decide(c, sub, "SUSPENDED", NOW, "admin");
            TestClients.decide(c, sub, "APPROVED", NOW, "admin");
            change(c, 7, ChangeKind.LIST_ENTERED);
            Webhooks.enqueue(c, TODAY, NOW);
            List<Long> seqs = Webhooks.deliveries(c, sub, null, 10).stream()
                    .map(Delivery::changeSeq)
                    .toList();
            long first = Jdbc.one(c, "select min(seq) from change_log", rs -> rs.getLong(1));
            assertEquals(
                    List.of(first + 2, first + 1),
                    seqs,
                    "not the change before the approval; a re-approval keeps the start");
        }
    }

    @Test
    void aSuspendedSubscriptionsDeliveriesWait() throws SQLException {
        try (Connection c = db.connection()) {
            long sub = subscription(c, "APPROVED", Set.of("LIST_ENTERED"));
            change(c, 4, ChangeKind.LIST_ENTERED);
            Webhooks.enqueue(c, TODAY, NOW);
            TestClients.decide(c, sub, "SUSPENDED", NOW, "admin");
            change(c, 8, ChangeKind.LIST_ENTERED);
            Webhooks.enqueue(c, TODAY, NOW);
            assertEquals(2, Webhooks.deliveries(c, sub, "PENDING", 10).size(), "queued while suspended");
            assertTrue(Webhooks.due(c, NOW, 10).isEmpty());
            TestClients.decide(c, sub, "APPROVED", NOW, "admin");
            assertEquals(2, Webhooks.due(c, NOW, 10).size());
        }
    }
}
