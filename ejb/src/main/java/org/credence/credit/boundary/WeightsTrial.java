package org.credence.credit.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import org.credence.credit.entity.Preview;
import org.credence.credit.entity.WeightsResult;

/**
 * New weights tried on a draft and not stored: the weights as they would be stored, the weights
 * stored now (by indicator, with the method they came from) and the grades the new ones would give.
 */
public record WeightsTrial(
        WeightsResult result, Map<String, BigDecimal> storedWeights, String storedMethod, Preview preview)
        implements Serializable {}
