package org.credence.credit.boundary;

import java.time.LocalDate;

/** When an activated model comes into force (today when left out). */
public record Activation(LocalDate effectiveFrom) {}
