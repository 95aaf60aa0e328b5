package org.credence.credit.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EntropyWeightsTest {

    @Test
    void matchesAHandComputedTable() {
        // column 1: p = .25 .25 .5, e = 1.039721 / ln 3 = 0.946395; column 2: p = .25 .75 0, e = 0.562335 / ln 3 =
        // 0.511860
        // w = (0.053605, 0.488140) / 0.541745; the all-zero business is left out
        double[][] loads = {{2, 1}, {2, 3}, {4, 0}, {0, 0}};
        assertArrayEquals(new double[] {0.098949, 0.901051}, EntropyWeights.weigh(loads, 2), 1e-6);
    }

    @Test
    void aColumnWithoutVariationWeighsNothing() {
        double[][] loads = {{1, 5}, {3, 5}};
        assertArrayEquals(new double[] {1, 0}, EntropyWeights.weigh(loads, 2), 1e-12);
    }

    @Test
    void refusesWhenEveryColumnIsFlatOrThereIsTooLittleData() {
        assertThrows(IllegalArgumentException.class, () -> EntropyWeights.weigh(new double[][] {{1, 5}, {1, 5}}, 2));
        assertThrows(IllegalArgumentException.class, () -> EntropyWeights.weigh(new double[][] {{1, 5}, {0, 0}}, 2));
    }
}
