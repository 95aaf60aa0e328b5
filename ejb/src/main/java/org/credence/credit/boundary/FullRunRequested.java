package org.credence.credit.boundary;

import java.time.LocalDate;

/**
 * A full scoring run is wanted: {@code runId} started now by a person (or found under way), or a model
 * activated from {@code from} (every business scored under it that day). Fired inside the transaction
 * that started the run or activated the model; the scheduler observes it after that transaction
 * commits and fires the full-recompute job.
 */
public record FullRunRequested(Long runId, LocalDate from, String trigger) {}
