package org.credence.inspection.entity;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An inspector as people and systems read it and as an administrator's request is checked into. */
public record InspectorEntry(
        long id,
        String code,
        String name,
        long agencyId,
        String agencyCode,
        List<String> jurisdiction,
        String certificateNumber,
        LocalDate certificateExpiry,

        @Schema(enumeration = {"ACTIVE", "ON_LEAVE", "LEFT"})
        String status,

        int maxAssignments,
        String username,
        List<Qualification> qualifications,
        long version) {}
