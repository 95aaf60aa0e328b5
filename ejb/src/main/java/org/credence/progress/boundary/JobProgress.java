package org.credence.progress.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.credence.platform.CredenceException;
import org.credence.platform.Message;
import org.credence.platform.Refusals;
import org.credence.platform.jdbc.Database;
import org.credence.platform.jdbc.SqlErrors;

/**
 * Progress of long work that people start (record intakes, draws), each step committed on its own so
 * the overview of any node shows it while the work's own transaction is still open. Reporting never
 * fails the work: a progress row that cannot be written is logged and skipped.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobProgress {

    private static final Logger LOG = Logger.getLogger(JobProgress.class.getName());
    /** Rows written by a node that died stay RUNNING; the overview calls them stalled after this long. */
    public static final int STALLED_MINUTES = 10;

    @Inject
    Database database;

    Clock clock = Clock.systemUTC();

    /** A new piece of work: {@code total} is null when unknown. Returns its id (0 if it could not be recorded). */
    public long start(String kind, String label, String startedBy, Long total) {
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            return database.insert(
                    "insert into job_progress (kind, label, started_by, started_at, updated_at, done, total,"
                            + " status) values (?, ?, ?, ?, ?, 0, ?, 'RUNNING')",
                    kind,
                    cut(label, 200),
                    startedBy,
                    now,
                    now,
                    total);
        } catch (CredenceException | SqlErrors.DatabaseFailure e) {
            LOG.log(Level.WARNING, "progress of " + kind + " not recorded", e);
            return 0;
        }
    }

    /** Work done so far, with a summary kept in English and in Chinese for the overview's readers. */
    public void advance(long id, long done, Message detail) {
        write(
                id,
                "update job_progress set done = ?, detail = ?, detail_zh = ?, updated_at = ? where id = ?"
                        + " and status = 'RUNNING'",
                done,
                cut(detail.english(), 500),
                cut(detail.in(Refusals.CHINESE), 500),
                LocalDateTime.now(clock),
                id);
    }

    public void finish(long id, boolean completed, Message detail) {
        LocalDateTime now = LocalDateTime.now(clock);
        write(
                id,
                "update job_progress set status = ?, detail = ?, detail_zh = ?, updated_at = ?, finished_at = ?"
                        + " where id = ?",
                completed ? "COMPLETED" : "FAILED",
                cut(detail.english(), 500),
                cut(detail.in(Refusals.CHINESE), 500),
                now,
                now,
                id);
    }

    private void write(long id, String sql, Object... params) {
        if (id == 0) {
            return;
        }
        try {
            database.update(sql, params);
        } catch (CredenceException | SqlErrors.DatabaseFailure e) {
            LOG.log(Level.WARNING, "progress " + id + " not recorded", e);
        }
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
