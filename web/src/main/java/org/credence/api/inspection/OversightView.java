package org.credence.api.inspection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.credence.inspection.entity.Assignment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An assignment as oversight sees it: what was inspected, the outcome and the deadline, the team as
 * inspector codes; the notes and evidence stay with the team.
 */
public record OversightView(
        long id,
        String drawKey,
        long planId,
        String planName,
        String uscc,
        String businessName,
        List<String> inspectors,

        @Schema(enumeration = {"NO_PROBLEM", "CORRECTED_ON_SITE", "VIOLATIONS_FOUND", "NOT_REACHABLE", "REFUSED"})
        String outcome,

        LocalDate completedOn,
        LocalDate publishDue,
        boolean publishDueProvisional,
        LocalDateTime publishedAt,
        @Schema(enumeration = {"DUE_SOON", "OVERDUE"}) String deadlineFlag) {

    static OversightView of(Assignment a) {
        return new OversightView(
                a.id(),
                a.drawKey(),
                a.planId(),
                a.planName(),
                a.uscc(),
                a.businessName(),
                a.team().stream().map(Assignment.Member::code).toList(),
                a.outcome(),
                a.completedOn(),
                a.publishDue(),
                a.publishDueProvisional(),
                a.publishedAt(),
                a.deadlineFlag());
    }
}
