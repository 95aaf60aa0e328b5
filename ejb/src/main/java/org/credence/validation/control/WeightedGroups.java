package org.credence.validation.control;

import java.util.Arrays;

/**
 * Weighted observations grouped by their distinct values, in ascending order, with each group's hit
 * weight and clean weight and the totals: what the weighted AUC and the ROC curve of validation-v1 are
 * both computed from. Tied values form one group; {@code -0.0} is {@code 0.0}, as {@code =} says.
 */
public final class WeightedGroups {

    private final double[] values;
    private final double[] hits;
    private final double[] cleans;
    private final double hitWeight;
    private final double cleanWeight;

    private WeightedGroups(double[] values, double[] hits, double[] cleans, double hitWeight, double cleanWeight) {
        this.values = values;
        this.hits = hits;
        this.cleans = cleans;
        this.hitWeight = hitWeight;
        this.cleanWeight = cleanWeight;
    }

    /** Groups {@code values} (one per observation) with their {@code hits} and {@code weights}. */
    public static WeightedGroups of(double[] values, boolean[] hits, double[] weights) {
        int n = values.length;
        if (hits.length != n || weights.length != n) {
            throw new IllegalArgumentException("values, hits and weights differ in length");
        }
        // the distinct values in order, by a primitive sort
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
        return new WeightedGroups(Arrays.copyOf(distinct, groups), groupHits, groupCleans, hitWeight, cleanWeight);
    }

    /** How many distinct values. */
    public int size() {
        return values.length;
    }

    /** The {@code g}-th distinct value, ascending. */
    public double value(int g) {
        return values[g];
    }

    /** The hits' weight at the {@code g}-th distinct value. */
    public double hits(int g) {
        return hits[g];
    }

    /** The clean observations' weight at the {@code g}-th distinct value. */
    public double cleans(int g) {
        return cleans[g];
    }

    /** The weight of every hit. */
    public double hitWeight() {
        return hitWeight;
    }

    /** The weight of every clean observation. */
    public double cleanWeight() {
        return cleanWeight;
    }
}
