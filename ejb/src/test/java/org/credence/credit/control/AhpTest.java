package org.credence.credit.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AhpTest {

    @Test
    void reproducesTheSpecsExample() {
        Ahp.Result result = Ahp.weigh(new double[][] {{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}});
        assertArrayEquals(new double[] {0.637, 0.258, 0.105}, result.weights(), 0.0005);
        assertEquals(0.033, result.consistencyRatio(), 0.0005);
        assertTrue(result.acceptable());
    }

    @Test
    void findsAnInconsistentMatrixAndItsWorstJudgement() {
        // a > b (5), b > c (5), yet c > a (3): circular
        Ahp.Result result = Ahp.weigh(new double[][] {{1, 5, 1.0 / 3}, {1.0 / 5, 1, 5}, {3, 1.0 / 5, 1}});
        assertFalse(result.acceptable());
        assertTrue(result.consistencyRatio() >= 0.10, String.valueOf(result.consistencyRatio()));
        assertTrue(result.worstRow() < result.worstColumn());
    }

    @Test
    void oneOrTwoItemsAreAlwaysConsistent() {
        assertArrayEquals(new double[] {1}, Ahp.weigh(new double[][] {{1}}).weights(), 1e-12);
        Ahp.Result two = Ahp.weigh(new double[][] {{1, 3}, {1.0 / 3, 1}});
        assertArrayEquals(new double[] {0.75, 0.25}, two.weights(), 1e-9);
        assertEquals(0, two.consistencyRatio());
    }

    @Test
    void refusesMatricesOffTheScaleOrNotReciprocal() {
        assertThrows(IllegalArgumentException.class, () -> Ahp.weigh(new double[][] {{1, 10}, {0.1, 1}}));
        assertThrows(IllegalArgumentException.class, () -> Ahp.weigh(new double[][] {{1, 2.5}, {0.4, 1}}));
        assertThrows(IllegalArgumentException.class, () -> Ahp.weigh(new double[][] {{1, 3}, {3, 1}}));
        assertThrows(IllegalArgumentException.class, () -> Ahp.weigh(new double[][] {{2, 1}, {1, 1}}));
        assertThrows(IllegalArgumentException.class, () -> Ahp.weigh(new double[][] {{1, 3, 1}, {1.0 / 3, 1}}));
        String message = assertThrows(
                        IllegalArgumentException.class, () -> Ahp.weigh(new double[][] {{1, 3}, {0.5, 1}}))
                .getMessage();
        assertTrue(message.contains("reciprocal"), message);
    }
}
