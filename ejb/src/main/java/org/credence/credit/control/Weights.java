package org.credence.credit.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credence.platform.InvalidArgument;
import org.credence.platform.Message;

/**
 * Weights of the NEGATIVE indicators (score-v1): each at least 0, stored with at most 6 decimal
 * places, summing to exactly 1. A set summing to 1 within 0.000001 is rescaled: every weight is
 * divided by the sum and rounded to 6 places (half even), and what rounding leaves over goes to the
 * largest weight (the first such indicator, in the given order). Anything else is refused.
 */
public final class Weights {

    public static final int SCALE = 6;
    public static final BigDecimal TOLERANCE = new BigDecimal("0.000001");

    private Weights() {}

    /** The weights made exact, in the given order; throws {@link IllegalArgumentException} naming the fault. */
    public static Map<String, BigDecimal> exact(Map<String, BigDecimal> weights) {
        if (weights.isEmpty()) {
            throw new InvalidArgument(Message.of("at-least-one-weight-is-needed"));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> w : weights.entrySet()) {
            if (w.getValue() == null
                    || w.getValue().signum() < 0
                    || w.getValue().compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidArgument(Message.of("the-weight-of-must-be-from", w.getKey()));
            }
            if (w.getValue().stripTrailingZeros().scale() > SCALE) {
                throw new InvalidArgument(Message.of("the-weight-of-has-more-than", w.getKey(), SCALE));
            }
            sum = sum.add(w.getValue());
        }
        if (sum.subtract(BigDecimal.ONE).abs().compareTo(TOLERANCE) > 0) {
            throw new InvalidArgument(Message.of(
                    "the-weights-sum-to-not", sum.stripTrailingZeros().toPlainString()));
        }
        return rescaled(weights, sum);
    }

    /** Weights from any non-negative numbers (AHP, entropy), made exact as above. */
    public static Map<String, BigDecimal> fromFractions(List<String> codes, double[] fractions) {
        Map<String, BigDecimal> raw = new LinkedHashMap<>();
        double total = 0;
        for (double f : fractions) {
            total += f;
        }
        for (int i = 0; i < codes.size(); i++) {
            raw.put(codes.get(i), BigDecimal.valueOf(fractions[i] / total).setScale(SCALE, RoundingMode.HALF_EVEN));
        }
        BigDecimal sum = raw.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return rescaled(raw, sum);
    }

    private static Map<String, BigDecimal> rescaled(Map<String, BigDecimal> weights, BigDecimal sum) {
        Map<String, BigDecimal> exact = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>(weights.keySet());
        String largest = codes.get(0);
        for (String code : codes) {
            BigDecimal w = sum.compareTo(BigDecimal.ONE) == 0
                    ? weights.get(code).setScale(SCALE, RoundingMode.UNNECESSARY)
                    : weights.get(code).divide(sum, SCALE, RoundingMode.HALF_EVEN);
            exact.put(code, w);
            if (w.compareTo(exact.get(largest)) > 0) {
                largest = code;
            }
        }
        BigDecimal rest = BigDecimal.ONE.subtract(exact.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        exact.put(largest, exact.get(largest).add(rest));
        return exact;
    }
}
