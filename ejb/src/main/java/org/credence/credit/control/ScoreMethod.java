package org.credence.credit.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.credence.credit.control.ScoreExplanation.CountedRecord;
import org.credence.credit.control.ScoreExplanation.IndicatorResult;
import org.credence.credit.control.ScoreModel.Indicator;
import org.credence.credit.entity.Grade;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.RecordStatus;
import org.credence.violation.entity.Severity;

/**
 * Credit score, method version 1 ({@code shared/spec/score-v1.md}), to the letter. Indicators are
 * summed in the model's order; a SERIOUS record counts for the recent-record veto while its age is
 * under 365 days.
 */
public final class ScoreMethod {

    public static final String VERSION = "score-v1";
    static final int RECENT_SERIOUS_DAYS = 365;

    /** A record as the score sees it. {@code publicityEnd} is null for a record that is never public. */
    public record RecordFacts(
            long id,
            String category,
            Polarity polarity,
            Severity severity,
            LocalDate decisionDate,
            LocalDate publicityEnd,
            RecordStatus status,
            LocalDate statusDate) {}

    /** Whether the business is on the serious or the abnormal list at the as-of date. */
    public record ListFacts(boolean onSeriousList, boolean onAbnormalList) {
        public static final ListFacts NONE = new ListFacts(false, false);
    }

    private ScoreMethod() {}

    public static ScoreExplanation score(ScoreModel model, List<RecordFacts> records, ListFacts lists, LocalDate asOf) {
        List<IndicatorResult> results = new ArrayList<>(model.indicators().size());
        double total = 0;
        boolean recentSerious = false;
        double lowestSubScore = Double.POSITIVE_INFINITY;
        for (Indicator indicator : model.indicators()) {
            List<CountedRecord> counted = new ArrayList<>();
            double load = 0;
            for (RecordFacts r : records) {
                if (!indicator.categories().contains(r.category()) || !counts(r, indicator, asOf)) {
                    continue;
                }
                long age = ChronoUnit.DAYS.between(r.decisionDate(), asOf);
                double decay = Math.pow(0.5, age / indicator.halfLifeDays());
                double points = pointsOf(model, r);
                load += points * decay;
                counted.add(new CountedRecord(r.id(), r.category(), points, age, decay));
                if (r.polarity() == Polarity.NEGATIVE
                        && r.severity() == Severity.SERIOUS
                        && age < RECENT_SERIOUS_DAYS) {
                    recentSerious = true;
                }
            }
            if (indicator.polarity() == Polarity.NEGATIVE) {
                double subScore = Math.max(0, 100 - load);
                double contribution = 10 * indicator.weight() * subScore;
                total += contribution;
                lowestSubScore = Math.min(lowestSubScore, subScore);
                results.add(new IndicatorResult(
                        indicator.code(),
                        Polarity.NEGATIVE,
                        load,
                        subScore,
                        null,
                        indicator.weight(),
                        contribution,
                        counted));
            } else {
                double bonus = Math.min(indicator.cap(), load);
                total += bonus;
                results.add(
                        new IndicatorResult(indicator.code(), Polarity.POSITIVE, load, null, bonus, 0, bonus, counted));
            }
        }
        int score = clampedRound(total);
        Grade thresholdGrade = model.thresholds().gradeOf(score);
        Grade grade = thresholdGrade;
        List<Veto> vetoes = new ArrayList<>();
        ScoreModel.Vetoes rules = model.vetoes();
        if (rules.seriousList() && lists.onSeriousList()) {
            vetoes.add(Veto.SERIOUS_LIST);
        }
        if (rules.abnormalList() && lists.onAbnormalList()) {
            vetoes.add(Veto.ABNORMAL_LIST);
        }
        if (rules.recentSeriousRecord() && recentSerious) {
            vetoes.add(Veto.RECENT_SERIOUS_RECORD);
        }
        if (rules.worstFactorBelow() != null && lowestSubScore < rules.worstFactorBelow()) {
            vetoes.add(Veto.WORST_FACTOR);
        }
        for (Veto veto : vetoes) {
            grade = grade.worst(veto.cap());
        }
        return new ScoreExplanation(model.id(), model.version(), asOf, score, thresholdGrade, grade, results, vetoes);
    }

    /** round(x) = floor(x + 0.5), then clamped to 0..1000. */
    static int clampedRound(double total) {
        return (int) Math.max(0, Math.min(1000, Math.floor(total + 0.5)));
    }

    /**
     * A record counts at T when decided on or before T, not revoked or repaired on or before T, and
     * still public after T, under the indicator's shorter window if it has one.
     */
    static boolean counts(RecordFacts r, Indicator indicator, LocalDate asOf) {
        if (r.decisionDate().isAfter(asOf) || r.publicityEnd() == null) {
            return false;
        }
        if (r.status() != RecordStatus.ACTIVE
                && r.statusDate() != null
                && !r.statusDate().isAfter(asOf)) {
            return false;
        }
        LocalDate end = r.publicityEnd();
        if (indicator.windowMonths() != null) {
            LocalDate windowEnd = r.decisionDate().plusMonths(indicator.windowMonths());
            if (windowEnd.isBefore(end)) {
                end = windowEnd;
            }
        }
        return end.isAfter(asOf);
    }

    private static double pointsOf(ScoreModel model, RecordFacts r) {
        if (r.polarity() == Polarity.POSITIVE) {
            return model.positivePoints().getOrDefault(r.category(), model.defaultPositivePoints());
        }
        return model.severityPoints().getOrDefault(r.severity(), 0.0);
    }
}
