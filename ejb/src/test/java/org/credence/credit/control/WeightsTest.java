package org.credence.credit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightsTest {

    private static Map<String, BigDecimal> weights(String... pairs) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], new BigDecimal(pairs[i + 1]));
        }
        return map;
    }

    @Test
    void keepsWeightsThatSumToOne() {
        assertEquals(
                weights("A", "0.500000", "B", "0.250000", "C", "0.250000"),
                Weights.exact(weights("A", "0.5", "B", "0.25", "C", "0.25")));
    }

    @Test
    void rescalesASumWithinOneMillionthAndGivesTheRestToTheLargest() {
        Map<String, BigDecimal> exact = Weights.exact(weights("A", "0.333333", "B", "0.333333", "C", "0.333333"));
        assertEquals(weights("A", "0.333334", "B", "0.333333", "C", "0.333333"), exact);
        assertEquals(
                0,
                exact.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(BigDecimal.ONE));
    }

    @Test
    void refusesNegativeTooPreciseOrWrongSums() {
        assertThrows(IllegalArgumentException.class, () -> Weights.exact(weights("A", "1.1", "B", "-0.1")));
        assertThrows(IllegalArgumentException.class, () -> Weights.exact(weights("A", "0.5000001", "B", "0.4999999")));
        assertThrows(IllegalArgumentException.class, () -> Weights.exact(weights("A", "0.6", "B", "0.39")));
        assertThrows(IllegalArgumentException.class, () -> Weights.exact(weights()));
    }

    @Test
    void turnsFractionsIntoExactWeights() {
        Map<String, BigDecimal> exact = Weights.fromFractions(List.of("A", "B", "C"), new double[] {1, 1, 1});
        assertEquals(
                0,
                exact.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(BigDecimal.ONE));
        assertEquals(new BigDecimal("0.333334"), exact.get("A"));
    }
}
