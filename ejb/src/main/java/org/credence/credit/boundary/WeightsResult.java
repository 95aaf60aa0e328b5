package org.credence.credit.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/** Weights a draft now has, how they were derived, and the consistency ratio of each AHP matrix. */
public record WeightsResult(long model, String method, Map<String, BigDecimal> weights, Map<String, Double> consistencyRatios,
                            Long businessesCounted) implements Serializable {
}
