package org.credence.validation.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A model's validation in brief, for the overview: over a period of completion dates, the hit and
 * clean results, the weighted AUC and Gini of the score (null when there is not at least one hit and
 * one clean result: not enough data), whether the hit rates rise from A to D over the grades observed,
 * the inversions (and how many are significant), and the grades observed and never drawn.
 */
public record ValidationSummary(
        long model,
        LocalDate from,
        LocalDate to,
        long hits,
        long cleans,
        Double auc,
        Double gini,
        boolean monotone,
        int inversions,
        int significantInversions,
        List<String> observedGrades,
        List<String> unknownGrades)
        implements Serializable {

    /** Whether there is enough to rank at all: at least one hit and one clean result. */
    public boolean enough() {
        return auc != null;
    }
}
