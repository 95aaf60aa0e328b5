package org.credence.credit.control;

/**
 * The entropy weight method (score-v1) over the population's loads, one row per business and one
 * column per NEGATIVE indicator: p = x / column sum, e = -(1/ln n) sum p ln p (0 ln 0 = 0),
 * w = (1 - e) / sum(1 - e). Rows that are all zero are left out; a column without variation gets
 * weight 0; when every column is flat the method refuses.
 */
public final class EntropyWeights {

    private EntropyWeights() {
    }

    public static double[] weigh(double[][] loads, int indicators) {
        int n = 0;
        double[] columnSum = new double[indicators];
        for (double[] row : loads) {
            if (isZero(row)) {
                continue;
            }
            n++;
            for (int j = 0; j < indicators; j++) {
                if (row[j] < 0) {
                    throw new IllegalArgumentException("loads are never negative");
                }
                columnSum[j] += row[j];
            }
        }
        if (n < 2) {
            throw new IllegalArgumentException("entropy weights need at least two businesses with a non-zero load, not " + n);
        }
        double[] divergence = new double[indicators];
        double total = 0;
        for (int j = 0; j < indicators; j++) {
            if (isFlat(loads, j)) {
                continue;
            }
            double sum = 0;
            for (double[] row : loads) {
                if (isZero(row)) {
                    continue;
                }
                double p = row[j] / columnSum[j];
                if (p > 0) {
                    sum += p * Math.log(p);
                }
            }
            double e = -sum / Math.log(n);
            divergence[j] = Math.max(0, 1 - e);
            total += divergence[j];
        }
        if (total == 0) {
            throw new IllegalArgumentException("every indicator's loads are the same for all businesses: entropy gives no weights");
        }
        for (int j = 0; j < indicators; j++) {
            divergence[j] /= total;
        }
        return divergence;
    }

    private static boolean isFlat(double[][] loads, int column) {
        Double first = null;
        for (double[] row : loads) {
            if (isZero(row)) {
                continue;
            }
            if (first == null) {
                first = row[column];
            } else if (row[column] != first) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZero(double[] row) {
        for (double v : row) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }
}
