package org.credence.validation.control;

import java.util.List;
import org.credence.credit.entity.Grade;

/**
 * The figures of validation-v1 for a model and a period. A figure that cannot be computed (no
 * observation of a grade, no hit or no clean observation, a prevalence of 0) is null.
 *
 * @param observations hit and clean observations (NOT_REACHABLE and REFUSED are counted per grade only)
 * @param prevalence   {@code P}, the Hajek estimate of the population's hit rate
 * @param monotone     whether the hit rates rise from A to D over the grades with observations
 * @param inversions   every pair of observed grades whose hit rates fall from the better to the worse grade
 */
public record ValidationReport(
        List<GradeFigures> grades,
        long observations,
        long hits,
        long cleans,
        Double prevalence,
        boolean monotone,
        List<Inversion> inversions,
        Double scoreAuc,
        Double scoreGini,
        Double gradeAuc,
        Double gradeGini,
        List<PopulationStability.Shift> stability) {

    public static final String METHOD = "validation-v1";

    /** Whether a grade's hit rate is known, and if not why. */
    public enum Coverage {
        /** At least one hit or clean observation. */
        OBSERVED,
        /** Pool members in the period's draws, but none drawn: the hit rate is unknown. */
        NEVER_DRAWN,
        /** Drawn, but no result in the period is a hit or clean one (none yet, or not reachable, refused). */
        NO_FINDINGS,
        /** No pool member of this grade in any of the period's draws. */
        NO_MEMBERS
    }

    /**
     * One grade's figures.
     *
     * @param poolMembers sum of {@code N_g} over the period's draws
     * @param selected    sum of {@code n_g} over the period's draws
     * @param rate        {@code r_g = h_g / m_g}
     * @param lift        {@code r_g / P}
     */
    public record GradeFigures(
            Grade grade,
            long poolMembers,
            long selected,
            long observations,
            long hits,
            long notReachable,
            long refused,
            Double rate,
            WilsonInterval interval,
            Double lift,
            Coverage coverage) {

        /** The hit rate is unknown because the grade had members but was never drawn. */
        public boolean unknown() {
            return coverage == Coverage.NEVER_DRAWN;
        }
    }

    /** A better grade with a higher hit rate than a worse one; significant when their intervals do not overlap. */
    public record Inversion(Grade better, Grade worse, double betterRate, double worseRate, boolean significant) {}

    public GradeFigures grade(Grade grade) {
        return grades.get(grade.ordinal());
    }

    /** The grades whose hit rate is unknown because they had members but were never drawn. */
    public List<Grade> unknownGrades() {
        return grades.stream()
                .filter(GradeFigures::unknown)
                .map(GradeFigures::grade)
                .toList();
    }
}
