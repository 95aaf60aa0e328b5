package org.credence.jobs;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.credence.sharing.boundary.Subscriptions;
import org.credence.sharing.control.Webhooks.Due;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Webhooks: copies new changes from the change log into deliveries, then sends the deliveries that
 * are due. One run at a time in the cluster; a delivery sent twice (a server stopped between the
 * send and its record) carries the same idempotency key.
 */
@DisallowConcurrentExecution
public class WebhookJob implements Job {

    private static final Logger LOG = Logger.getLogger(WebhookJob.class.getName());
    private static final int BATCH = 50;

    private final Subscriptions subscriptions;
    private final Scheduling scheduling;

    WebhookJob(Subscriptions subscriptions, Scheduling scheduling) {
        this.subscriptions = subscriptions;
        this.scheduling = scheduling;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            while (subscriptions.enqueue() > 0) {
                if (scheduling.stopping()) {
                    return;
                }
            }
            List<Due> due = subscriptions.due(BATCH);
            for (Due d : due) {
                if (scheduling.stopping()) {
                    return;
                }
                subscriptions.send(d);
            }
        } catch (RuntimeException e) {
            if (!scheduling.stopping()) {
                LOG.log(Level.SEVERE, "webhook run failed; the next run takes over", e);
            }
        }
    }
}
