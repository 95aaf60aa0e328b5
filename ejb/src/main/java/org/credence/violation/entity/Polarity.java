package org.credence.violation.entity;

/** Whether a record counts against a business (a violation) or for it (a positive record). */
public enum Polarity {
    NEGATIVE,
    POSITIVE
}
