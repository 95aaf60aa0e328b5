package org.credence.violation.entity;

/** How grave a penalty is. A warning is never public; a notice of criticism or small fine is MINOR. */
public enum Severity {
    WARNING,
    MINOR,
    ORDINARY,
    HEAVY,
    SERIOUS
}
