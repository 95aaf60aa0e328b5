package org.credence.jobs;

import java.util.logging.Logger;
import org.credence.audit.boundary.AuditTrail;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Chains the audit entries committed since the last run (idempotent: sealed entries stay as they are). */
@DisallowConcurrentExecution
public class AuditSealJob implements Job {

    private static final Logger LOG = Logger.getLogger(AuditSealJob.class.getName());
    private final AuditTrail audit;

    AuditSealJob(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void execute(JobExecutionContext context) {
        int sealed = audit.seal();
        if (sealed > 0) {
            LOG.fine(() -> "audit log: " + sealed + " entries sealed");
        }
    }
}
