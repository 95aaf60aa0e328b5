package org.credence.jobs;

import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.credence.credit.boundary.ScoringService;
import org.credence.credit.entity.ScoringRun;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

/**
 * The full recompute: continues the FULL run it is given (or the one under way, or a new one) chunk
 * by chunk until it completes. One at a time across the cluster; a node that dies mid-run leaves the
 * run RUNNING, and the job is recovered by another node (or this one when it returns), resuming
 * after the last committed chunk. A model activated while the run was under way, or a run that
 * finishes after its as-of day, is followed by a fresh run.
 */
@DisallowConcurrentExecution
public class FullRecomputeJob implements Job {

    static final String RUN_ID = "runId";
    static final String TRIGGER = "trigger";
    private static final Logger LOG = Logger.getLogger(FullRecomputeJob.class.getName());

    private final ScoringService scoring;
    private final Scheduling scheduling;

    FullRecomputeJob(ScoringService scoring, Scheduling scheduling) {
        this.scoring = scoring;
        this.scheduling = scheduling;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        String trigger = data.containsKey(TRIGGER) ? data.getString(TRIGGER) : "SCHEDULE";
        long runId;
        if (data.containsKey(RUN_ID)) {
            runId = data.getLong(RUN_ID);
        } else {
            Long running = scoring.runningFull();
            runId = running != null
                    ? running
                    : scoring.startFull(trigger, "scheduler").run().id();
        }
        while (true) {
            ScoringRun run = scoring.find(runId);
            if (!run.running()) {
                return;
            }
            LocalDateTime started = run.startedAt();
            try {
                while (scoring.fullChunk(runId)) {
                    if (scheduling.stopping()) {
                        LOG.info("full scoring run " + runId + " pauses for shutdown; it resumes when a node starts");
                        return;
                    }
                }
            } catch (RuntimeException e) {
                if (scheduling.stopping()) {
                    return;
                }
                LOG.log(Level.SEVERE, "full scoring run " + runId + " failed", e);
                scoring.fail(runId, String.valueOf(e));
                return;
            }
            ScoringRun done = scoring.find(runId);
            LOG.info(() -> "full scoring run " + done.id() + " completed: " + done.processed() + " businesses, "
                    + done.changed() + " new snapshots");
            if (done.asOf().isBefore(scoring.today())) {
                // a run resumed after its day: today's scores are still owed
                runId = scoring.startFull("CATCH_UP", "scheduler").run().id();
            } else if (scoring.activatedSince(started)) {
                runId = scoring.startFull("ACTIVATION", "scheduler").run().id();
            } else {
                return;
            }
        }
    }
}
