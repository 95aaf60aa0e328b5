package org.credence.sharing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.credence.audit.boundary.TestAuditWriters;
import org.credence.changes.control.Change;
import org.credence.changes.control.ChangeLogWriter;
import org.credence.changes.entity.ChangeKind;
import org.credence.platform.ChinaTime;
import org.credence.platform.jdbc.Database;
import org.credence.platform.jdbc.Jdbc;
import org.credence.security.entity.Role;
import org.credence.sharing.boundary.SharedCredit.FeedItem;
import org.credence.sharing.boundary.SharedCredit.FeedPage;
import org.credence.sharing.control.ChangeVisibility;
import org.credence.sharing.control.JointMeasures;
import org.credence.sharing.entity.Agreement;
import org.credence.sharing.entity.Agreement.Part;
import org.credence.testing.FakeSession;
import org.credence.testing.TestClients;
import org.credence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class SharedCreditTest {

    static final LocalDate T = LocalDate.of(2026, 11, 22);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);

    @Test
    void aPurposeInChineseArrivesPercentEncodedAndAsciiPassesUnchanged() {
        assertEquals(
                "增值税发票核查 case 1+1",
                SharedCredit.decoded("%E5%A2%9E%E5%80%BC%E7%A8%8E%E5%8F%91%E7%A5%A8%E6%A0%B8%E6%9F%A5%20case%201+1"));
        assertEquals("invoice check 1+1", SharedCredit.decoded("invoice check 1+1"));
        assertEquals("50% off %zz", SharedCredit.decoded("50% off %zz"), "not percent-encoding: kept as sent");
        assertNull(SharedCredit.decoded(null));
    }

    @Test
    void everyKindOfChangeIsOpenedByOnePartOrGoesByAgencyOrToNoAgency() {
        assertEquals(Part.SCORE, ChangeVisibility.partOf(ChangeKind.GRADE_CHANGED.name()));
        assertEquals(Part.LISTS, ChangeVisibility.partOf(ChangeKind.LIST_ENTERED.name()));
        assertEquals(Part.LISTS, ChangeVisibility.partOf(ChangeKind.LIST_REMOVED.name()));
        assertEquals(Part.RECORDS, ChangeVisibility.partOf(ChangeKind.RECORD_ADDED.name()));
        assertEquals(Part.RECORDS, ChangeVisibility.partOf(ChangeKind.RECORD_REVOKED.name()));
        assertEquals(Part.RECORDS, ChangeVisibility.partOf(ChangeKind.RECORD_REPAIRED.name()));
        assertEquals(Part.INSPECTIONS, ChangeVisibility.partOf(ChangeKind.INSPECTION_RESULT_PUBLISHED.name()));
        assertNull(ChangeVisibility.partOf(ChangeKind.BUSINESS_REGISTERED.name()));
        for (ChangeKind kind : ChangeKind.values()) {
            boolean measure = kind == ChangeKind.MEASURE_TRIGGERED || kind == ChangeKind.MEASURE_LIFTED;
            assertEquals(measure, ChangeVisibility.isMeasure(kind.name()), kind.name());
            if (measure) {
                assertNull(
                        ChangeVisibility.partOf(kind.name()), "no agreement part opens a measure: it goes by agency");
            }
        }
    }

    @Test
    void aMeasureChangeGoesToTheApplyingAgencyAndTheLeadAgencyOnly() {
        assertTrue(ChangeVisibility.measureFor(6L, 6, 1), "the applying agency");
        assertTrue(ChangeVisibility.measureFor(1L, 6, 1), "the lead agency");
        assertFalse(ChangeVisibility.measureFor(2L, 6, 1), "any other agency");
        assertTrue(ChangeVisibility.measureFor(null, 6, 1), "a person reads every change");
    }

    @Test
    void theFeedCarriesAMeasuresChangesWithItsCodeToTheAgenciesConcernedOnly() throws SQLException {
        TestDatabase db = new TestDatabase();
        try (Connection c = db.connection()) {
            long b = db.business(c, 1);
            String uscc = Jdbc.one(c, "select uscc from business where id = ?", rs -> rs.getString(1), b);
            long entry = db.listEntry(c, b, "SERIOUS_ILLEGAL", T.minusDays(1));
            ChangeLogWriter.append(c, List.of(new Change(b, uscc, ChangeKind.LIST_ENTERED, entry, 1, NOW)));
            JointMeasures.evaluate(c, List.of(b), T, NOW);
            client(c, "sta-system", 6);
            client(c, "samr-system", 1);
            client(c, "spb-system", 5);
            c.commit();
        }
        FeedPage sta = feed(db, "sta-system");
        assertEquals(5, sta.next());
        assertEquals(
                List.of("LIST_ENTERED", "MEASURE_TRIGGERED"),
                sta.changes().stream().map(FeedItem::kind).toList());
        assertNull(sta.changes().get(0).measure());
        assertEquals("STA-SL-TAX-CREDIT", sta.changes().get(1).measure());

        FeedPage samr = feed(db, "samr-system");
        assertEquals(
                Set.of("CAC-SL-ACCOUNT", "GACC-SL-CREDIT", "SAMR-SL-KEY-SUPERVISION", "STA-SL-TAX-CREDIT"),
                Set.copyOf(samr.changes().stream()
                        .map(FeedItem::measure)
                        .filter(m -> m != null)
                        .toList()),
                "the lead agency is sent every measure it coordinates");

        FeedPage spb = feed(db, "spb-system");
        assertEquals(
                List.of("LIST_ENTERED"),
                spb.changes().stream().map(FeedItem::kind).toList());
        assertEquals(5, spb.next(), "it passes the measures it is not sent");
    }

    /**
     * A pool of {@code size} connections whose first {@code size} takers all hold theirs at once (each waits
     * until the others have theirs); a taker that finds none left waits a little, then fails as a pool does.
     */
    private static final class FullHouse implements javax.sql.DataSource {
        private final javax.sql.DataSource database;
        private final java.util.concurrent.Semaphore free;
        private final java.util.concurrent.CountDownLatch allIn;

        FullHouse(javax.sql.DataSource database, int size) {
            this.database = database;
            this.free = new java.util.concurrent.Semaphore(size);
            this.allIn = new java.util.concurrent.CountDownLatch(size);
        }

        @Override
        public Connection getConnection() throws SQLException {
            try {
                if (!free.tryAcquire(3, java.util.concurrent.TimeUnit.SECONDS)) {
                    throw new SQLException("In-use connections equal max-pool-size and expired max-wait-time");
                }
                allIn.countDown();
                allIn.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException(e);
            }
            Connection real = database.getConnection();
            boolean[] closed = new boolean[1];
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            synchronized (closed) {
                                if (!closed[0]) {
                                    closed[0] = true;
                                    free.release();
                                }
                            }
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String user, String password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }

    @Test
    void aFullHouseOfBatchLookupsDoesNotWaitOnItselfForItsAuditEntries() throws Exception {
        TestDatabase db = new TestDatabase();
        try (Connection c = db.connection()) {
            long id = TestClients.insert(c, "sta-system", "sta-system", 6, "not a hash", NOW, "admin");
            TestClients.putAgreement(
                    c, id, new Agreement("REF-sta", Set.of(Part.SCORE), List.of(1L), null), NOW, "admin");
            c.commit();
        }
        int connections = 4;
        // even when the audit writer shares the lookups' pool, every lookup gives its connection back before it waits
        FullHouse pool = new FullHouse(db.dataSource(), connections);
        SharedCredit credit = new SharedCredit();
        credit.database = new Database(pool);
        credit.session = FakeSession.of("sta-system", Role.Names.AGENCY_CLIENT);
        credit.audit = TestAuditWriters.writingTo(pool);
        credit.limits = new RateLimits();
        credit.limits.windows = new RateWindows();
        credit.limits.windows.database = new Database(db.dataSource());
        credit.limits.perClient = 1000;
        credit.clients = new ClientDirectory();
        credit.clients.reader = TestClients.reader(db.dataSource());
        credit.clients.start();
        credit.clock = Clock.fixed(NOW.atZone(ChinaTime.ZONE).toInstant(), ChinaTime.ZONE);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(connections);
        try {
            List<java.util.concurrent.Future<SharedCredit.LookupAnswer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < connections; i++) {
                answers.add(threads.submit(() -> credit.lookup(
                        new SharedCredit.LookupRequest(List.of("91350100M000100Y43"), null, null), "invoice check")));
            }
            for (java.util.concurrent.Future<SharedCredit.LookupAnswer> a : answers) {
                assertEquals(
                        "UNKNOWN",
                        a.get(60, java.util.concurrent.TimeUnit.SECONDS)
                                .results()
                                .get(0)
                                .status());
            }
        } finally {
            threads.shutdownNow();
        }
        try (Connection c = db.connection()) {
            assertEquals(
                    Integer.valueOf(connections),
                    Jdbc.<Integer>one(
                            c,
                            "select count(*) from audit_entry" + " where action = 'credit.batch-lookup'",
                            rs -> rs.getInt(1)),
                    "every lookup audited");
        }
    }

    private static void client(Connection c, String clientId, long agencyId) throws SQLException {
        long id = TestClients.insert(c, clientId, clientId, agencyId, "not a hash", NOW, "admin");
        TestClients.putAgreement(
                c, id, new Agreement("REF-" + clientId, Set.of(Part.LISTS), List.of(1L), null), NOW, "admin");
    }

    private static FeedPage feed(TestDatabase db, String clientId) {
        return credit(db, clientId).feed(0, 100, "measures due to us");
    }

    private static SharedCredit credit(TestDatabase db, String clientId) {
        SharedCredit credit = new SharedCredit();
        credit.database = new Database(db.dataSource());
        credit.session = FakeSession.of(clientId, Role.Names.AGENCY_CLIENT);
        credit.audit = TestAuditWriters.writingTo(db.dataSource());
        credit.limits = new RateLimits();
        credit.limits.windows = new RateWindows();
        credit.limits.windows.database = new Database(db.dataSource());
        credit.limits.perClient = 1000;
        credit.clients = new ClientDirectory();
        credit.clients.reader = TestClients.reader(db.dataSource());
        credit.clients.start();
        credit.clock = Clock.fixed(NOW.atZone(ChinaTime.ZONE).toInstant(), ChinaTime.ZONE);
        return credit;
    }

    @Test
    void aRefusedOrFailedLookupIsAuditedWithItsOutcomeAndAModelOutsideTheAgreementIsRefusedBeforeAnyRead()
            throws SQLException {
        TestDatabase db = new TestDatabase();
        String uscc;
        try (Connection c = db.connection()) {
            uscc = Jdbc.one(c, "select uscc from business where id = ?", rs -> rs.getString(1), db.business(c, 1));
            long id = TestClients.insert(c, "sta-probe", "sta-probe", 6, "not a hash", NOW, "admin");
            TestClients.putAgreement(
                    c, id, new Agreement("REF-1", Set.of(Part.SCORE), List.of(1L), null), NOW, "admin");
            c.commit();
        }
        SharedCredit credit = credit(db, "sta-probe");
        // a model that does not even exist: refused for the agreement, not found out
        org.credence.platform.CredenceException refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.credence.platform.CredenceException.class, () -> credit.current(uscc, 987654L, null, "probe"));
        assertEquals(403, refused.status());
        assertTrue(refused.audited(), "the web tier writes no second entry");
        org.credence.platform.CredenceException unknown = org.junit.jupiter.api.Assertions.assertThrows(
                org.credence.platform.CredenceException.class,
                () -> credit.current("91110000600037341L", null, null, "probe"));
        assertEquals(404, unknown.status());
        org.junit.jupiter.api.Assertions.assertThrows(
                org.credence.platform.CredenceException.class, () -> credit.explanation(uscc, null, null, "probe"));
        try (Connection c = db.connection()) {
            List<String> entries = Jdbc.list(
                    c,
                    "select action || ' ' || coalesce(target, '') || ' ' || actor || ' '"
                            + " || coalesce(agency_code, '') || ' ' || coalesce(purpose, '') || ' ' || substr(detail, 1, 11)"
                            + " from audit_entry order by id",
                    rs -> rs.getString(1));
            assertEquals(
                    List.of(
                            "credit.lookup.refused " + uscc + " sta-probe STA probe refused 403",
                            "credit.lookup.failed 91110000600037341L sta-probe STA probe failed 404:",
                            "credit.explanation.refused " + uscc + " sta-probe STA probe refused 403"),
                    entries);
        }
    }

    @Test
    void webhooksOfferEveryKindAnAgencyCanSeeAndNothingElse() {
        java.util.List<String> kinds = Subscriptions.subscribable();
        assertEquals(
                java.util.List.of(
                        "RECORD_ADDED",
                        "RECORD_REVOKED",
                        "RECORD_REPAIRED",
                        "LIST_ENTERED",
                        "LIST_REMOVED",
                        "GRADE_CHANGED",
                        "INSPECTION_RESULT_PUBLISHED",
                        "MEASURE_TRIGGERED",
                        "MEASURE_LIFTED"),
                kinds);
    }
}
