package org.credence.credit.boundary;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Judgements for AHP on Saaty's scale: either {@code matrix} over the NEGATIVE indicators in model
 * order (flat), or {@code dimensionMatrix} over the dimensions plus one matrix per dimension in
 * {@code dimensions} (hierarchical; a dimension with one indicator needs none).
 */
public record AhpRequest(
        double[][] matrix,
        double[][] dimensionMatrix,

        @Schema(
                type = SchemaType.OBJECT,
                additionalProperties = double[][].class,
                description = "Per dimension, the matrix over its indicators")
        Map<String, double[][]> dimensions) {}
