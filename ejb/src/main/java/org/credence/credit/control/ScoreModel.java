package org.credence.credit.control;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.credit.entity.Grade;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.Severity;

/**
 * Everything score-v1 needs of an evaluation model, as plain values: indicators (in the order the
 * score sums them), severity points, positive record points, grade thresholds and veto rules.
 */
public record ScoreModel(
        String id,
        int version,
        List<Indicator> indicators,
        Map<Severity, Double> severityPoints,
        Map<String, Double> positivePoints,
        double defaultPositivePoints,
        Thresholds thresholds,
        Vetoes vetoes) {

    public static final Map<Severity, Double> DEFAULT_SEVERITY_POINTS =
            Map.of(Severity.MINOR, 5.0, Severity.ORDINARY, 15.0, Severity.HEAVY, 40.0, Severity.SERIOUS, 100.0);
    public static final double DEFAULT_POSITIVE_POINTS = 10;
    public static final double DEFAULT_HALF_LIFE_DAYS = 365;
    public static final double DEFAULT_BONUS_CAP = 20;

    /**
     * One indicator. {@code weight} counts for NEGATIVE indicators, {@code cap} for POSITIVE ones;
     * {@code windowMonths}, when set, shortens the publicity window of the records it counts.
     */
    public record Indicator(
            String code,
            Polarity polarity,
            Set<String> categories,
            double halfLifeDays,
            Integer windowMonths,
            double weight,
            double cap) {}

    /** Lowest score of each grade: A at or above {@code a}, B at or above {@code b}, C at or above {@code c}. */
    public record Thresholds(int a, int b, int c) {
        public static final Thresholds DEFAULT = new Thresholds(900, 750, 600);

        public Grade gradeOf(int score) {
            if (score >= a) {
                return Grade.A;
            }
            if (score >= b) {
                return Grade.B;
            }
            return score >= c ? Grade.C : Grade.D;
        }
    }

    /**
     * The veto rules; each can be switched off. {@code worstFactorBelow} is the sub-score under which a
     * single NEGATIVE indicator caps the grade at C (null: off).
     */
    public record Vetoes(
            boolean seriousList, boolean abnormalList, boolean recentSeriousRecord, Double worstFactorBelow) {
        public static final Vetoes DEFAULT = new Vetoes(true, true, true, 40.0);
    }
}
