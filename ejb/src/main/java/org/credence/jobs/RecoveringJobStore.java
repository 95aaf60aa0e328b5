package org.credence.jobs;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.credence.platform.jdbc.Jdbc;
import org.quartz.JobPersistenceException;
import org.quartz.TriggerKey;
import org.quartz.impl.jdbcjobstore.JobStoreTX;

/**
 * Quartz's clustered JDBC job store, which after each check-in of this node (every 15 s) also puts back
 * the triggers left stuck ({@link StuckTriggers}): a trigger left ACQUIRED or BLOCKED with nobody to fire
 * it, as database outages have left them, would otherwise never fire again on any node. It reads and
 * writes under Quartz's own trigger lock, as Quartz's recovery of a dead node does, puts back only a
 * trigger that has been stuck at its checks for a misfire threshold (60 s), and logs a warning naming
 * every trigger it puts back.
 */
// JobStoreTX overrides a generic method of its parent with a raw one, which javac reports on every subclass
@SuppressWarnings("unchecked")
public class RecoveringJobStore extends JobStoreTX {

    private static final Logger LOG = Logger.getLogger(RecoveringJobStore.class.getName());

    private final StuckTriggers.Patience patience = new StuckTriggers.Patience();

    /** The time now, in milliseconds since the epoch (a test sets its own). */
    LongSupplier clock = System::currentTimeMillis;

    /**
     * A trigger still ACQUIRED this long after a node acquired it is held by nobody: twice the misfire
     * threshold, where a node fires what it acquired within 30 s.
     */
    long grace() {
        return 2 * getMisfireThreshold();
    }

    /** How long a trigger must have been stuck at this node's checks before it is put back. */
    long patience() {
        return getMisfireThreshold();
    }

    @Override
    protected boolean doCheckin() throws JobPersistenceException {
        boolean recovered = super.doCheckin();
        try {
            return releaseStuck(clock.getAsLong()) > 0 || recovered;
        } catch (JobPersistenceException e) {
            LOG.log(Level.WARNING, "could not look for stuck triggers; the next check-in tries again", e);
            return recovered;
        }
    }

    /**
     * Rolls back as Quartz does, and also when the pool's connection reports the failure unchecked. Payara's
     * connection proxy reports a rollback on a connection the database closed as an
     * {@link java.lang.reflect.UndeclaredThrowableException}, where Quartz catches only {@link SQLException}.
     * Thrown from the rollback after a failed firing, it escaped {@code triggersFired}, and Quartz's scheduler
     * thread, which releases the triggers of a firing that failed on a {@link JobPersistenceException}, only
     * logged it: the triggers it had acquired stayed ACQUIRED until this store put them back, three minutes
     * later (a PostgreSQL restart in the fault suite left the change-driven rescoring so). The rollback's
     * failure is logged as Quartz logs it, and the firing's own failure goes on to the scheduler.
     */
    @Override
    protected void rollbackConnection(Connection conn) {
        try {
            super.rollbackConnection(conn);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not roll back the job store's connection", e);
        }
    }

    /** Commits as Quartz does; a failure the pool's connection reports unchecked is a failure to commit. */
    @Override
    protected void commitConnection(Connection conn) throws JobPersistenceException {
        try {
            super.commitConnection(conn);
        } catch (RuntimeException e) {
            throw new JobPersistenceException("could not commit the job store's connection: " + e, e);
        }
    }

    /** Puts back the triggers stuck at {@code now}; returns how many. */
    int releaseStuck(long now) throws JobPersistenceException {
        return executeInNonManagedTXLock(LOCK_TRIGGER_ACCESS, c -> release(c, now), null);
    }

    private int release(Connection c, long now) throws JobPersistenceException {
        try {
            List<StuckTriggers.Release> releases =
                    patience.due(StuckTriggers.find(triggers(c), fired(c), now, grace()), now, patience());
            for (StuckTriggers.Release r : releases) {
                TriggerKey key = new TriggerKey(r.trigger().name(), r.trigger().group());
                getDelegate().updateTriggerStateFromOtherState(c, key, StuckTriggers.WAITING, r.state());
                for (String entry : r.staleEntries()) {
                    getDelegate().deleteFiredTrigger(c, entry);
                }
            }
            if (!releases.isEmpty()) {
                LOG.warning(() -> "triggers left stuck with nobody to fire them are waiting again: "
                        + StuckTriggers.names(releases));
            }
            return releases.size();
        } catch (SQLException e) {
            // Quartz's callbacks report a database failure as its own exception
            throw new JobPersistenceException("could not release stuck triggers: " + e.getMessage(), e);
        }
    }

    private List<StuckTriggers.TriggerRow> triggers(Connection c) throws SQLException {
        return Jdbc.list(
                c,
                "select TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME, JOB_GROUP, TRIGGER_STATE, NEXT_FIRE_TIME from "
                        + tablePrefix + "TRIGGERS where SCHED_NAME = ? and TRIGGER_STATE in (?, ?)",
                rs -> new StuckTriggers.TriggerRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6)),
                getInstanceName(),
                StuckTriggers.ACQUIRED,
                StuckTriggers.BLOCKED);
    }

    private List<StuckTriggers.FiredRow> fired(Connection c) throws SQLException {
        return Jdbc.list(
                c,
                "select ENTRY_ID, TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME, JOB_GROUP, STATE, FIRED_TIME from "
                        + tablePrefix + "FIRED_TRIGGERS where SCHED_NAME = ?",
                rs -> new StuckTriggers.FiredRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getLong(7)),
                getInstanceName());
    }
}
