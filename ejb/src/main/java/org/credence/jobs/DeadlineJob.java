package org.credence.jobs;

import java.util.logging.Logger;
import org.credence.inspection.boundary.Assignments;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Flags unpublished inspection results due within 3 working days, and overdue ones. Idempotent. */
@DisallowConcurrentExecution
public class DeadlineJob implements Job {

    private static final Logger LOG = Logger.getLogger(DeadlineJob.class.getName());
    private final Assignments assignments;

    DeadlineJob(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(JobExecutionContext context) {
        int changed = assignments.flagDeadlines();
        LOG.info(() -> "publicity deadlines checked: " + changed + " flags changed");
    }
}
