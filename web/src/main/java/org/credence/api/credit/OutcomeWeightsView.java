package org.credence.api.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credence.credit.entity.OutcomeWeightsResult;
import org.credence.credit.entity.Preview;
import org.credence.credit.entity.WeightsResult;

/**
 * The answer to learning weights from outcomes: the new draft and its weights, the validated model's
 * weights, what the fit found of each indicator, the AUCs, and the grade shifts; why cross-validation
 * could not be done, when it could not, in the reader's language.
 */
public record OutcomeWeightsView(
        long model,
        Long draft,
        LocalDate from,
        LocalDate to,
        long hits,
        long cleans,
        WeightsResult result,
        Map<String, BigDecimal> currentWeights,
        String currentMethod,
        List<OutcomeWeightsResult.IndicatorEffect> effects,
        Double currentAuc,
        Double learnedAuc,
        Double crossValidatedAuc,
        String crossValidationRefusal,
        Preview preview) {

    static OutcomeWeightsView of(OutcomeWeightsResult r, Locale language) {
        return new OutcomeWeightsView(
                r.model(),
                r.draft(),
                r.from(),
                r.to(),
                r.hits(),
                r.cleans(),
                r.result(),
                r.currentWeights(),
                r.currentMethod(),
                r.effects(),
                r.currentAuc(),
                r.learnedAuc(),
                r.crossValidatedAuc(),
                r.crossValidationRefusal() == null
                        ? null
                        : r.crossValidationRefusal().in(language),
                r.preview());
    }
}
