package org.credence.validation.control;

import java.util.Arrays;

/**
 * The weighted area under the ROC curve (validation-v1), a lower value meaning riskier:
 * {@code sum over hits i, cleans j of w_i w_j ([s_i < s_j] + 0.5 [s_i = s_j]) / (sum_hits w_i * sum_cleans w_j)},
 * computed by sorting, never by the double loop. Undefined (null) without at least one hit and one
 * clean observation.
 */
public final class WeightedAuc {

    private WeightedAuc() {
    }

    /**
     * The AUC of {@code values} (lower riskier) against {@code hits}, each pair weighted by the
     * product of the two {@code weights}; null when there is no hit or no clean observation.
     */
    public static Double of(double[] values, boolean[] hits, double[] weights) {
        int n = values.length;
        if (hits.length != n || weights.length != n) {
            throw new IllegalArgumentException("values, hits and weights differ in length");
        }
        // the distinct values in order, by a primitive sort; -0.0 is 0.0, as = says
        double[] distinct = new double[n];
        for (int t = 0; t < n; t++) {
            distinct[t] = values[t] + 0.0;
        }
        Arrays.sort(distinct);
        int groups = 0;
        for (int t = 0; t < n; t++) {
            if (groups == 0 || distinct[t] != distinct[groups - 1]) {
                distinct[groups++] = distinct[t];
            }
        }
        double[] groupHits = new double[groups];
        double[] groupCleans = new double[groups];
        double hitWeight = 0;
        double cleanWeight = 0;
        for (int t = 0; t < n; t++) {
            int g = Arrays.binarySearch(distinct, 0, groups, values[t] + 0.0);
            if (hits[t]) {
                groupHits[g] += weights[t];
                hitWeight += weights[t];
            } else {
                groupCleans[g] += weights[t];
                cleanWeight += weights[t];
            }
        }
        // from the highest value down, so that the cleans above a group are all summed when it is reached
        double cleansAbove = 0;
        double numerator = 0;
        for (int g = groups - 1; g >= 0; g--) {
            numerator += groupHits[g] * (cleansAbove + 0.5 * groupCleans[g]);
            cleansAbove += groupCleans[g];
        }
        if (hitWeight == 0 || cleanWeight == 0) {
            return null;
        }
        return numerator / (hitWeight * cleanWeight);
    }

    /** {@code Gini = 2 * AUC - 1}; null when the AUC is undefined. */
    public static Double gini(Double auc) {
        return auc == null ? null : 2 * auc - 1;
    }
}
