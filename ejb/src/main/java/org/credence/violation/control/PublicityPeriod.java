package org.credence.violation.control;

import java.time.LocalDate;
import java.util.Optional;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.Severity;

/**
 * When a record's publicity ends (SAMR Order 45): a warning is never public; a notice of criticism or
 * small fine (MINOR) is public for 3 months; every other penalty for 3 years. Calendar months, and a
 * day the target month lacks becomes its last day ({@link LocalDate#plusMonths}).
 * Positive records stay on file for 3 years, like an ordinary penalty.
 */
public final class PublicityPeriod {

    public static final int MINOR_MONTHS = 3;
    public static final int STANDARD_MONTHS = 36;

    private PublicityPeriod() {
    }

    /** The first day the record is no longer public; empty when it is never public. */
    public static Optional<LocalDate> endOf(Polarity polarity, Severity severity, LocalDate decisionDate) {
        if (polarity == Polarity.POSITIVE) {
            return Optional.of(decisionDate.plusMonths(STANDARD_MONTHS));
        }
        return switch (severity) {
            case WARNING -> Optional.empty();
            case MINOR -> Optional.of(decisionDate.plusMonths(MINOR_MONTHS));
            case ORDINARY, HEAVY, SERIOUS -> Optional.of(decisionDate.plusMonths(STANDARD_MONTHS));
        };
    }
}
