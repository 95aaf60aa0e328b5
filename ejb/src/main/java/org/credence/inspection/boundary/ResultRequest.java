package org.credence.inspection.boundary;

import java.time.LocalDate;
import org.credence.violation.entity.RecordSubmission;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An inspection result: the outcome (NO_PROBLEM, CORRECTED_ON_SITE, VIOLATIONS_FOUND, NOT_REACHABLE,
 * REFUSED), notes and the completion date. VIOLATIONS_FOUND carries the {@code record} to file
 * through the record intake (its USCC and agency are the assignment's and the inspector's).
 */
public record ResultRequest(
        @Schema(enumeration = {"NO_PROBLEM", "CORRECTED_ON_SITE", "VIOLATIONS_FOUND", "NOT_REACHABLE", "REFUSED"})
        String outcome,

        String notes,
        LocalDate completedOn,
        RecordSubmission record) {}
