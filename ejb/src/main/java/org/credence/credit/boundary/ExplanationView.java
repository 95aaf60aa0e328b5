package org.credence.credit.boundary;

import java.time.LocalDate;
import java.util.List;
import org.credence.credit.control.ScoreMethod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything needed to recompute a stored score by hand (score-v1): per indicator its load, sub-score
 * or bonus, weight and contribution, the records it counted with their age and decay, and the vetoes.
 */
public record ExplanationView(
        String uscc,
        CreditView.ModelRef model,
        @Schema(enumeration = ScoreMethod.VERSION) String method,
        LocalDate asOf,
        int score,

        @Schema(
                enumeration = {"A", "B", "C", "D"},
                description = "The grade by the thresholds" + " alone, before any veto")
        String thresholdGrade,

        @Schema(enumeration = {"A", "B", "C", "D"}) String grade,
        List<Veto> vetoes,
        List<Indicator> indicators,
        Thresholds thresholds) {

    public record Veto(
            @Schema(enumeration = {"SERIOUS_LIST", "ABNORMAL_LIST", "RECENT_SERIOUS_RECORD", "WORST_FACTOR"})
            String code,

            String description) {}

    public record Indicator(
            String code,
            String name,
            String dimension,
            @Schema(enumeration = {"NEGATIVE", "POSITIVE"}) String polarity,
            double halfLifeDays,
            double load,
            Double subScore,
            Double bonus,
            Double bonusCap,
            Double weight,
            double contribution,
            List<Record> records) {}

    public record Record(long id, String category, double points, long ageDays, double decay) {}

    public record Thresholds(int a, int b, int c) {}
}
