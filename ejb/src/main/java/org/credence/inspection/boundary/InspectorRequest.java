package org.credence.inspection.boundary;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An inspector as an administrator registers them. {@code username} links the login the inspector
 * uses to see assignments; {@code jurisdiction} lists division-code prefixes.
 */
public record InspectorRequest(
        String code,
        String name,
        String agency,
        List<String> jurisdiction,
        String certificateNumber,
        LocalDate certificateExpiry,

        @Schema(
                enumeration = {"ACTIVE", "ON_LEAVE", "LEFT"},
                defaultValue = "ACTIVE")
        String status,

        Integer maxAssignments,
        String username,
        List<QualificationRequest> qualifications) {

    public record QualificationRequest(String item, LocalDate validFrom, LocalDate validUntil) {}
}
