package org.credence.api.inspection;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.credence.inspection.control.DrawMethod;
import org.credence.inspection.entity.Draw;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A draw as published: the seed commitment from the start, the seed and the outcome's figures once
 * drawn (pool hash, pool size per grade, exclusions by reason, targets per grade). Nothing here names
 * a business's grade. {@code failure} (why a scheduled draw could not be made) is for staff only.
 */
public record DrawView(
        String key,
        long planId,

        @Schema(enumeration = {"SCHEDULED", "DRAWN", "CANCELLED"})
        String status,

        LocalDateTime dueAt,
        @Schema(enumeration = DrawMethod.VERSION) String method,
        String seedCommitment,
        String seed,
        String publicEntropy,
        LocalDate drawDate,
        LocalDateTime drawnAt,
        String poolHash,
        Integer poolSize,

        @Schema(
                type = SchemaType.OBJECT,
                additionalProperties = Integer.class,
                description = "Businesses in the pool per grade (A to D)")
        JsonObject poolByGrade,

        @Schema(
                type = SchemaType.OBJECT,
                additionalProperties = Integer.class,
                description = "Businesses left out of the pool per reason")
        JsonObject exclusionsByReason,

        @Schema(type = SchemaType.OBJECT, additionalProperties = Integer.class, description = "Targets drawn per grade")
        JsonObject selectedByGrade,

        Integer staffed,
        Integer unstaffed,
        Long modelId,
        String cancelReason,
        String replacedBy,
        String failure) {

    /** A draw just published, drawn or cancelled: it has no failure to write. */
    static DrawView of(Draw d, boolean staff) {
        return of(d, staff, Locale.ENGLISH);
    }

    /** A stored draw; staff read why a scheduled draw could not be made in their language. */
    static DrawView of(Draw d, boolean staff, Locale language) {
        JsonObject s = d.summaryJson();
        boolean revealed = d.drawnAt() != null;
        return new DrawView(
                d.key(),
                d.planId(),
                d.status(),
                d.dueAt(),
                "draw-v1",
                d.commitment(),
                revealed ? d.seed() : null,
                revealed ? d.publicEntropy() : null,
                d.drawDate(),
                d.drawnAt(),
                d.poolHash(),
                d.poolSize(),
                s == null ? null : s.getJsonObject("poolByGrade"),
                s == null ? null : s.getJsonObject("exclusionsByReason"),
                s == null ? null : s.getJsonObject("selectedByGrade"),
                s == null ? null : s.getInt("staffed"),
                s == null ? null : s.getInt("unstaffed"),
                staff ? d.modelId() : null,
                d.cancelReason(),
                d.replacedBy(),
                staff ? d.failureIn(language) : null);
    }
}
