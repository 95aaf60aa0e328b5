package org.credence.credit.control;

import java.time.LocalDate;
import java.util.List;
import org.credence.credit.entity.Grade;
import org.credence.violation.entity.Polarity;

/**
 * Everything needed to recompute a score by hand (score-v1): per indicator its load, sub-score or
 * bonus, weight and contribution, and the records it counted with their age and decay; the vetoes
 * applied; the model and the as-of date.
 */
public record ScoreExplanation(
        String modelId,
        int modelVersion,
        LocalDate asOf,
        int score,
        Grade thresholdGrade,
        Grade grade,
        List<IndicatorResult> indicators,
        List<Veto> vetoes) {

    /** {@code subScore} and {@code contribution} for a NEGATIVE indicator, {@code bonus} for a POSITIVE one. */
    public record IndicatorResult(
            String code,
            Polarity polarity,
            double load,
            Double subScore,
            Double bonus,
            double weight,
            double contribution,
            List<CountedRecord> records) {}

    public record CountedRecord(long id, String category, double points, long ageDays, double decay) {}

    /** The score from this explanation alone, as an outsider would compute it. */
    public int recomputedScore() {
        double total = 0;
        for (IndicatorResult indicator : indicators) {
            total += indicator.polarity() == Polarity.NEGATIVE
                    ? 10 * indicator.weight() * indicator.subScore()
                    : indicator.bonus();
        }
        return ScoreMethod.clampedRound(total);
    }
}
