package org.credence.credit.boundary;

import java.util.Map;

/**
 * Judgements for AHP on Saaty's scale: either {@code matrix} over the NEGATIVE indicators in model
 * order (flat), or {@code dimensionMatrix} over the dimensions plus one matrix per dimension in
 * {@code dimensions} (hierarchical; a dimension with one indicator needs none).
 */
public record AhpRequest(double[][] matrix, double[][] dimensionMatrix, Map<String, double[][]> dimensions) {
}
