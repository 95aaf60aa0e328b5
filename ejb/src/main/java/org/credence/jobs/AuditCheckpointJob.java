package org.credence.jobs;

import java.util.logging.Logger;
import org.credence.audit.boundary.AuditTrail;
import org.credence.audit.control.AuditLog;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Signs a checkpoint of the audit chain's head (idempotent: a head that has one gets no other). */
@DisallowConcurrentExecution
public class AuditCheckpointJob implements Job {

    private static final Logger LOG = Logger.getLogger(AuditCheckpointJob.class.getName());
    private final AuditTrail audit;

    AuditCheckpointJob(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void execute(JobExecutionContext context) {
        AuditLog.Checkpoint checkpoint = audit.checkpoint();
        if (checkpoint != null) {
            LOG.fine(() ->
                    "audit log: checkpoint of entry " + checkpoint.seq() + " signed by key " + checkpoint.keyId());
        }
    }
}
