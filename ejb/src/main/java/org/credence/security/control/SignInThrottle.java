package org.credence.security.control;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * How long a sign-in waits after failures in a row, for one user name or one network address: the
 * first few failures are free, then each further one doubles the wait (1 s, 2 s, 4 s ... at most
 * {@link #MAX_WAIT}). Failures older than {@link #FORGET_AFTER} no longer count.
 */
public final class SignInThrottle {

    /** Failures a user name may have in a row before its sign-ins wait. */
    public static final int FREE_PER_USER = 5;
    /** Failures an address may have in a row before its sign-ins wait (several people may share one). */
    public static final int FREE_PER_ADDRESS = 20;

    public static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    public static final Duration MAX_WAIT = Duration.ofMinutes(15);
    public static final Duration FORGET_AFTER = Duration.ofDays(1);

    /** One name's or address's failures as stored. */
    public record State(int failures, LocalDateTime lastFailure, LocalDateTime blockedUntil) {}

    private SignInThrottle() {}

    /** The wait after {@code failures} failures in a row, of which {@code free} cost nothing. */
    public static Duration waitAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = failures - free;
        if (doublings >= 30) {
            return MAX_WAIT;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    /** The state after one more failure at {@code now}. */
    public static State failed(State before, LocalDateTime now, int free) {
        int failures =
                before == null || before.lastFailure().plus(FORGET_AFTER).isBefore(now) ? 1 : before.failures() + 1;
        Duration wait = waitAfter(failures, free);
        return new State(failures, now, wait.isZero() ? null : now.plus(wait));
    }

    /** Whole seconds (rounded up) a sign-in must still wait at {@code now}; 0 when it may go ahead. */
    public static long secondsToWait(State state, LocalDateTime now) {
        if (state == null
                || state.blockedUntil() == null
                || !state.blockedUntil().isAfter(now)) {
            return 0;
        }
        long millis = Duration.between(now, state.blockedUntil()).toMillis();
        return (millis + 999) / 1000;
    }
}
