package org.credence.jobs;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.credence.violation.boundary.CreditLists;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Ends the serious-list entries whose 3 years are over and that were not renewed, a batch per
 * transaction, until none is left; their LIST_REMOVED changes lift the joint measures. Idempotent:
 * a run that fails half way leaves the rest to the next, and a second run finds nothing.
 */
@DisallowConcurrentExecution
public class ListExpiryJob implements Job {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(ListExpiryJob.class.getName());

    private final CreditLists lists;
    private final Scheduling scheduling;

    ListExpiryJob(CreditLists lists, Scheduling scheduling) {
        this.lists = lists;
        this.scheduling = scheduling;
    }

    @Override
    public void execute(JobExecutionContext context) {
        int ended = 0;
        try {
            for (int batch = lists.endExpired(BATCH);
                    batch > 0 && !scheduling.stopping();
                    batch = lists.endExpired(BATCH)) {
                ended += batch;
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "serious list: ending the expired entries failed; the next run takes the rest over",
                    e);
        }
        int total = ended;
        LOG.info(() -> "serious list: " + total + " entries ended after their period");
    }
}
