/**
 * Scheduled work: Quartz Scheduler on a clustered JDBC job store, with its threads made by the container
 * ({@code ManagedThreadPool}, {@code ManagedThreadExecutor}), so that each job fires once across the cluster and
 * may call the application's beans, and with a job store that frees a trigger a database outage left stuck
 * ({@code RecoveringJobStore}). {@code Scheduling} sets up and fires the jobs: the full recompute of credit
 * scores and the change-driven rescoring, a plan's scheduled draws, result deadlines, serious-list expiry, joint
 * measures, webhook deliveries, and sealing and checkpointing the audit chain.
 */
package org.credence.jobs;
