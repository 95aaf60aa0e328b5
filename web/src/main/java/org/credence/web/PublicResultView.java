package org.credence.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.credence.inspection.entity.Assignment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published inspection result as the public sees it: inspector codes, never names, and no grade. */
public record PublicResultView(
        long id,
        String drawKey,
        long planId,
        String planName,
        List<String> items,
        String uscc,
        String businessName,
        List<String> inspectors,

        @Schema(enumeration = {"NO_PROBLEM", "CORRECTED_ON_SITE", "VIOLATIONS_FOUND", "NOT_REACHABLE", "REFUSED"})
        String outcome,

        LocalDate completedOn,
        LocalDateTime publishedAt)
        implements java.io.Serializable {

    public static PublicResultView of(Assignment a) {
        return new PublicResultView(
                a.id(),
                a.drawKey(),
                a.planId(),
                a.planName(),
                a.items(),
                a.uscc(),
                a.businessName(),
                a.team().stream().map(Assignment.Member::code).toList(),
                a.outcome(),
                a.completedOn(),
                a.publishedAt());
    }
}
