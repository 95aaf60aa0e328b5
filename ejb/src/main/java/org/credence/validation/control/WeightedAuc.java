package org.credence.validation.control;

import java.util.Arrays;
import java.util.Comparator;

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
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // highest value first, so that the cleans above a group are all summed when it is reached
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> values[i]).reversed());
        double cleansAbove = 0;
        double hitWeight = 0;
        double cleanWeight = 0;
        double numerator = 0;
        int k = 0;
        while (k < n) {
            double value = values[order[k]];
            double groupHits = 0;
            double groupCleans = 0;
            while (k < n && values[order[k]] == value) {
                int t = order[k];
                if (hits[t]) {
                    groupHits += weights[t];
                } else {
                    groupCleans += weights[t];
                }
                k++;
            }
            numerator += groupHits * (cleansAbove + 0.5 * groupCleans);
            cleansAbove += groupCleans;
            hitWeight += groupHits;
            cleanWeight += groupCleans;
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
