package org.credence.validation.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.credence.credit.entity.Grade;

/**
 * The population stability index between two full runs' grade distributions (validation-v1): shares
 * of A, B, C, D, each floored at 0.0001, {@code PSI = sum_g (p_g - q_g) ln(p_g / q_g)}. Below 0.1
 * stable, 0.1 to 0.25 shifting, above 0.25 shifted.
 */
public final class PopulationStability {

    public static final double FLOOR = 0.0001;

    /** How far a distribution moved. */
    public enum Band {
        STABLE,
        SHIFTING,
        SHIFTED;

        public static Band of(double psi) {
            return psi < 0.1 ? STABLE : psi <= 0.25 ? SHIFTING : SHIFTED;
        }
    }

    /** A full run (its as-of date) and its grade distribution: how many businesses it graded A, B, C and D. */
    public record Run(long id, LocalDate asOf, long[] counts) {

        public Run {
            Objects.requireNonNull(asOf, "asOf");
            counts = counts.clone();
            if (counts.length != Grade.values().length) {
                throw new IllegalArgumentException("one count per grade");
            }
        }

        @Override
        public long[] counts() {
            return counts.clone();
        }

        public long total() {
            long total = 0;
            for (long c : counts) {
                total += c;
            }
            return total;
        }
    }

    /** A run against the one before it; psi and band null when either graded nobody. */
    public record Shift(Run run, Run previous, Double psi, Band band) {}

    private PopulationStability() {}

    /** The shares of a distribution, each floored at 0.0001 (and not renormalised, as the method says). */
    public static double[] shares(long[] counts) {
        long total = 0;
        for (long c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("a count is never negative");
            }
            total += c;
        }
        if (total == 0) {
            throw new IllegalArgumentException("a distribution of nobody has no shares");
        }
        double[] shares = new double[counts.length];
        for (int g = 0; g < counts.length; g++) {
            shares[g] = Math.max(FLOOR, (double) counts[g] / total);
        }
        return shares;
    }

    /** The PSI of two distributions given as counts per grade. */
    public static double psi(long[] p, long[] q) {
        if (p.length != q.length) {
            throw new IllegalArgumentException("the distributions differ in length");
        }
        double[] ps = shares(p);
        double[] qs = shares(q);
        double psi = 0;
        for (int g = 0; g < ps.length; g++) {
            psi += (ps[g] - qs[g]) * Math.log(ps[g] / qs[g]);
        }
        return psi;
    }

    /** Each run, in the given order (oldest first), against the one before it; the first has none. */
    public static List<Shift> series(List<Run> runs) {
        List<Shift> shifts = new ArrayList<>(Math.max(0, runs.size() - 1));
        for (int k = 1; k < runs.size(); k++) {
            Run run = runs.get(k);
            Run previous = runs.get(k - 1);
            if (run.total() == 0 || previous.total() == 0) {
                shifts.add(new Shift(run, previous, null, null));
            } else {
                double psi = psi(run.counts(), previous.counts());
                shifts.add(new Shift(run, previous, psi, Band.of(psi)));
            }
        }
        return shifts;
    }
}
