package org.credence.credit.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.credence.audit.control.WriteLog;
import org.credence.credit.control.ScoringRunner;
import org.credence.credit.control.SnapshotFollower;
import org.credence.credit.control.SnapshotFollowers;
import org.credence.credit.entity.ScoringRun;
import org.credence.credit.entity.StartedRun;
import org.credence.platform.ChinaTime;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.platform.jdbc.Database;

/**
 * Scoring runs, each step in a transaction of its own (see {@link ScoringRunner}). The scheduler's
 * jobs drive the steps; the API starts runs and reads their progress.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScoringService {

    @Inject
    Database database;

    @Inject
    Event<FullRunRequested> fullRuns;

    @Inject
    SnapshotFollowers followers;

    Clock clock = Clock.systemUTC();

    /**
     * A person's request for a full run: starts one as of today, or returns the one under way, and has the
     * scheduler fire its job after commit (also for a run found under way: if its job was lost, a node
     * stopped between chunks, this picks it up again; one at a time, so a live job is not disturbed).
     */
    public StartedRun requestFull(String requestedBy) {
        StartedRun started = startFull("MANUAL", requestedBy);
        if (started.created()) {
            WriteLog.record(
                    requestedBy, "credit.run", "full run " + started.run().id());
        }
        fullRuns.fire(new FullRunRequested(started.run().id(), null, "MANUAL"));
        return started;
    }

    /** Starts a FULL run as of today (China time), or returns the one already running. */
    public StartedRun startFull(String trigger, String requestedBy) {
        return database.call(c -> ScoringRunner.startFull(c, trigger, requestedBy, ChinaTime.today(clock), this::now));
    }

    public boolean fullChunk(long runId) {
        return database.call(c -> {
            database.dialect().patient(c);
            database.dialect().withoutJit(c);
            return ScoringRunner.fullChunk(c, runId, ScoringRunner.FULL_CHUNK, now(), measures());
        });
    }

    public void fail(long runId, String failure) {
        database.run(c -> ScoringRunner.fail(c, runId, failure, now()));
    }

    public ScoringRun openChanges() {
        return database.call(c -> ScoringRunner.openChanges(c, "scheduler", ChinaTime.today(clock), now()));
    }

    public boolean changesStep(long runId) {
        return database.call(c -> {
            database.dialect().patient(c);
            database.dialect().withoutJit(c);
            return ScoringRunner.changesStep(c, runId, ScoringRunner.CHANGES_WINDOW, now(), measures());
        });
    }

    /**
     * The joint measures, evaluated in each step's transaction for the businesses it wrote snapshots for
     * (with their case openings and liftings in the change log), as of the same instant as the step.
     */
    private SnapshotFollower measures() {
        Instant instant = clock.instant();
        Clock fixed = Clock.fixed(instant, clock.getZone());
        return followers.following(ChinaTime.today(fixed), LocalDateTime.now(fixed));
    }

    /** Today in China, the date runs score as of. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LocalDate today() {
        return ChinaTime.today(clock);
    }

    /** The FULL run under way, or null. */
    public Long runningFull() {
        return database.call(c -> ScoringRunner.runningFull(c));
    }

    /** Whether a FULL run ever completed. */
    public boolean everScored() {
        return !none("select id from credit_run where kind = 'FULL' and status = 'COMPLETED'", null);
    }

    /** Whether a model was activated after the given time (so a run started before it does not cover it everywhere). */
    public boolean activatedSince(LocalDateTime since) {
        return !none("select id from credit_model where activated_at >= ?", since);
    }

    public ScoringRun find(long id) {
        return database.call(c -> {
            ScoringRun run = ScoringRunner.find(c, id);
            if (run == null) {
                throw new NotFoundException("run-not-found", Message.of("there-is-no-scoring-run", id));
            }
            return run;
        });
    }

    public List<ScoringRun> latest(String kind, int limit) {
        return database.call(c -> ScoringRunner.latest(c, kind, limit));
    }

    /** Whether the query finds no row. */
    private boolean none(String sql, LocalDateTime parameter) {
        return database.call(c -> {
            try (PreparedStatement q = c.prepareStatement(sql + " fetch first 1 rows only")) {
                if (parameter != null) {
                    q.setTimestamp(1, Timestamp.valueOf(parameter));
                }
                try (ResultSet rs = q.executeQuery()) {
                    return !rs.next();
                }
            }
        });
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
