package org.credence.validation.control;

import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.credence.platform.InvalidArgument;
import org.credence.platform.Message;

/**
 * The penalised weighted logistic regression of validation-v1: maximises
 * {@code sum_t v_t (y_t ln p_t + (1 - y_t) ln(1 - p_t)) - (1/2) sum_{i>=1} b_i^2} with
 * {@code p_t = 1 / (1 + exp(-(b_0 + sum_i b_i z_ti)))}, the intercept not penalised, by Newton-Raphson
 * from {@code b = 0} until the largest step is below 1e-10, at most 100 iterations. Each Newton
 * system is solved by Commons Math's Cholesky decomposition (the negative Hessian is symmetric and,
 * with the penalty, positive definite).
 */
public final class WeightedLogistic {

    public static final double TOLERANCE = 1e-10;
    public static final int MAX_ITERATIONS = 100;

    /** The coefficients ({@code b_0} the intercept, then one per feature) and the iterations it took. */
    public record Fit(double[] coefficients, int iterations) {

        public double intercept() {
            return coefficients[0];
        }

        /** {@code b_i} of feature {@code i} (from 0). */
        public double coefficient(int feature) {
            return coefficients[feature + 1];
        }
    }

    private WeightedLogistic() {}

    /**
     * Fits the model to {@code features} (one row per observation), the outcomes and the observation
     * weights {@code v}; refuses with a message when it does not converge or the system is singular.
     */
    public static Fit fit(double[][] features, boolean[] outcomes, double[] v) {
        return fit(features, outcomes, v, MAX_ITERATIONS);
    }

    static Fit fit(double[][] features, boolean[] outcomes, double[] v, int maxIterations) {
        int n = features.length;
        int p = (n == 0 ? 0 : features[0].length) + 1;
        double[] b = new double[p];
        double[] x = new double[p];
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            double[] gradient = new double[p];
            double[][] information = new double[p][p];
            for (int t = 0; t < n; t++) {
                x[0] = 1;
                System.arraycopy(features[t], 0, x, 1, p - 1);
                double eta = 0;
                for (int a = 0; a < p; a++) {
                    eta += b[a] * x[a];
                }
                double prob = logistic(eta);
                double residual = v[t] * ((outcomes[t] ? 1 : 0) - prob);
                double curvature = v[t] * prob * (1 - prob);
                for (int a = 0; a < p; a++) {
                    gradient[a] += residual * x[a];
                    double cx = curvature * x[a];
                    for (int c = a; c < p; c++) {
                        information[a][c] += cx * x[c];
                    }
                }
            }
            for (int a = 1; a < p; a++) {
                gradient[a] -= b[a];
                information[a][a] += 1;
            }
            for (int a = 0; a < p; a++) {
                for (int c = 0; c < a; c++) {
                    information[a][c] = information[c][a];
                }
            }
            RealVector step;
            try {
                step = new CholeskyDecomposition(new Array2DRowRealMatrix(information, false))
                        .getSolver()
                        .solve(new ArrayRealVector(gradient, false));
            } catch (MathIllegalArgumentException e) {
                throw new InvalidArgument(Message.of("validation.regression-singular"), e);
            }
            double largestStep = 0;
            for (int a = 0; a < p; a++) {
                double s = step.getEntry(a);
                b[a] += s;
                largestStep = Math.max(largestStep, Math.abs(s));
            }
            if (!Double.isFinite(largestStep)) {
                break;
            }
            if (largestStep < TOLERANCE) {
                return new Fit(b, iteration);
            }
        }
        throw new InvalidArgument(Message.of("validation.regression-did-not-converge", maxIterations));
    }

    /** {@code 1 / (1 + exp(-eta))} without overflow for large negative {@code eta}. */
    static double logistic(double eta) {
        if (eta >= 0) {
            return 1 / (1 + Math.exp(-eta));
        }
        double e = Math.exp(eta);
        return e / (1 + e);
    }
}
