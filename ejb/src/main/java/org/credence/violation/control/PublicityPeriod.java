package org.credence.violation.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.credence.violation.entity.PenaltyType;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.Severity;

/**
 * When a record's publicity ends (SAMR Order 45, 市场监督管理行政处罚信息公示规定): a warning is never
 * public; a notice of criticism or a small fine is public for 3 months; every other penalty for 3 years.
 * The period follows the penalty type and amount, not the severity the submitter picked (the severity
 * feeds only the score); what counts as a small fine is data per agency ({@code agency_publicity_rule}).
 * Only a record without a penalty type falls back on its severity (WARNING never, MINOR 3 months).
 * Calendar months, and a day the target month lacks becomes its last day ({@link LocalDate#plusMonths}).
 * Positive records stay on file for 3 years, like an ordinary penalty.
 */
public final class PublicityPeriod {

    public static final int MINOR_MONTHS = 3;
    public static final int STANDARD_MONTHS = 36;

    /**
     * The small-fine ceiling where an agency has set none: 3,000 yuan, the ceiling for organisations of the
     * summary procedure (Administrative Penalty Law art. 51). A default, not law: Order 45 leaves 较低数额罚款
     * to the regulators, so each agency should enter its own rule and source.
     */
    public static final BigDecimal DEFAULT_SMALL_FINE_MAX = new BigDecimal("3000.00");

    private PublicityPeriod() {}

    /** The first day the record is no longer public, by its severity alone: for a record without a penalty type. */
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

    /**
     * The first day the record is no longer public; empty when it is never public. The penalty type and amount
     * decide; {@code smallFineMax} is the agency's ceiling of a small fine (inclusive).
     */
    public static Optional<LocalDate> endOf(
            Polarity polarity,
            PenaltyType type,
            BigDecimal amount,
            Severity severity,
            BigDecimal smallFineMax,
            LocalDate decisionDate) {
        if (polarity == Polarity.POSITIVE || type == null) {
            return endOf(polarity, severity, decisionDate);
        }
        return switch (type) {
            case WARNING -> Optional.empty();
            case NOTICE_OF_CRITICISM -> Optional.of(decisionDate.plusMonths(MINOR_MONTHS));
            case FINE ->
                Optional.of(decisionDate.plusMonths(smallFine(amount, smallFineMax) ? MINOR_MONTHS : STANDARD_MONTHS));
            case CONFISCATION, SUSPENSION, LICENCE_REVOCATION, OTHER ->
                Optional.of(decisionDate.plusMonths(STANDARD_MONTHS));
        };
    }

    /** Whether a fine of {@code amount} is a small fine under the ceiling (a fine without an amount is not). */
    public static boolean smallFine(BigDecimal amount, BigDecimal smallFineMax) {
        BigDecimal max = smallFineMax == null ? DEFAULT_SMALL_FINE_MAX : smallFineMax;
        return amount != null && amount.compareTo(max) <= 0;
    }
}
