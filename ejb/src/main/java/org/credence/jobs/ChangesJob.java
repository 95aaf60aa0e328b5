package org.credence.jobs;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.credence.credit.boundary.ScoringService;
import org.credence.credit.entity.ScoringRun;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Rescoring of the businesses whose records or list entries changed, from the change log. */
@DisallowConcurrentExecution
public class ChangesJob implements Job {

    private static final Logger LOG = Logger.getLogger(ChangesJob.class.getName());

    private final ScoringService scoring;
    private final Scheduling scheduling;

    ChangesJob(ScoringService scoring, Scheduling scheduling) {
        this.scoring = scoring;
        this.scheduling = scheduling;
    }

    @Override
    public void execute(JobExecutionContext context) {
        ScoringRun run = scoring.openChanges();
        if (run == null) {
            return;
        }
        try {
            while (scoring.changesStep(run.id())) {
                if (scheduling.stopping()) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            if (!scheduling.stopping()) {
                LOG.log(Level.SEVERE, "rescoring run " + run.id() + " failed; the next one takes its changes over", e);
            }
        }
    }
}
