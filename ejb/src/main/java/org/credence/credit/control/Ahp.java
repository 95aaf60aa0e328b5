package org.credence.credit.control;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.credence.platform.InvalidArgument;
import org.credence.platform.Message;

/**
 * The analytic hierarchy process (score-v1): weights are the principal eigenvector of a reciprocal
 * pairwise matrix on Saaty's 1-9 scale, normalised to sum 1; CR = ((lambda_max - n)/(n - 1)) / RI(n).
 * A matrix is accepted only when CR &lt; 0.10.
 */
public final class Ahp {

    /** Random consistency index RI(n) for n = 0..11; 0 for n up to 2. */
    private static final double[] RANDOM_INDEX = {0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51};

    public static final double ACCEPTABLE_CR = 0.10;
    public static final int MAX_SIZE = RANDOM_INDEX.length - 1;

    /** The result: weights in matrix order, lambda_max, CR, and the judgement furthest from the weights. */
    public record Result(
            double[] weights,
            double lambdaMax,
            double consistencyRatio,
            int worstRow,
            int worstColumn,
            double suggestedValue) {

        public boolean acceptable() {
            return consistencyRatio < ACCEPTABLE_CR;
        }
    }

    private Ahp() {}

    /**
     * Checks the matrix (square, at most 11, diagonal 1, entries 1/9..9 with the larger of each pair a
     * whole number, reciprocal within 1 %) and computes the weights; throws {@link IllegalArgumentException}
     * naming the faulty cell.
     */
    public static Result weigh(double[][] matrix) {
        double[][] a = checked(matrix);
        int n = a.length;
        if (n == 1) {
            return new Result(new double[] {1}, 1, 0, 0, 0, 1);
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(a, false));
        int principal = 0;
        for (int k = 1; k < n; k++) {
            if (eigen.getRealEigenvalue(k) > eigen.getRealEigenvalue(principal)) {
                principal = k;
            }
        }
        double lambdaMax = eigen.getRealEigenvalue(principal);
        RealVector vector = eigen.getEigenvector(principal);
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = Math.abs(vector.getEntry(i));
            sum += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        double ri = RANDOM_INDEX[n];
        double cr = ri == 0 ? 0 : ((lambdaMax - n) / (n - 1)) / ri;
        int worstI = 0;
        int worstJ = 1;
        double worst = -1;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double deviation = Math.abs(Math.log(a[i][j] * w[j] / w[i]));
                if (deviation > worst) {
                    worst = deviation;
                    worstI = i;
                    worstJ = j;
                }
            }
        }
        return new Result(w, lambdaMax, Math.max(0, cr), worstI, worstJ, w[worstI] / w[worstJ]);
    }

    private static double[][] checked(double[][] matrix) {
        int n = matrix.length;
        if (n == 0 || n > MAX_SIZE) {
            throw new InvalidArgument(Message.of("an-ahp-matrix-compares-to-items", MAX_SIZE, n));
        }
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            if (matrix[i] == null || matrix[i].length != n) {
                throw new InvalidArgument(Message.of("row-must-have-entries", (i + 1), n));
            }
            if (matrix[i][i] != 1) {
                throw new InvalidArgument(Message.of("entry-must-be", (i + 1), (i + 1)));
            }
            a[i][i] = 1;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double upper = matrix[i][j];
                double lower = matrix[j][i];
                String cell = "(" + (i + 1) + "," + (j + 1) + ")";
                if (!(upper > 0) || !(lower > 0)) {
                    throw new InvalidArgument(Message.of("entries-and-its-mirror-must-be", cell));
                }
                double large = Math.max(upper, lower);
                if (large > 9 + 1e-9 || Math.abs(large - Math.rint(large)) > 1e-6) {
                    throw new InvalidArgument(Message.of("entry-is-off-saaty-s-scale", cell));
                }
                if (Math.abs(upper * lower - 1) > 0.01) {
                    throw new InvalidArgument(Message.of("entries-and-must-be-reciprocal-a", cell, (j + 1), (i + 1)));
                }
                double whole = Math.rint(large);
                a[i][j] = upper >= lower ? whole : 1 / whole;
                a[j][i] = 1 / a[i][j];
            }
        }
        return a;
    }
}
