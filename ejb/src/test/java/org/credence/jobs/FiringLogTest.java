package org.credence.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.credence.platform.jdbc.Database;
import org.credence.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

class FiringLogTest {

    private static final CountDownLatch RAN = new CountDownLatch(1);

    /** A job that only says it ran. */
    public static class Noted implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            RAN.countDown();
        }
    }

    @Test
    void aFiringIsRecordedWithItsTriggerItsDueTimeInUtcAndItsNode()
            throws SchedulerException, SQLException, InterruptedException {
        TestDatabase db = new TestDatabase();
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "firing-log-test");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", "1");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
        scheduler.getListenerManager().addJobListener(new FiringLog(new Database(db.dataSource()), "credence-7"));
        // due a moment from now, to the millisecond
        Date due = new Date((System.currentTimeMillis() / 1000 + 1) * 1000 + 250);
        scheduler.scheduleJob(
                JobBuilder.newJob(Noted.class).withIdentity("noted", "test").build(),
                TriggerBuilder.newTrigger()
                        .withIdentity("noted-once", "test")
                        .startAt(due)
                        .build());
        scheduler.start();
        try {
            assertTrue(RAN.await(30, TimeUnit.SECONDS), "the job ran");
        } finally {
            scheduler.shutdown(true);
        }
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select job_name, trigger_name, scheduled_at, fired_at, node, recovering"
                        + " from job_firing")) {
            assertTrue(rs.next(), "one row");
            assertEquals("noted", rs.getString(1));
            assertEquals("noted-once", rs.getString(2));
            assertEquals(
                    LocalDateTime.ofInstant(due.toInstant(), ZoneOffset.UTC),
                    rs.getTimestamp(3).toLocalDateTime());
            assertFalse(rs.getTimestamp(4)
                    .toLocalDateTime()
                    .isBefore(rs.getTimestamp(3).toLocalDateTime()));
            assertEquals("credence-7", rs.getString(5));
            assertFalse(rs.getBoolean(6));
            assertFalse(rs.next(), "only one");
        }
    }

    @Test
    void aSingleServerNamesItselfServer() {
        assertEquals(System.getProperty("com.sun.aas.instanceName", "server"), FiringLog.nodeName());
    }
}
