package org.credence.violation.control;

import java.time.LocalDate;
import java.util.Optional;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.RecordStatus;
import org.credence.violation.entity.Severity;

/**
 * Whether a record may be repaired (2021 credit repair measures): only an active, public penalty,
 * not one of the most severe, and only after 6 months of publicity (a year for food, drugs and
 * special equipment).
 */
public final class RepairRules {

    public static final int WAIT_MONTHS = 6;
    public static final int SPECIAL_SECTOR_WAIT_MONTHS = 12;

    private RepairRules() {
    }

    /** The first day an application can be made, from the decision date. */
    public static LocalDate earliestApplication(LocalDate decisionDate, boolean specialSector) {
        return decisionDate.plusMonths(specialSector ? SPECIAL_SECTOR_WAIT_MONTHS : WAIT_MONTHS);
    }

    /** Why the record cannot be repaired on {@code today}, or empty when it can. */
    public static Optional<String> refusal(Polarity polarity, Severity severity, RecordStatus status,
                                           LocalDate decisionDate, LocalDate publicityEnd,
                                           boolean specialSector, LocalDate today) {
        if (polarity == Polarity.POSITIVE) {
            return Optional.of("A positive record needs no credit repair.");
        }
        if (status != RecordStatus.ACTIVE) {
            return Optional.of("The record is already " + status.name().toLowerCase() + ".");
        }
        if (severity == Severity.WARNING || publicityEnd == null) {
            return Optional.of("A warning is never made public, so there is nothing to repair.");
        }
        if (severity == Severity.SERIOUS) {
            return Optional.of("Records of the most severe penalties (SERIOUS) cannot be repaired.");
        }
        if (!today.isBefore(publicityEnd)) {
            return Optional.of("The record's publicity already ended on " + publicityEnd + ".");
        }
        LocalDate earliest = earliestApplication(decisionDate, specialSector);
        if (today.isBefore(earliest)) {
            return Optional.of("Credit repair is possible only after " + (specialSector ? "1 year" : "6 months")
                    + " of publicity" + (specialSector ? " (food, drugs or special equipment)" : "")
                    + ", that is from " + earliest + ".");
        }
        return Optional.empty();
    }
}
