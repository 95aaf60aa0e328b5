package org.credence.credit.boundary;

import org.credence.credit.entity.ModelDefinition;

/**
 * A new draft: either a new version of an existing model ({@code basedOn}, copied as it is), or a
 * new model from a full {@code definition}.
 */
public record ModelCreation(Long basedOn, ModelDefinition definition) {}
