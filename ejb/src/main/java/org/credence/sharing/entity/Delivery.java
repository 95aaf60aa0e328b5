package org.credence.sharing.entity;

import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A delivery as stored. */
public record Delivery(
        long id,
        long subscriptionId,
        long changeSeq,

        @Schema(
                enumeration = {
                    "RECORD_ADDED",
                    "RECORD_REVOKED",
                    "RECORD_REPAIRED",
                    "LIST_ENTERED",
                    "LIST_REMOVED",
                    "GRADE_CHANGED",
                    "INSPECTION_RESULT_PUBLISHED",
                    "MEASURE_TRIGGERED",
                    "MEASURE_LIFTED"
                })
        String kind,

        String payload,
        String idempotencyKey,

        @Schema(
                enumeration = {"PENDING", "DELIVERED", "DEAD"},
                description = "DEAD after the last" + " failed attempt, until an administrator sends it again")
        String status,

        int attempts,
        LocalDateTime nextAttemptAt,
        Integer lastStatus,
        String lastError,
        LocalDateTime deliveredAt,
        LocalDateTime createdAt) {}
