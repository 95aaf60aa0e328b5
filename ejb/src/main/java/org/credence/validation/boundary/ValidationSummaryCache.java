package org.credence.validation.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The overview's validation summaries, kept for a few minutes per model and period on each node: the
 * overview is opened at every sign-in, and a year of a large installation's inspections takes seconds
 * to read. A summary is at most {@link #FRESH} old.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ValidationSummaryCache {

    static final Duration FRESH = Duration.ofMinutes(10);

    private record Kept(ValidationSummary summary, Instant at) {}

    private record Key(long model, LocalDate from, LocalDate to) {}

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    /** The summary kept for this model and period, if it is fresh; else null. */
    public ValidationSummary fresh(long model, LocalDate from, LocalDate to, Instant now) {
        Kept k = kept.get(new Key(model, from, to));
        return k == null || k.at().plus(FRESH).isBefore(now) ? null : k.summary();
    }

    public void keep(ValidationSummary summary, Instant now) {
        // yesterday's periods are never asked for again
        kept.keySet().removeIf(key -> key.to().isBefore(summary.to()));
        kept.put(new Key(summary.model(), summary.from(), summary.to()), new Kept(summary, now));
    }
}
