package org.credence.validation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightedAucTest {

    @Test
    void tiesCountHalfAndPairsAreWeighted() {
        // hits 500 (w 1), 700 (w 2); cleans 700 (w 1), 900 (w 3)
        // pairs: 500<700 1*1, 500<900 1*3, 700=700 2*1*0.5, 700<900 2*3 = 11; over (1+2)*(1+3) = 12
        double[] scores = {500, 700, 700, 900};
        boolean[] hits = {true, true, false, false};
        double[] weights = {1, 2, 1, 3};
        assertEquals(11.0 / 12, WeightedAuc.of(scores, hits, weights), 1e-15);
        assertEquals(10.0 / 12, WeightedAuc.gini(WeightedAuc.of(scores, hits, weights)), 1e-15);
    }

    @Test
    void aRiskierHitBelowEveryCleanIsPerfectAndTheReverseIsZero() {
        assertEquals(
                1, WeightedAuc.of(new double[] {1, 2, 3}, new boolean[] {true, false, false}, new double[] {1, 1, 1}));
        assertEquals(
                0, WeightedAuc.of(new double[] {3, 1, 2}, new boolean[] {true, false, false}, new double[] {1, 1, 1}));
        assertEquals(0.5, WeightedAuc.of(new double[] {4, 4}, new boolean[] {true, false}, new double[] {2, 7}));
        assertEquals(
                0.5,
                WeightedAuc.of(new double[] {-0.0, 0.0}, new boolean[] {true, false}, new double[] {1, 1}),
                "-0 = 0");
    }

    @Test
    void undefinedWithoutAHitOrAClean() {
        assertNull(WeightedAuc.of(new double[] {1, 2}, new boolean[] {true, true}, new double[] {1, 1}));
        assertNull(WeightedAuc.of(new double[] {1, 2}, new boolean[] {false, false}, new double[] {1, 1}));
        assertNull(WeightedAuc.of(new double[0], new boolean[0], new double[0]));
        assertNull(WeightedAuc.gini(null));
    }

    @Test
    void agreesWithTheDoubleLoopOnDataFullOfTies() {
        SplittableRandom random = new SplittableRandom(20);
        int n = 500;
        double[] scores = new double[n];
        boolean[] hits = new boolean[n];
        double[] weights = new double[n];
        for (int t = 0; t < n; t++) {
            scores[t] = random.nextInt(25) * 40;
            hits[t] = random.nextInt(3) == 0;
            weights[t] = 1 + random.nextInt(9) / 3.0;
        }
        double numerator = 0;
        double hitWeight = 0;
        double cleanWeight = 0;
        for (int i = 0; i < n; i++) {
            if (!hits[i]) {
                cleanWeight += weights[i];
                continue;
            }
            hitWeight += weights[i];
            for (int j = 0; j < n; j++) {
                if (!hits[j]) {
                    numerator += weights[i]
                            * weights[j]
                            * ((scores[i] < scores[j] ? 1 : 0) + (scores[i] == scores[j] ? 0.5 : 0));
                }
            }
        }
        assertEquals(numerator / (hitWeight * cleanWeight), WeightedAuc.of(scores, hits, weights), 1e-12);
    }
}
