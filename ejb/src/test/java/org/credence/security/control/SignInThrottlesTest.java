package org.credence.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.credence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class SignInThrottlesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 8, 0);

    @Test
    void failuresCountedByOneServerHoldBackTheNextSignInOnAnother() throws SQLException {
        TestDatabase db = new TestDatabase();
        String key = SignInThrottles.userKey(" SAMR-Admin ");
        assertEquals("user:samr-admin", key);
        // two servers: two connections to the one database
        try (Connection first = db.dataSource().getConnection();
                Connection second = db.dataSource().getConnection()) {
            for (int i = 0; i < 5; i++) {
                SignInThrottles.failed(
                        i % 2 == 0 ? first : second, key, NOW.plusNanos(i * 1_000_000L), SignInThrottle.FREE_PER_USER);
            }
            SignInThrottle.State seen = SignInThrottles.find(second, key);
            assertEquals(5, seen.failures());
            assertTrue(SignInThrottle.secondsToWait(seen, NOW) > 0);
            SignInThrottles.succeeded(first, key);
            assertNull(SignInThrottles.find(second, key));
        }
    }

    @Test
    void rowsOfLongAgoAreForgotten() throws SQLException {
        TestDatabase db = new TestDatabase();
        try (Connection c = db.dataSource().getConnection()) {
            SignInThrottles.failed(c, SignInThrottles.addressKey("203.0.113.9"), NOW, SignInThrottle.FREE_PER_ADDRESS);
            assertEquals(0, SignInThrottles.forgetBefore(c, NOW.minusHours(1)));
            assertEquals(1, SignInThrottles.forgetBefore(c, NOW.plusDays(1)));
        }
    }
}
