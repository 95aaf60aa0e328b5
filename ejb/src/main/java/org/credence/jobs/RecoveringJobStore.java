package org.credence.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.quartz.JobPersistenceException;
import org.quartz.TriggerKey;
import org.quartz.impl.jdbcjobstore.JobStoreTX;

/**
 * Quartz's clustered JDBC job store, which after each check-in of this node (every 15 s) also puts back
 * the triggers left stuck on a live node ({@link StuckTriggers}): after PostgreSQL was restarted, a
 * trigger left ACQUIRED or BLOCKED by a transaction cut off mid-way would otherwise never fire again
 * until a node restarts. It reads and writes under Quartz's own trigger lock, as Quartz's recovery of a
 * dead node does, and logs a warning naming every trigger it puts back.
 */
// JobStoreTX overrides a generic method of its parent with a raw one, which javac reports on every subclass
@SuppressWarnings("unchecked")
public class RecoveringJobStore extends JobStoreTX {

    private static final Logger LOG = Logger.getLogger(RecoveringJobStore.class.getName());

    /**
     * A trigger still ACQUIRED this long after it was due is held by nobody: twice the misfire
     * threshold, past the latest a node acquires a trigger (the threshold after it is due).
     */
    long grace() {
        return 2 * getMisfireThreshold();
    }

    @Override
    protected boolean doCheckin() throws JobPersistenceException {
        boolean recovered = super.doCheckin();
        try {
            return releaseStuck(System.currentTimeMillis()) > 0 || recovered;
        } catch (JobPersistenceException e) {
            LOG.log(Level.WARNING, "could not look for stuck triggers; the next check-in tries again", e);
            return recovered;
        }
    }

    /** Puts back the triggers stuck at {@code now}; returns how many. */
    int releaseStuck(long now) throws JobPersistenceException {
        return executeInNonManagedTXLock(LOCK_TRIGGER_ACCESS, c -> release(c, now), null);
    }

    private int release(Connection c, long now) throws JobPersistenceException {
        try {
            List<StuckTriggers.Release> releases = StuckTriggers.find(triggers(c), fired(c), now, grace());
            for (StuckTriggers.Release r : releases) {
                TriggerKey key = new TriggerKey(r.trigger().name(), r.trigger().group());
                getDelegate().updateTriggerStateFromOtherState(c, key, StuckTriggers.WAITING, r.state());
                for (String entry : r.staleEntries()) {
                    getDelegate().deleteFiredTrigger(c, entry);
                }
            }
            if (!releases.isEmpty()) {
                LOG.warning(() -> "triggers left stuck by an interrupted transaction are waiting again: "
                        + StuckTriggers.names(releases));
            }
            return releases.size();
        } catch (SQLException e) {
            // Quartz's callbacks report a database failure as its own exception
            throw new JobPersistenceException("could not release stuck triggers: " + e.getMessage(), e);
        }
    }

    private List<StuckTriggers.TriggerRow> triggers(Connection c) throws SQLException {
        List<StuckTriggers.TriggerRow> rows = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME, JOB_GROUP,"
                + " TRIGGER_STATE, NEXT_FIRE_TIME from " + tablePrefix + "TRIGGERS where SCHED_NAME = ?"
                + " and TRIGGER_STATE in ('" + StuckTriggers.ACQUIRED + "', '" + StuckTriggers.BLOCKED + "')")) {
            q.setString(1, getInstanceName());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StuckTriggers.TriggerRow(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getLong(6)));
                }
            }
        }
        return rows;
    }

    private List<StuckTriggers.FiredRow> fired(Connection c) throws SQLException {
        List<StuckTriggers.FiredRow> rows = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select ENTRY_ID, TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME,"
                + " JOB_GROUP, STATE, SCHED_TIME, INSTANCE_NAME from " + tablePrefix + "FIRED_TRIGGERS"
                + " where SCHED_NAME = ?")) {
            q.setString(1, getInstanceName());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StuckTriggers.FiredRow(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getLong(7),
                            rs.getString(8)));
                }
            }
        }
        return rows;
    }
}
