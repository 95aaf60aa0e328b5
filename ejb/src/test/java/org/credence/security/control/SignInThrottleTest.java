package org.credence.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 8, 0);

    @Test
    void theFirstFailuresAreFreeThenEachOneDoublesTheWaitUpToFifteenMinutes() {
        assertEquals(Duration.ZERO, SignInThrottle.waitAfter(4, 5));
        assertEquals(Duration.ofSeconds(1), SignInThrottle.waitAfter(5, 5));
        assertEquals(Duration.ofSeconds(2), SignInThrottle.waitAfter(6, 5));
        assertEquals(Duration.ofSeconds(64), SignInThrottle.waitAfter(11, 5));
        assertEquals(Duration.ofMinutes(15), SignInThrottle.waitAfter(30, 5));
        assertEquals(Duration.ofMinutes(15), SignInThrottle.waitAfter(Integer.MAX_VALUE, 5));
    }

    @Test
    void thirtyWrongPasswordsInARowAreHeldBack() {
        SignInThrottle.State state = null;
        LocalDateTime at = NOW;
        for (int i = 0; i < 30; i++) {
            state = SignInThrottle.failed(state, at, SignInThrottle.FREE_PER_USER);
            at = at.plusSeconds(1);
        }
        assertEquals(30, state.failures());
        assertEquals(900, SignInThrottle.secondsToWait(state, state.lastFailure()));
        assertEquals(0, SignInThrottle.secondsToWait(state, state.lastFailure().plusMinutes(15)));
    }

    @Test
    void theWaitIsRoundedUpToWholeSecondsAndFailuresOfLongAgoNoLongerCount() {
        SignInThrottle.State blocked = new SignInThrottle.State(6, NOW, NOW.plusSeconds(2));
        assertEquals(2, SignInThrottle.secondsToWait(blocked, NOW));
        assertEquals(1, SignInThrottle.secondsToWait(blocked, NOW.plusNanos(1_500_000_000L)));
        SignInThrottle.State later = SignInThrottle.failed(blocked, NOW.plusDays(2), SignInThrottle.FREE_PER_USER);
        assertEquals(1, later.failures());
        assertNull(later.blockedUntil());
    }
}
