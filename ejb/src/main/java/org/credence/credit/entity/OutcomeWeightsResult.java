package org.credence.credit.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.credence.platform.Message;

/**
 * Weights learned from the outcomes of a model's random inspections (validation-v1) and the draft
 * that holds them: a new version of the validated model, its indicators and rules copied, its
 * NEGATIVE indicators' weights the learned ones. With them: the period of completion dates, how many
 * hits and clean results the fit used, the validated model's weights, what the fit found of each
 * indicator, how well the current and the learned weights rank the same observations (weighted AUC,
 * null when undefined), the learned weights' 5-fold cross-validated AUC (null, with the refusal of a
 * fold, when a fold could not be fitted), and the grade shifts the draft would bring.
 *
 * @param model                  the validated model
 * @param draft                  the new draft, null when nothing was kept (a trial)
 * @param result                 the draft's weights as stored, method {@code OUTCOMES}
 * @param currentWeights         the validated model's weights, by indicator
 * @param currentMethod          how the validated model's weights came about
 * @param crossValidationRefusal why a fold could not be fitted, null when every fold was
 */
public record OutcomeWeightsResult(
        long model,
        Long draft,
        LocalDate from,
        LocalDate to,
        long hits,
        long cleans,
        WeightsResult result,
        Map<String, BigDecimal> currentWeights,
        String currentMethod,
        List<IndicatorEffect> effects,
        Double currentAuc,
        Double learnedAuc,
        Double crossValidatedAuc,
        Message crossValidationRefusal,
        Preview preview)
        implements Serializable {

    /** The method a draft's weights are marked with when they were learned from outcomes. */
    public static final String METHOD = "OUTCOMES";

    /**
     * What the fit says of one NEGATIVE indicator: its weighted mean load and standard deviation, the
     * coefficient on its standardised load and the effect per point of load (both null when its load
     * never varied and it was left out with weight 0).
     */
    public record IndicatorEffect(String code, double mean, double sd, Double coefficient, Double perPoint)
            implements Serializable {}
}
