package org.credence.api.credit;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.credence.credit.entity.ScoringRun;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A scoring run and its progress: businesses processed of the total, the rate so far (businesses per
 * second) and, while it runs, the estimated seconds left at that rate.
 */
public record RunView(
        long id,
        @Schema(enumeration = {"FULL", "CHANGES"}) String kind,

        @Schema(
                enumeration = {"SCHEDULE", "INSTALL", "MANUAL", "ACTIVATION", "CATCH_UP", "CHANGE_LOG"},
                description = "What started the run: the nightly schedule, the first start of an"
                        + " installation, a person, a model coming into force, a run resumed after its"
                        + " day, or (a CHANGES run) the change log")
        String trigger,

        @Schema(enumeration = {"RUNNING", "COMPLETED", "FAILED"})
        String status,

        LocalDate asOf,
        long total,
        long processed,
        long snapshotsWritten,
        Double ratePerSecond,
        Long secondsLeft,
        String requestedBy,
        LocalDateTime startedAt,
        LocalDateTime finishedAt,
        String failure) {

    static RunView of(ScoringRun run, Clock clock) {
        LocalDateTime end = run.finishedAt() != null ? run.finishedAt() : LocalDateTime.now(clock);
        Double rate = null;
        Long left = null;
        if (run.startedAt() != null) {
            double seconds =
                    Math.max(0.001, Duration.between(run.startedAt(), end).toMillis() / 1000.0);
            rate = Math.round(run.processed() / seconds * 10) / 10.0;
            if (run.running() && run.processed() > 0) {
                left = Math.round((run.total() - run.processed()) / (run.processed() / seconds));
            }
        }
        return new RunView(
                run.id(),
                run.kind(),
                run.trigger(),
                run.status(),
                run.asOf(),
                run.total(),
                run.processed(),
                run.changed(),
                rate,
                left,
                run.requestedBy(),
                run.startedAt(),
                run.finishedAt(),
                run.failure());
    }
}
