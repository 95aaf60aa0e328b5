package org.credence.credit.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything an administrator sets in a model (score-v1). Missing parts take the spec's defaults;
 * {@code weight} may be left out on every NEGATIVE indicator until weights are derived.
 */
public record ModelDefinition(
        String agency,
        String name,
        Map<String, BigDecimal> severityPoints,
        BigDecimal positivePoints,
        Map<String, BigDecimal> positivePointsByCategory,
        Thresholds thresholds,
        Vetoes vetoes,
        List<IndicatorDefinition> indicators)
        implements Serializable {

    /** This definition with these weights on its NEGATIVE indicators (none on the others), all else as it is. */
    public ModelDefinition withWeights(Map<String, BigDecimal> weights) {
        List<IndicatorDefinition> weighted = new ArrayList<>();
        for (IndicatorDefinition i : indicators) {
            weighted.add(new IndicatorDefinition(
                    i.code(),
                    i.name(),
                    i.dimension(),
                    i.dimensionName(),
                    i.polarity(),
                    i.categories(),
                    i.halfLifeDays(),
                    i.windowMonths(),
                    "NEGATIVE".equals(i.polarity()) ? weights.get(i.code()) : null,
                    i.bonusCap()));
        }
        return new ModelDefinition(
                agency, name, severityPoints, positivePoints, positivePointsByCategory, thresholds, vetoes, weighted);
    }

    public record IndicatorDefinition(
            String code,
            String name,
            String dimension,
            String dimensionName,
            @Schema(enumeration = {"NEGATIVE", "POSITIVE"}) String polarity,
            List<String> categories,
            BigDecimal halfLifeDays,
            Integer windowMonths,
            BigDecimal weight,
            BigDecimal bonusCap)
            implements Serializable {}

    @Schema(name = "ThresholdsDefinition")
    public record Thresholds(Integer a, Integer b, Integer c) implements Serializable {}

    /** Each veto is on unless set to false; {@code worstFactorBelow} tunes veto 4 (default 40). */
    public record Vetoes(
            Boolean seriousList,
            Boolean abnormalList,
            Boolean recentSeriousRecord,
            Boolean worstFactor,
            BigDecimal worstFactorBelow)
            implements Serializable {}
}
