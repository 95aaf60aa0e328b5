package org.credence.validation.control;

/**
 * An inspection's recorded outcome as validation-v1 reads it: a hit (VIOLATIONS_FOUND,
 * CORRECTED_ON_SITE), clean (NO_PROBLEM), or no finding at all (NOT_REACHABLE, REFUSED), which is
 * counted per grade but is not an observation.
 */
public enum Outcome {
    NO_PROBLEM,
    CORRECTED_ON_SITE,
    VIOLATIONS_FOUND,
    NOT_REACHABLE,
    REFUSED;

    /** Whether the outcome says something about the business's conduct (a hit or a clean result). */
    public boolean observed() {
        return this == NO_PROBLEM || this == CORRECTED_ON_SITE || this == VIOLATIONS_FOUND;
    }

    /** {@code y_t}: whether inspectors found a breach. */
    public boolean hit() {
        return this == CORRECTED_ON_SITE || this == VIOLATIONS_FOUND;
    }
}
