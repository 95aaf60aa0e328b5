package org.credence.validation.control;

import java.util.ArrayList;
import java.util.List;
import org.credence.credit.entity.Grade;
import org.credence.validation.control.ValidationReport.Coverage;
import org.credence.validation.control.ValidationReport.GradeFigures;
import org.credence.validation.control.ValidationReport.Inversion;

/**
 * Computes the validation-v1 report from a period's observations, the strata of the draws they came
 * from and the model's full runs: per grade the hit rate with its Wilson interval and lift, the Hajek
 * prevalence, monotonicity, the weighted AUC and Gini of score and grade, and the PSI between runs.
 */
public final class ModelValidation {

    private static final int GRADES = Grade.values().length;

    private ModelValidation() {}

    /**
     * The report.
     *
     * @param targets every drawn target with a result in the period, NOT_REACHABLE and REFUSED included
     * @param draws   the draws of the period (those the targets come from, and any other of the model's
     *                draws in the period), for the grades that had members but were never drawn
     * @param runs    the model's full runs, oldest first
     */
    public static ValidationReport report(
            List<Observation> targets, List<DrawStrata> draws, List<PopulationStability.Run> runs) {
        long[] members = new long[GRADES];
        long[] selected = new long[GRADES];
        for (DrawStrata draw : draws) {
            for (int g = 0; g < GRADES; g++) {
                members[g] += draw.pool()[g];
                selected[g] += draw.selected()[g];
            }
        }
        long[] observations = new long[GRADES];
        long[] hits = new long[GRADES];
        long[] notReachable = new long[GRADES];
        long[] refused = new long[GRADES];
        List<Observation> observed = new ArrayList<>(targets.size());
        double weightedHits = 0;
        double weightSum = 0;
        for (Observation t : targets) {
            int g = t.grade().ordinal();
            switch (t.outcome()) {
                case NOT_REACHABLE -> notReachable[g]++;
                case REFUSED -> refused[g]++;
                default -> {
                    observed.add(t);
                    observations[g]++;
                    weightSum += t.weight();
                    if (t.hit()) {
                        hits[g]++;
                        weightedHits += t.weight();
                    }
                }
            }
        }
        Double prevalence = weightSum > 0 ? weightedHits / weightSum : null;

        List<GradeFigures> grades = new ArrayList<>(GRADES);
        for (Grade grade : Grade.values()) {
            int g = grade.ordinal();
            Double rate = null;
            WilsonInterval interval = null;
            Double lift = null;
            Coverage coverage;
            if (observations[g] > 0) {
                rate = (double) hits[g] / observations[g];
                interval = WilsonInterval.of(hits[g], observations[g]);
                lift = prevalence != null && prevalence > 0 ? rate / prevalence : null;
                coverage = Coverage.OBSERVED;
            } else if (selected[g] > 0 || notReachable[g] + refused[g] > 0) {
                coverage = Coverage.NO_FINDINGS;
            } else if (members[g] > 0) {
                coverage = Coverage.NEVER_DRAWN;
            } else {
                coverage = Coverage.NO_MEMBERS;
            }
            grades.add(new GradeFigures(
                    grade,
                    members[g],
                    selected[g],
                    observations[g],
                    hits[g],
                    notReachable[g],
                    refused[g],
                    rate,
                    interval,
                    lift,
                    coverage));
        }

        List<Inversion> inversions = new ArrayList<>();
        for (GradeFigures better : grades) {
            for (GradeFigures worse : grades) {
                if (better.grade().compareTo(worse.grade()) < 0
                        && better.rate() != null
                        && worse.rate() != null
                        && better.rate() > worse.rate()) {
                    inversions.add(new Inversion(
                            better.grade(),
                            worse.grade(),
                            better.rate(),
                            worse.rate(),
                            !better.interval().overlaps(worse.interval())));
                }
            }
        }

        int n = observed.size();
        double[] scores = new double[n];
        double[] gradeValues = new double[n];
        boolean[] y = new boolean[n];
        double[] w = new double[n];
        for (int k = 0; k < n; k++) {
            Observation t = observed.get(k);
            scores[k] = t.score();
            gradeValues[k] = riskRank(t.grade());
            y[k] = t.hit();
            w[k] = t.weight();
        }
        Double scoreAuc = WeightedAuc.of(scores, y, w);
        Double gradeAuc = WeightedAuc.of(gradeValues, y, w);
        long allHits = 0;
        for (long h : hits) {
            allHits += h;
        }
        return new ValidationReport(
                List.copyOf(grades),
                n,
                allHits,
                n - allHits,
                prevalence,
                inversions.isEmpty(),
                List.copyOf(inversions),
                scoreAuc,
                WeightedAuc.gini(scoreAuc),
                gradeAuc,
                WeightedAuc.gini(gradeAuc),
                PopulationStability.series(runs));
    }

    /** A grade as a value in which lower is riskier, as a score is: D 0, C 1, B 2, A 3. */
    static double riskRank(Grade grade) {
        return GRADES - 1 - grade.ordinal();
    }
}
