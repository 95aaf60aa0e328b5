package org.credence.validation.control;

/**
 * The weighted area under the ROC curve (validation-v1), a lower value meaning riskier:
 * {@code sum over hits i, cleans j of w_i w_j ([s_i < s_j] + 0.5 [s_i = s_j]) / (sum_hits w_i * sum_cleans w_j)},
 * computed by sorting, never by the double loop. Undefined (null) without at least one hit and one
 * clean observation.
 */
public final class WeightedAuc {

    private WeightedAuc() {}

    /**
     * The AUC of {@code values} (lower riskier) against {@code hits}, each pair weighted by the
     * product of the two {@code weights}; null when there is no hit or no clean observation.
     */
    public static Double of(double[] values, boolean[] hits, double[] weights) {
        WeightedGroups groups = WeightedGroups.of(values, hits, weights);
        // from the highest value down, so that the cleans above a group are all summed when it is reached
        double cleansAbove = 0;
        double numerator = 0;
        for (int g = groups.size() - 1; g >= 0; g--) {
            numerator += groups.hits(g) * (cleansAbove + 0.5 * groups.cleans(g));
            cleansAbove += groups.cleans(g);
        }
        if (groups.hitWeight() == 0 || groups.cleanWeight() == 0) {
            return null;
        }
        return numerator / (groups.hitWeight() * groups.cleanWeight());
    }

    /** {@code Gini = 2 * AUC - 1}; null when the AUC is undefined. */
    public static Double gini(Double auc) {
        return auc == null ? null : 2 * auc - 1;
    }
}
