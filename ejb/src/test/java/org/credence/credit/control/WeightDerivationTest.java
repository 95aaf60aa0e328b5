package org.credence.credit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credence.credit.entity.ModelDefinition.IndicatorDefinition;
import org.junit.jupiter.api.Test;

class WeightDerivationTest {

    /** The default model's indicators as a definition. */
    static List<IndicatorDefinition> defaultIndicators() {
        List<IndicatorDefinition> indicators = new ArrayList<>();
        for (DefaultModel.Dimension d : DefaultModel.DIMENSIONS) {
            d.indicators()
                    .forEach((code, categories) -> indicators.add(new IndicatorDefinition(
                            code,
                            code,
                            d.code(),
                            d.name(),
                            "NEGATIVE",
                            List.copyOf(categories),
                            null,
                            null,
                            null,
                            null)));
        }
        indicators.add(new IndicatorDefinition(
                "POSITIVE_RECORDS",
                null,
                "POSITIVE",
                null,
                "POSITIVE",
                List.copyOf(DefaultModel.POSITIVE_CATEGORIES),
                null,
                null,
                null,
                null));
        return indicators;
    }

    @Test
    void hierarchicalAhpReproducesTheDefaultModelsWeights() {
        Map<String, double[][]> dimensions = new LinkedHashMap<>();
        DefaultModel.DIMENSIONS.forEach(d -> dimensions.put(d.code(), d.judgements()));
        WeightDerivation.Derived derived =
                WeightDerivation.hierarchical(defaultIndicators(), DefaultModel.DIMENSION_JUDGEMENTS, dimensions);
        assertEquals(DefaultModel.weights(), derived.weights());
        assertEquals(6, derived.consistencyRatios().size());
        assertTrue(derived.basis().contains("dimensionMatrix"));
    }

    @Test
    void flatAhpFollowsTheSpecsExampleAndRefusesAnInconsistentMatrix() {
        List<IndicatorDefinition> three = List.of(
                new IndicatorDefinition("A", null, "D", null, "NEGATIVE", List.of("X"), null, null, null, null),
                new IndicatorDefinition("B", null, "D", null, "NEGATIVE", List.of("Y"), null, null, null, null),
                new IndicatorDefinition("C", null, "D", null, "NEGATIVE", List.of("Z"), null, null, null, null));
        WeightDerivation.Derived derived =
                WeightDerivation.flat(three, new double[][] {{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}});
        assertEquals(0.637, derived.weights().get("A").doubleValue(), 0.0005);
        assertEquals(0.258, derived.weights().get("B").doubleValue(), 0.0005);
        assertEquals(0.105, derived.weights().get("C").doubleValue(), 0.0005);
        assertEquals(0.033, derived.consistencyRatios().get("indicators"), 0.0005);

        WeightDerivation.Inconsistent refused = assertThrows(
                WeightDerivation.Inconsistent.class,
                () -> WeightDerivation.flat(three, new double[][] {{1, 9, 1.0 / 9}, {1.0 / 9, 1, 9}, {9, 1.0 / 9, 1}}));
        assertTrue(refused.consistencyRatio >= 0.10);
        assertTrue(refused.getMessage().contains("CR"), refused.getMessage());
        assertThrows(
                IllegalArgumentException.class, () -> WeightDerivation.flat(three, new double[][] {{1, 2}, {0.5, 1}}));
    }
}
