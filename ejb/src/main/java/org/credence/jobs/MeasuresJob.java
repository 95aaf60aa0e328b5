package org.credence.jobs;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.credence.sharing.boundary.Measures;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Joint measures: opens and lifts cases for the businesses the change log (and new score snapshots)
 * name since the last run, one transaction per window, until nothing is waiting; then, once a day, the
 * cases whose record left publicity. Idempotent: a window
 * that fails is evaluated again by the next run, and evaluating twice changes nothing.
 */
@DisallowConcurrentExecution
public class MeasuresJob implements Job {

    private static final Logger LOG = Logger.getLogger(MeasuresJob.class.getName());

    private final Measures measures;
    private final Scheduling scheduling;

    MeasuresJob(Measures measures, Scheduling scheduling) {
        this.measures = measures;
        this.scheduling = scheduling;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            while (measures.step()) {
                if (scheduling.stopping()) {
                    return;
                }
            }
            // after the backlog: the first run of a day looks for cases whose record left publicity
            measures.publicityEnded();
        } catch (RuntimeException e) {
            if (!scheduling.stopping()) {
                LOG.log(Level.SEVERE, "joint measures: a step failed; the next run takes its window over", e);
            }
        }
    }
}
