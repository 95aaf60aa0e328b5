package org.credence.sharing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import org.credence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class RateWindowTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 23, 10, 15, 42);

    @Test
    void windowsAreWholeMinutes() {
        assertEquals(LocalDateTime.of(2026, 11, 23, 10, 15), RateWindow.windowStart(T, MINUTE));
        assertEquals(LocalDateTime.of(2026, 11, 23, 10, 15), RateWindow.windowStart(T.withSecond(0), MINUTE));
        assertEquals(LocalDateTime.of(2026, 11, 23, 10, 15), RateWindow.windowStart(T, Duration.ofMinutes(5)));
        assertEquals(
                LocalDateTime.of(2026, 11, 23, 10, 10),
                RateWindow.windowStart(T.withMinute(14), Duration.ofMinutes(5)));
    }

    @Test
    void theRequestAfterTheLimitWaitsForTheNextWindowAndEachBucketCountsAlone() throws SQLException {
        try (Connection c = new TestDatabase().connection()) {
            for (int i = 1; i <= 3; i++) {
                assertEquals(0, RateWindow.hit(c, "client:a", 3, MINUTE, T), "request " + i);
            }
            assertEquals(18, RateWindow.hit(c, "client:a", 3, MINUTE, T), "18 s to the next minute");
            assertEquals(0, RateWindow.hit(c, "client:b", 3, MINUTE, T), "another bucket");
            assertEquals(0, RateWindow.hit(c, "client:a", 3, MINUTE, T.plusSeconds(18)), "a new window");
            assertEquals(
                    1,
                    RateWindow.hit(c, "client:a", 0, MINUTE, T.plusSeconds(77).plusNanos(500_000_000)),
                    "at least a second");
        }
    }

    @Test
    void aLeaseTakesSeveralRequestsAtOnceAndTheWindowNeverGrantsMoreThanItsLimit() throws SQLException {
        try (Connection c = new TestDatabase().connection()) {
            assertEquals(new RateWindow.Grant(4, 0), RateWindow.lease(c, "client:a", 10, 4, MINUTE, T), "server 1");
            assertEquals(new RateWindow.Grant(4, 0), RateWindow.lease(c, "client:a", 10, 4, MINUTE, T), "server 2");
            assertEquals(
                    new RateWindow.Grant(2, 0),
                    RateWindow.lease(c, "client:a", 10, 4, MINUTE, T),
                    "the rest of the room");
            assertEquals(new RateWindow.Grant(0, 18), RateWindow.lease(c, "client:a", 10, 4, MINUTE, T), "spent");
            assertEquals(18, RateWindow.hit(c, "client:a", 10, MINUTE, T), "a single request too");
            assertEquals(
                    new RateWindow.Grant(4, 0),
                    RateWindow.lease(c, "client:a", 10, 4, MINUTE, T.plusSeconds(18)),
                    "a new window");
        }
    }

    @Test
    void aServerHandsOutItsLeaseInItsWindowOnly() {
        RateLeases leases = new RateLeases();
        LocalDateTime window = RateWindow.windowStart(T, MINUTE);
        assertFalse(leases.take("client:a", window), "nothing leased yet");
        leases.add("client:a", window, 2);
        leases.add("client:a", window, 1);
        assertTrue(leases.take("client:a", window));
        assertTrue(leases.take("client:a", window));
        assertTrue(leases.take("client:a", window));
        assertFalse(leases.take("client:a", window), "three leased, three handed out");
        leases.add("client:a", window, 5);
        assertFalse(leases.take("client:a", window.plusMinutes(1)), "what is left of a window ends with it");
        assertFalse(leases.take("client:b", window), "each bucket alone");
        leases.add("client:a", window.plusMinutes(1), 1);
        leases.add("client:a", window, 7);
        assertFalse(leases.take("client:a", window), "a late lease of an older window does not replace the newer one");
        assertTrue(leases.take("client:a", window.plusMinutes(1)));
    }

    @Test
    void leasesAreSmallEnoughThatSmallLimitsStayExact() {
        assertEquals(1, RateLeases.leaseSize(60), "public addresses: every request asks the database");
        assertEquals(3, RateLeases.leaseSize(300));
        assertEquals(60, RateLeases.leaseSize(6000), "the default client limit");
        assertEquals(100, RateLeases.leaseSize(1_000_000_000), "never more than 100 at once");
        assertEquals(1, RateLeases.leaseSize(0));
    }
}
