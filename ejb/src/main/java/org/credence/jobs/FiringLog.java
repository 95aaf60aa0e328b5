package org.credence.jobs;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.credence.platform.jdbc.Database;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;

/**
 * Records every firing of every job in {@code job_firing}, as the job starts: the trigger, the time it
 * was due, the time it fired, the node (the Payara instance, else the server) and whether it is a
 * recovery of a node's interrupted job. Switched on by {@code credence.scheduler.firing-log}; it is how
 * a cluster is shown to fire each trigger once per period across its nodes. A row that cannot be
 * written is logged and the job runs all the same.
 */
final class FiringLog implements JobListener {

    private static final Logger LOG = Logger.getLogger(FiringLog.class.getName());
    private static final String INSERT = "insert into job_firing (job_name, trigger_name, scheduled_at, fired_at, node,"
            + " recovering) values (?, ?, ?, ?, ?, ?)";

    private final Database database;
    private final String node;

    FiringLog(Database database, String node) {
        this.database = database;
        this.node = node;
    }

    /** The name of this node: Payara's instance name, {@code server} on a single server. */
    static String nodeName() {
        return System.getProperty("com.sun.aas.instanceName", "server");
    }

    @Override
    public String getName() {
        return "credence-firing-log";
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
        try {
            database.run(c -> {
                try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                    insert.setString(1, context.getJobDetail().getKey().getName());
                    insert.setString(2, context.getTrigger().getKey().getName());
                    insert.setTimestamp(3, utc(context.getScheduledFireTime()));
                    insert.setTimestamp(4, utc(context.getFireTime()));
                    insert.setString(5, node);
                    insert.setBoolean(6, context.isRecovering());
                    insert.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "cannot record the firing of " + context.getTrigger().getKey(),
                    e);
        }
    }

    @Override
    public void jobExecutionVetoed(JobExecutionContext context) {
        // nothing ran
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException jobException) {
        // the firing is recorded as it starts: a node killed mid-job has still recorded it
    }

    /** A time as the application stores times: UTC, without a zone. */
    static Timestamp utc(Date time) {
        Date at = time == null ? new Date() : time;
        return Timestamp.valueOf(LocalDateTime.ofInstant(at.toInstant(), ZoneOffset.UTC));
    }
}
