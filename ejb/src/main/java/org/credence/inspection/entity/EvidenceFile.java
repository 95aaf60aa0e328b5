package org.credence.inspection.entity;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record EvidenceFile(
        long id,
        long assignmentId,
        String fileName,

        @Schema(enumeration = {"image/jpeg", "image/png", "application/pdf"})
        String contentType,

        long size,
        String sha256,
        LocalDateTime uploadedAt,
        String uploadedBy)
        implements Serializable {}
