package org.credence.credit.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A scoring run (FULL or CHANGES) as stored: its trigger, state, progress and failure. */
public record ScoringRun(
        long id,
        String kind,
        String trigger,
        String status,
        LocalDate asOf,
        long total,
        long processed,
        long changed,
        Long nextBusinessId,
        String requestedBy,
        LocalDateTime requestedAt,
        LocalDateTime startedAt,
        LocalDateTime finishedAt,
        String failure) {

    public boolean running() {
        return "RUNNING".equals(status);
    }
}
