package org.credence.validation.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.credence.platform.InvalidArgument;
import org.junit.jupiter.api.Test;

class WeightedLogisticTest {

    // two standardised features, weighted; the solution was found by a general root finder on the
    // penalised score equations (not by Newton-Raphson), to 1e-15
    private static final double[][] Z = {
        {-1.5, 0.3}, {-1, -0.2}, {-0.5, 1.0}, {0, 0}, {0.5, -1.1}, {1, 0.4}, {1.5, -0.6}, {2, 0.9}
    };
    private static final boolean[] Y = {false, false, true, false, true, false, true, true};
    private static final double[] V = {1, 2, 1, 1, 0.5, 1, 1.5, 1};

    @Test
    void convergesToTheMaximumOfThePenalisedLikelihood() {
        WeightedLogistic.Fit fit = WeightedLogistic.fit(Z, Y, V);
        assertArrayEquals(
                new double[] {-0.4231823426223425, 0.8813127461931662, 0.09173775232561926}, fit.coefficients(), 1e-12);
        assertTrue(fit.iterations() > 2 && fit.iterations() < 20, "iterations " + fit.iterations());
        // the score equations hold: the intercept is free, every other coefficient balances its penalty
        double[] gradient = new double[3];
        for (int t = 0; t < Z.length; t++) {
            double p = 1
                    / (1 + Math.exp(-(fit.intercept() + fit.coefficient(0) * Z[t][0] + fit.coefficient(1) * Z[t][1])));
            double r = V[t] * ((Y[t] ? 1 : 0) - p);
            gradient[0] += r;
            gradient[1] += r * Z[t][0];
            gradient[2] += r * Z[t][1];
        }
        assertEquals(0, gradient[0], 1e-12);
        assertEquals(fit.coefficient(0), gradient[1], 1e-12);
        assertEquals(fit.coefficient(1), gradient[2], 1e-12);
    }

    @Test
    void refusesWhenTheLargestStepIsStillAboveTheToleranceAtTheLastIteration() {
        // the first step from b = 0 is (-0.361, 0.796, 0.076), far above 1e-10
        InvalidArgument refused = assertThrows(InvalidArgument.class, () -> WeightedLogistic.fit(Z, Y, V, 1));
        assertEquals("validation.regression-did-not-converge", refused.text().key());
        assertEquals(1, refused.text().args().get(0));
    }

    @Test
    void anInterceptOnlyModelGivesTheWeightedLogOdds() {
        // no feature: b_0 = ln(sum v y / sum v (1 - y)) = ln(4 / 5) with the weights above
        WeightedLogistic.Fit fit = WeightedLogistic.fit(new double[8][0], Y, V);
        assertEquals(Math.log(4.0 / 5.0), fit.intercept(), 1e-12);
    }

    @Test
    void logisticDoesNotOverflow() {
        assertEquals(0, WeightedLogistic.logistic(-1000));
        assertEquals(1, WeightedLogistic.logistic(1000));
        assertEquals(0.5, WeightedLogistic.logistic(0));
    }
}
