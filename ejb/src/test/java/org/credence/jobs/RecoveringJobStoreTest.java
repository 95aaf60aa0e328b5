package org.credence.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.credence.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.JobPersistenceException;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.quartz.simpl.CascadingClassLoadHelper;
import org.quartz.spi.OperableTrigger;
import org.quartz.spi.SchedulerSignaler;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Quartz's own clustered job store on the application's schema (H2), driven as Quartz's scheduler
 * thread drives it, with the database failures that leave a trigger stuck played by hand.
 */
class RecoveringJobStoreTest {

    /** A job that allows one firing at a time, as most of the application's jobs do. */
    @DisallowConcurrentExecution
    public static class OneAtATime implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            // not run: the test drives the job store only
        }
    }

    private TestDatabase db;
    private RecoveringJobStore store;

    @BeforeEach
    void store() throws Exception {
        db = new TestDatabase();
        String name = "stuck-triggers-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(name, new ConnectionProvider() {
            @Override
            public Connection getConnection() throws SQLException {
                return asThePoolHandsItOut(db.dataSource().getConnection());
            }

            @Override
            public void shutdown() {}

            @Override
            public void initialize() {}
        });
        store = new RecoveringJobStore();
        store.setDataSource(name);
        store.setInstanceName("credence");
        store.setInstanceId("credence-1");
        store.setIsClustered(true);
        store.setTablePrefix("QRTZ_");
        store.setDriverDelegateClass(StdJDBCDelegate.class.getName());
        store.setMisfireThreshold(60_000);
        CascadingClassLoadHelper classes = new CascadingClassLoadHelper();
        classes.initialize();
        store.initialize(classes, new SchedulerSignaler() {
            @Override
            public void notifyTriggerListenersMisfired(Trigger trigger) {}

            @Override
            public void notifySchedulerListenersFinalized(Trigger trigger) {}

            @Override
            public void notifySchedulerListenersJobDeleted(JobKey jobKey) {}

            @Override
            public void signalSchedulingChange(long candidateNewNextFireTime) {}

            @Override
            public void notifySchedulerListenersError(String string, SchedulerException jpe) {}
        });
    }

    /** Set while the database is away: the pool still hands out its connections, which fail when used. */
    private final AtomicBoolean databaseGone = new AtomicBoolean();

    /**
     * A connection as Payara's pool hands it out: while the database is away its statements fail with the
     * driver's SQLException, and its rollback and commit with the UndeclaredThrowableException that the
     * pool's proxy makes of the driver's exception (seen in a node's log after a PostgreSQL restart).
     */
    private Connection asThePoolHandsItOut(Connection c) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (databaseGone.get()) {
                        SQLException closed = new SQLException("This connection has been closed.", "08003");
                        switch (method.getName()) {
                            case "rollback", "commit" ->
                                throw new UndeclaredThrowableException(new InvocationTargetException(closed));
                            case "prepareStatement", "createStatement" -> throw closed;
                            default -> {
                                // its settings and its closing are the pool's, and still work
                            }
                        }
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private JobDetail job() {
        return JobBuilder.newJob(OneAtATime.class)
                .withIdentity("changes", "credence")
                .storeDurably()
                .build();
    }

    /** A trigger every 15 s from {@code at}, its first time computed as the scheduler does before storing it. */
    private static OperableTrigger trigger(String name, Date at, JobDetail job) {
        OperableTrigger trigger = (OperableTrigger) TriggerBuilder.newTrigger()
                .withIdentity(name, "credence")
                .forJob(job)
                .startAt(at)
                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(15))
                .build();
        trigger.computeFirstFireTime(null);
        return trigger;
    }

    /** The trigger's state as stored (Quartz's API reports ACQUIRED as NORMAL). */
    private String state(String trigger) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement q =
                        c.prepareStatement("select TRIGGER_STATE from QRTZ_TRIGGERS where TRIGGER_NAME = ?")) {
            q.setString(1, trigger);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private long firedRecords() throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from QRTZ_FIRED_TRIGGERS")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aTriggerAcquiredByANodeThatLostItWaitsAgainOnceHeldLongAndSeenSoForAMinute() throws Exception {
        long now = System.currentTimeMillis();
        JobDetail job = job();
        store.storeJobAndTrigger(job, trigger("credit-changes", new Date(now), job));
        // the scheduler thread acquires it, then the database goes away before it fires: the node forgets it
        List<OperableTrigger> acquired = store.acquireNextTriggers(now + 30_000, 1, 0);
        assertEquals(1, acquired.size());
        assertEquals("ACQUIRED", state("credit-changes"));
        assertEquals(1, firedRecords());

        assertEquals(0, store.releaseStuck(now + 10_000), "a node may still fire it: it was hardly acquired");
        long late = now + store.grace() + 1_000;
        assertEquals(0, store.releaseStuck(late), "stuck at this check, but only since this check");
        assertEquals(1, firedRecords());

        assertEquals(1, store.releaseStuck(late + store.patience()));
        assertEquals("WAITING", state("credit-changes"));
        assertEquals(0, firedRecords());
        // and a node's scheduler can take it again
        assertEquals(
                1,
                store.acquireNextTriggers(System.currentTimeMillis() + 30_000, 1, 0)
                        .size());
    }

    @Test
    void aFiringTheDatabaseBrokeOffFailsAsPersistenceSoThatTheSchedulerReleasesItsTriggersOnceTheDatabaseIsBack()
            throws Exception {
        long now = System.currentTimeMillis();
        JobDetail job = job();
        store.storeJobAndTrigger(job, trigger("credit-changes", new Date(now), job));
        List<OperableTrigger> acquired = store.acquireNextTriggers(now + 30_000, 1, 0);
        assertEquals("ACQUIRED", state("credit-changes"));

        databaseGone.set(true);
        // Quartz's scheduler thread releases a firing's triggers on this exception only; any other it just logs
        assertThrows(JobPersistenceException.class, () -> store.triggersFired(acquired));
        databaseGone.set(false);
        for (OperableTrigger t : acquired) {
            store.releaseAcquiredTrigger(t);
        }
        assertEquals("WAITING", state("credit-changes"));
        assertEquals(0, firedRecords());
    }

    @Test
    void aCommitTheDatabaseBrokeOffIsAFailureToCommit() throws Exception {
        try (Connection c = asThePoolHandsItOut(db.dataSource().getConnection())) {
            databaseGone.set(true);
            assertThrows(JobPersistenceException.class, () -> store.commitConnection(c));
        }
    }

    @Test
    void aRecoveryAcquiredLongAfterItWasDueIsLeftToTheNodeThatAcquiredIt() throws Exception {
        long now = System.currentTimeMillis();
        JobDetail job = job();
        // as Quartz's recovery of an interrupted job: due an hour ago, misfires ignored, so acquired now
        OperableTrigger recovery = (OperableTrigger) TriggerBuilder.newTrigger()
                .withIdentity("recover_credence-2_1", "credence")
                .forJob(job)
                .startAt(new Date(now - 3_600_000))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionIgnoreMisfires())
                .build();
        recovery.computeFirstFireTime(null);
        store.storeJobAndTrigger(job, recovery);
        assertEquals(1, store.acquireNextTriggers(now + 30_000, 1, 0).size());
        assertEquals("ACQUIRED", state("recover_credence-2_1"));

        assertEquals(0, store.releaseStuck(now + 1_000));
        assertEquals(0, store.releaseStuck(now + 1_000 + store.patience()), "held since a moment ago");
        assertEquals("ACQUIRED", state("recover_credence-2_1"));
    }

    @Test
    void triggersBlockedWithNoFiringOfTheirJobExecutingWaitAgainAfterAMinute() throws Exception {
        long now = System.currentTimeMillis();
        JobDetail job = job();
        store.storeJobAndTrigger(job, trigger("credit-changes", new Date(now), job));
        store.storeTrigger(trigger("credit-changes-later", new Date(now + 3_600_000), job), false);
        List<OperableTrigger> acquired = store.acquireNextTriggers(now + 30_000, 1, 0);
        assertEquals(1, store.triggersFired(acquired).size());
        assertEquals("BLOCKED", state("credit-changes"));
        assertEquals("BLOCKED", state("credit-changes-later"));

        assertEquals(0, store.releaseStuck(now), "the job is executing: its triggers wait for it");
        assertEquals(0, store.releaseStuck(now + store.patience()));
        assertEquals("BLOCKED", state("credit-changes-later"));

        // the firing's record is gone while the block stays (as after a commit a node misread)
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("delete from QRTZ_FIRED_TRIGGERS");
        }
        long gone = now + 2 * store.patience();
        assertEquals(0, store.releaseStuck(gone), "seen so at one check only");
        assertEquals(2, store.releaseStuck(gone + store.patience()));
        assertEquals("WAITING", state("credit-changes"));
        assertEquals("WAITING", state("credit-changes-later"));
    }

    @Test
    void eachCheckInOfTheNodeLooksForStuckTriggers() throws Exception {
        long now = System.currentTimeMillis();
        JobDetail job = job();
        long[] clock = {now};
        store.clock = () -> clock[0];
        // the node's first check-in (before it acquires: Quartz's first check-in frees what a node held before it
        // started)
        assertFalse(store.doCheckin(), "nothing to recover, nothing stuck");
        store.storeJobAndTrigger(job, trigger("credit-changes", new Date(now), job));
        assertEquals(1, store.acquireNextTriggers(now + 30_000, 1, 0).size());
        assertFalse(store.doCheckin(), "acquired a moment ago");
        clock[0] = now + store.grace() + 1_000;
        assertFalse(store.doCheckin(), "stuck since this check only");
        clock[0] += store.patience();
        assertTrue(store.doCheckin(), "put back: the scheduler is told to look again");
        assertEquals("WAITING", state("credit-changes"));
    }
}
