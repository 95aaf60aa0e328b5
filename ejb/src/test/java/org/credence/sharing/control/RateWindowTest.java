package org.credence.sharing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        assertEquals(LocalDateTime.of(2026, 11, 23, 10, 10), RateWindow.windowStart(T.withMinute(14), Duration.ofMinutes(5)));
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
            assertEquals(1, RateWindow.hit(c, "client:a", 0, MINUTE, T.plusSeconds(77).plusNanos(500_000_000)),
                    "at least a second");
        }
    }
}
