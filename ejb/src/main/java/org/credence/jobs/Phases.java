package org.credence.jobs;

import java.time.Instant;
import java.util.Date;

/**
 * When a job that repeats every few seconds fires: on a grid of its interval counted from the epoch, shifted by
 * a phase, a fraction of the interval. The frequent jobs are all put in place at the same start; started at that
 * moment they fired in the same instant on two cores (the change-driven rescoring and the joint measures then
 * evaluated the same businesses at once, each waiting for the other's lock). Each node computes the same grid,
 * so a node that starts later finds the stored trigger on it and keeps it.
 */
final class Phases {

    private Phases() {}

    /** The first instant at or after {@code now} on the grid of {@code intervalSeconds} shifted by {@code phase}. */
    static Date firstFiring(Instant now, int intervalSeconds, double phase) {
        if (intervalSeconds <= 0 || phase < 0 || phase >= 1) {
            throw new IllegalArgumentException("interval " + intervalSeconds + " s, phase " + phase);
        }
        long interval = intervalSeconds * 1000L;
        long offset = offset(intervalSeconds, phase);
        long at = now.toEpochMilli();
        long first = Math.floorDiv(at - offset, interval) * interval + offset;
        return new Date(first < at ? first + interval : first);
    }

    /** Where in an interval of {@code intervalMillis} a firing at {@code firing} falls, in milliseconds. */
    static long phaseOf(Date firing, long intervalMillis) {
        return Math.floorMod(firing.getTime(), intervalMillis);
    }

    /** The phase's offset into the interval, in whole milliseconds. */
    private static long offset(int intervalSeconds, double phase) {
        return Math.round(intervalSeconds * 1000L * phase);
    }
}
