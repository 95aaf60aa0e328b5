package org.credence.validation.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.credence.credit.entity.OutcomeWeightsResult.IndicatorEffect;
import org.credence.platform.Message;

/**
 * The weights a model's inspection outcomes of a period would give (validation-v1), beside its
 * current ones, without making them a draft: what the fit found of each NEGATIVE indicator, the
 * weighted AUC of the current and of the learned weights on the same observations, and the learned
 * weights' 5-fold cross-validated AUC (null, with the refusal of a fold, when a fold could not be fitted).
 */
public record LearnedWeights(
        ValidationView.ModelRef model,
        LocalDate from,
        LocalDate to,
        long hits,
        long cleans,
        Map<String, BigDecimal> currentWeights,
        String currentMethod,
        Map<String, BigDecimal> learnedWeights,
        List<IndicatorEffect> effects,
        Double currentAuc,
        Double learnedAuc,
        Double crossValidatedAuc,
        Message crossValidationRefusal)
        implements Serializable {}
