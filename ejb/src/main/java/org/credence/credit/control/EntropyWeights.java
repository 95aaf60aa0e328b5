package org.credence.credit.control;

import org.credence.platform.InvalidArgument;
import org.credence.platform.Message;

/**
 * The entropy weight method (score-v1) over the population's loads, one row per business and one
 * column per NEGATIVE indicator: p = x / column sum, e = -(1/ln n) sum p ln p (0 ln 0 = 0),
 * w = (1 - e) / sum(1 - e). Rows that are all zero are left out; a column without variation gets
 * weight 0; when every column is flat the method refuses.
 *
 * <p>Rows are taken one at a time, so a million businesses need a few numbers per column and no
 * table: with S the column sum, sum p ln p = (sum x ln x) / S - ln S.
 */
public final class EntropyWeights {

    private final int columns;
    private long rows;
    private final double[] sum;
    private final double[] sumXLogX;
    private final double[] min;
    private final double[] max;

    public EntropyWeights(int columns) {
        this.columns = columns;
        this.sum = new double[columns];
        this.sumXLogX = new double[columns];
        this.min = new double[columns];
        this.max = new double[columns];
    }

    /** The weights of a whole table at once. */
    public static double[] weigh(double[][] loads, int columns) {
        EntropyWeights entropy = new EntropyWeights(columns);
        for (double[] row : loads) {
            entropy.add(row);
        }
        return entropy.weights();
    }

    /** Takes one business's loads; a row of zeros is left out. */
    public void add(double[] row) {
        boolean zero = true;
        for (int j = 0; j < columns; j++) {
            if (row[j] < 0) {
                throw new InvalidArgument(Message.of("loads-are-never-negative"));
            }
            zero &= row[j] == 0;
        }
        if (zero) {
            return;
        }
        for (int j = 0; j < columns; j++) {
            double x = row[j];
            if (rows == 0) {
                min[j] = x;
                max[j] = x;
            } else {
                min[j] = Math.min(min[j], x);
                max[j] = Math.max(max[j], x);
            }
            sum[j] += x;
            if (x > 0) {
                sumXLogX[j] += x * Math.log(x);
            }
        }
        rows++;
    }

    /** The businesses counted so far (those with a non-zero load). */
    public long rows() {
        return rows;
    }

    public double[] weights() {
        if (rows < 2) {
            throw new InvalidArgument(Message.of("entropy-weights-need-at-least-two", rows));
        }
        double[] divergence = new double[columns];
        double total = 0;
        for (int j = 0; j < columns; j++) {
            if (min[j] == max[j]) {
                continue;
            }
            double sumPLogP = sumXLogX[j] / sum[j] - Math.log(sum[j]);
            double e = -sumPLogP / Math.log(rows);
            divergence[j] = Math.max(0, 1 - e);
            total += divergence[j];
        }
        if (total == 0) {
            throw new InvalidArgument(Message.of("every-indicator-s-loads-are-the"));
        }
        for (int j = 0; j < columns; j++) {
            divergence[j] /= total;
        }
        return divergence;
    }
}
