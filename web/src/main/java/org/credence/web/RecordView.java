package org.credence.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.credence.violation.entity.CreditRecord;
import org.credence.violation.entity.PenaltyType;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.RecordStatus;
import org.credence.violation.entity.Severity;

/** A record as the API shows it. {@code publicityEnd} is absent for a record that is never public. */
public record RecordView(
        long id,
        String uscc,
        String agency,
        String category,
        Polarity polarity,
        Severity severity,
        String sourceRecordId,
        String decisionNumber,
        LocalDate decisionDate,
        String legalBasis,
        PenaltyType penaltyType,
        BigDecimal penaltyAmount,
        LocalDate publicityEnd,
        RecordStatus status,
        LocalDate statusDate,
        String statusBy,
        String statusReason,
        LocalDateTime createdAt,
        String createdBy) {

    public static RecordView of(CreditRecord r) {
        return new RecordView(
                r.id(),
                r.business().uscc().value(),
                r.agency().code(),
                r.category().code(),
                r.category().polarity(),
                r.severity(),
                r.sourceRecordId(),
                r.decisionNumber(),
                r.decisionDate(),
                r.legalBasis(),
                r.penaltyType(),
                r.penaltyAmount(),
                r.publicityEnd(),
                r.status(),
                r.statusDate(),
                r.statusBy(),
                r.statusReason(),
                r.createdAt(),
                r.createdBy());
    }
}
