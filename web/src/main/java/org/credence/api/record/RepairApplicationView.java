package org.credence.api.record;

import java.time.LocalDate;
import org.credence.violation.entity.RepairApplication;

/** A credit repair application as the API shows it. */
public record RepairApplicationView(
        long id,
        long recordId,
        String commitment,
        String fulfilment,
        LocalDate appliedOn,
        String submittedBy,
        RepairApplication.Decision decision,
        LocalDate decidedOn,
        String decidedBy,
        String decisionReason) {

    public static RepairApplicationView of(RepairApplication a) {
        return new RepairApplicationView(
                a.id(),
                a.record().id(),
                a.commitment(),
                a.fulfilment(),
                a.appliedOn(),
                a.submittedBy(),
                a.decision(),
                a.decidedOn(),
                a.decidedBy(),
                a.decisionReason());
    }
}
