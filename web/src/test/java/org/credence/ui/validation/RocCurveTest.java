package org.credence.ui.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.credence.validation.control.WeightedAuc;
import org.junit.jupiter.api.Test;

class RocCurveTest {

    @Test
    void aHandComputedCurveStepsThroughEachValueWithTiesAsOneSegment() {
        // scores 10 (hit, w 2), 20 (hit, w 1 and clean, w 1), 30 (clean, w 3)
        List<RocCurve.Point> curve = RocCurve.of(
                new double[] {20, 10, 30, 20}, new boolean[] {true, true, false, false}, new double[] {1, 2, 3, 1});
        assertEquals(
                List.of(
                        new RocCurve.Point(0, 0),
                        new RocCurve.Point(0, 2.0 / 3),
                        new RocCurve.Point(0.25, 1),
                        new RocCurve.Point(1, 1)),
                curve);
        // pairs: hit 10 beats both cleans (2*1 + 2*3), hit 20 ties clean 20 (0.5*1*1) and beats clean 30 (1*3): 11.5 /
        // (3*4)
        assertEquals(11.5 / 12, RocCurve.area(curve), 1e-12);
    }

    @Test
    void itsAreaIsTheWeightedAucOfTheReport() {
        Random random = new Random(20);
        for (int round = 0; round < 50; round++) {
            int n = 1 + random.nextInt(300);
            double[] values = new double[n];
            boolean[] hits = new boolean[n];
            double[] weights = new double[n];
            for (int t = 0; t < n; t++) {
                values[t] = random.nextInt(40); // many ties
                hits[t] = random.nextDouble() < 0.3;
                weights[t] = 1 + random.nextInt(50) / 7.0;
            }
            Double auc = WeightedAuc.of(values, hits, weights);
            List<RocCurve.Point> curve = RocCurve.of(values, hits, weights);
            if (auc == null) {
                assertTrue(curve.isEmpty(), "no curve where the AUC is undefined");
            } else {
                assertEquals(auc, RocCurve.area(curve), 1e-9);
                assertEquals(new RocCurve.Point(1, 1), curve.get(curve.size() - 1));
            }
        }
    }

    @Test
    void withoutAHitOrWithoutACleanObservationThereIsNoCurve() {
        assertTrue(RocCurve.of(new double[] {1, 2}, new boolean[] {true, true}, new double[] {1, 1})
                .isEmpty());
        assertTrue(RocCurve.of(new double[] {1, 2}, new boolean[] {false, false}, new double[] {1, 1})
                .isEmpty());
        assertTrue(RocCurve.of(new double[0], new boolean[0], new double[0]).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new double[1], new boolean[2], new double[1]));
    }

    @Test
    void aLongCurveIsThinnedKeepingItsEnds() {
        double[] values = new double[1000];
        boolean[] hits = new boolean[1000];
        double[] weights = new double[1000];
        for (int t = 0; t < 1000; t++) {
            values[t] = t;
            hits[t] = t % 3 == 0;
            weights[t] = 1;
        }
        List<RocCurve.Point> curve = RocCurve.of(values, hits, weights);
        List<RocCurve.Point> thin = RocCurve.thinned(curve, 200);
        assertEquals(200, thin.size());
        assertEquals(curve.get(0), thin.get(0));
        assertEquals(curve.get(curve.size() - 1), thin.get(199));
        assertEquals(RocCurve.area(curve), RocCurve.area(thin), 0.01, "the same line, drawn from fewer points");
        assertEquals(curve, RocCurve.thinned(curve, 5000), "a short curve is kept whole");
    }
}
