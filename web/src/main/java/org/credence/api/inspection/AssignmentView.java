package org.credence.api.inspection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.credence.inspection.entity.Assignment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An assignment as its team sees it: the business, the items, the team and the result. A provisional
 * deadline reaches into a year whose holidays are not known yet.
 */
public record AssignmentView(
        long id,
        String drawKey,
        long planId,
        String planName,
        List<String> items,
        LocalDate drawDate,
        String uscc,
        String businessName,
        String region,
        List<Member> team,

        @Schema(enumeration = {"NO_PROBLEM", "CORRECTED_ON_SITE", "VIOLATIONS_FOUND", "NOT_REACHABLE", "REFUSED"})
        String outcome,

        String notes,
        LocalDate completedOn,
        Long recordId,
        LocalDateTime recordedAt,
        String recordedBy,
        LocalDate publishDue,
        boolean publishDueProvisional,
        LocalDateTime publishedAt,
        @Schema(enumeration = {"DUE_SOON", "OVERDUE"}) String deadlineFlag) {

    public record Member(String code, String name) {}

    static AssignmentView of(Assignment a) {
        return new AssignmentView(
                a.id(),
                a.drawKey(),
                a.planId(),
                a.planName(),
                a.items(),
                a.drawDate(),
                a.uscc(),
                a.businessName(),
                a.region(),
                a.team().stream().map(m -> new Member(m.code(), m.name())).toList(),
                a.outcome(),
                a.notes(),
                a.completedOn(),
                a.recordId(),
                a.recordedAt(),
                a.recordedBy(),
                a.publishDue(),
                a.publishDueProvisional(),
                a.publishedAt(),
                a.deadlineFlag());
    }
}
