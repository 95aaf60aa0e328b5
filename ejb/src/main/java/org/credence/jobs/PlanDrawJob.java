package org.credence.jobs;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.credence.inspection.boundary.Draws;
import org.credence.platform.CredenceException;
import org.credence.platform.Message;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Draws one scheduled draw of an inspection plan when it falls due; the plan's next draw is armed once
 * the draw commits (the {@code DrawScheduled} event {@link Scheduling} observes).
 * The draw itself is exactly-once (the plan's row lock and the draw's status), so a trigger that
 * fires twice, or on two nodes, draws once.
 */
public class PlanDrawJob implements Job {

    static final String DRAW_KEY = "drawKey";
    private static final Logger LOG = Logger.getLogger(PlanDrawJob.class.getName());

    private final Draws draws;

    PlanDrawJob(Draws draws) {
        this.draws = draws;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String key = context.getMergedJobDataMap().getString(DRAW_KEY);
        try {
            draws.drawScheduled(key); // the next period's draw is armed after commit (DrawScheduled)
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "scheduled draw " + key + " failed; it stays SCHEDULED for an administrator", e);
            draws.recordFailure(key, reasonOf(e));
        }
    }

    /**
     * What administrators read: a refusal's own message (e.g. a joint plan's missing consent), found
     * through the container's wrapping; any other failure as an internal error whose details are in the
     * log, never an exception's text.
     */
    static Message reasonOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CredenceException refusal) {
                return refusal.detail();
            }
        }
        return Message.of("draw-failed-internally");
    }
}
