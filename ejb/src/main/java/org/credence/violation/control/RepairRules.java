package org.credence.violation.control;

import java.time.LocalDate;
import java.util.Optional;
import org.credence.platform.Message;
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

    private RepairRules() {}

    /** The first day an application can be made, from the decision date. */
    public static LocalDate earliestApplication(LocalDate decisionDate, boolean specialSector) {
        return decisionDate.plusMonths(specialSector ? SPECIAL_SECTOR_WAIT_MONTHS : WAIT_MONTHS);
    }

    /** Why the record cannot be repaired on {@code today}, or empty when it can. */
    public static Optional<Message> refusal(
            Polarity polarity,
            Severity severity,
            RecordStatus status,
            LocalDate decisionDate,
            LocalDate publicityEnd,
            boolean specialSector,
            LocalDate today) {
        if (polarity == Polarity.POSITIVE) {
            return Optional.of(Message.of("a-positive-record-needs-no-credit"));
        }
        if (status != RecordStatus.ACTIVE) {
            return Optional.of(Message.of("the-record-is-already", status));
        }
        if (severity == Severity.WARNING || publicityEnd == null) {
            return Optional.of(Message.of("a-warning-is-never-made-public"));
        }
        if (severity == Severity.SERIOUS) {
            return Optional.of(Message.of("records-of-the-most-severe-penalties"));
        }
        if (!today.isBefore(publicityEnd)) {
            return Optional.of(Message.of("the-record-s-publicity-already-ended", publicityEnd));
        }
        LocalDate earliest = earliestApplication(decisionDate, specialSector);
        if (today.isBefore(earliest)) {
            return Optional.of(
                    Message.of(specialSector ? "repair-after-one-year" : "repair-after-six-months", earliest));
        }
        return Optional.empty();
    }
}
