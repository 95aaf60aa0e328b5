package org.credence.jobs;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.credence.inspection.boundary.Draws;
import org.credence.inspection.boundary.Draws.Drawn;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Draws one scheduled draw of an inspection plan when it falls due, then arms the plan's next draw.
 * The draw itself is exactly-once (the plan's row lock and the draw's status), so a trigger that
 * fires twice, or on two nodes, draws once.
 */
public class PlanDrawJob implements Job {

    static final String DRAW_KEY = "drawKey";
    private static final Logger LOG = Logger.getLogger(PlanDrawJob.class.getName());

    private final Draws draws;
    private final Scheduling scheduling;

    PlanDrawJob(Draws draws, Scheduling scheduling) {
        this.draws = draws;
        this.scheduling = scheduling;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String key = context.getMergedJobDataMap().getString(DRAW_KEY);
        try {
            Drawn drawn = draws.drawScheduled(key);
            if (drawn != null && drawn.next() != null) {
                scheduling.scheduleDraw(drawn.next());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "scheduled draw " + key + " failed; it stays SCHEDULED for an administrator", e);
            draws.recordFailure(key, messageOf(e));
        }
    }

    private static String messageOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
