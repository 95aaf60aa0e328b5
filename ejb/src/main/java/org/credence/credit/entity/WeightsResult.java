package org.credence.credit.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Weights a draft now has, how they were derived, and the consistency ratio of each AHP matrix. */
public record WeightsResult(
        long model,

        @Schema(enumeration = {"DIRECT", "AHP", "HIERARCHICAL_AHP", "ENTROPY", "OUTCOMES"})
        String method,

        Map<String, BigDecimal> weights,
        Map<String, Double> consistencyRatios,
        Long businessesCounted)
        implements Serializable {}
