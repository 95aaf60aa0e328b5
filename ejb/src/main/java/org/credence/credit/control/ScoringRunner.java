package org.credence.credit.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.credence.credit.control.ModelStore.StoredModel;
import org.credence.credit.control.Rescoring.BusinessRef;
import org.credence.credit.control.Rescoring.Result;
import org.credence.credit.control.Rescoring.ScoredBusiness;
import org.credence.credit.entity.Grade;
import org.credence.credit.entity.ScoringRun;
import org.credence.credit.entity.StartedRun;
import org.credence.platform.jdbc.Jdbc;
import org.credence.platform.jdbc.SqlDialect;

/**
 * Scoring runs, one transaction step at a time on the caller's connection. Every step first locks
 * the single row of {@code credit_scoring_state}, so steps of different runs (and nodes) take turns
 * and a step sees the snapshots of every step before it.
 *
 * <p>A FULL run scores every business under every model in force at its as-of date, in chunks of
 * businesses in id order; each chunk's snapshots are committed with the run's cursor, so a run
 * interrupted anywhere resumes after its last committed chunk without duplicating or losing a
 * snapshot. At most one FULL run is RUNNING: asking for another returns it.
 *
 * <p>A CHANGES run rescores the businesses named in the change log after {@code changes_seen}, a
 * window of entries per step, and moves {@code changes_seen} on in the same transaction.
 *
 * <p>A step that writes snapshots hands what it read and scored to a {@link SnapshotFollower} (the
 * joint measures) in its own transaction, so what follows from a grade is recorded with it and never
 * queried back by a job that takes turns with the run on this lock.
 */
public final class ScoringRunner {

    public static final int FULL_CHUNK = 5000;
    public static final int CHANGES_WINDOW = 5000;
    /**
     * The kinds of change that never move a score: the grade changes scoring itself writes, and the
     * joint measures that follow from grades, lists and records.
     */
    static final Set<String> NOT_RESCORED = Set.of("GRADE_CHANGED", "MEASURE_TRIGGERED", "MEASURE_LIFTED");
    /**
     * A FULL run that wrote at least this many snapshots refreshes the table's statistics at its end,
     * and on its way each time its snapshots reach this many times a power of two.
     */
    static final int STATISTICS_AFTER = 10_000;

    private ScoringRunner() {}

    /**
     * Starts a FULL run at {@code asOf}, or returns the one already running. The run is requested at
     * the first reading of {@code clock} and starts at the second, once it holds the state's lock: a
     * trigger that waited for the previous run to finish starts after it, not before.
     */
    public static StartedRun startFull(
            Connection connection, String trigger, String requestedBy, LocalDate asOf, Supplier<LocalDateTime> clock)
            throws SQLException {
        LocalDateTime requested = clock.get();
        State state = lockState(connection);
        LocalDateTime started = clock.get();
        if (state.runningFull() != null) {
            return new StartedRun(find(connection, state.runningFull()), false);
        }
        long total;
        try (PreparedStatement count = connection.prepareStatement("select count(*) from business");
                ResultSet rs = count.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
        }
        long id = SqlDialect.nextValue(connection, "credit_run_seq");
        try (PreparedStatement insert = connection.prepareStatement("insert into credit_run (id, kind, trigger_kind,"
                + " status, as_of, total, processed, changed, next_business_id, requested_by, requested_at, started_at)"
                + " values (?, 'FULL', ?, 'RUNNING', ?, ?, 0, 0, 0, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, trigger);
            insert.setDate(3, Date.valueOf(asOf));
            insert.setLong(4, total);
            insert.setString(5, requestedBy);
            insert.setTimestamp(6, Timestamp.valueOf(requested));
            insert.setTimestamp(7, Timestamp.valueOf(started));
            insert.executeUpdate();
        }
        update(connection, "update credit_scoring_state set running_full_run = ? where id = 1", id);
        return new StartedRun(find(connection, id), true);
    }

    /** The FULL run under way, or null. */
    public static Long runningFull(Connection connection) throws SQLException {
        try (PreparedStatement query =
                        connection.prepareStatement("select running_full_run from credit_scoring_state where id = 1");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            long id = rs.getLong(1);
            return rs.wasNull() ? null : id;
        }
    }

    /**
     * Scores the next chunk of a FULL run and commits its cursor with its snapshots (the caller's
     * transaction); returns false once the run is complete (or was not running).
     */
    public static boolean fullChunk(
            Connection connection, long runId, int chunkSize, LocalDateTime now, SnapshotFollower follower)
            throws SQLException {
        lockState(connection);
        ScoringRun run = find(connection, runId);
        if (run == null || !run.running()) {
            return false;
        }
        Rescoring rescoring = new Rescoring(connection);
        List<BusinessRef> chunk = rescoring.businessesFrom(run.nextBusinessId(), chunkSize);
        if (chunk.isEmpty()) {
            try (PreparedStatement done = connection.prepareStatement(
                    "update credit_run set status = 'COMPLETED', finished_at = ? where id = ?")) {
                done.setTimestamp(1, Timestamp.valueOf(now));
                done.setLong(2, runId);
                done.executeUpdate();
            }
            update(
                    connection,
                    "update credit_scoring_state set running_full_run = null where id = 1 and running_full_run = ?",
                    runId);
            if (run.changed() >= STATISTICS_AFTER) {
                // many new snapshots (a first evaluation, a new model): the planner must know, or the
                // next CHANGES run reads every snapshot of the model to find a few hundred
                SqlDialect.of(connection).refreshStatistics(connection, "credit_score");
                follower.refreshStatistics(connection);
            }
            return false;
        }
        List<StoredModel> models = ModelStore.inForce(connection, run.asOf());
        List<Result> results = new ArrayList<>(chunk.size() * Math.max(1, models.size()));
        List<ScoredBusiness> scored = new ArrayList<>(chunk.size());
        rescoring.score(chunk, models, run.asOf(), true, results::add, scored::add);
        int written = write(connection, rescoring, follower, run.asOf(), models, scored, results, runId, now);
        countGrades(connection, runId, results);
        if (statisticsDue(run.changed(), run.changed() + written)) {
            // a first evaluation grows the table from nothing: without this, every reader of the latest
            // snapshots meanwhile (the next chunk's, a lookup's) plans by an empty table and may scan it whole
            SqlDialect.of(connection).refreshStatistics(connection, "credit_score");
            follower.refreshStatistics(connection);
        }
        try (PreparedStatement advance = connection.prepareStatement("update credit_run set processed = processed + ?,"
                + " changed = changed + ?, next_business_id = ? where id = ?")) {
            advance.setLong(1, chunk.size());
            advance.setLong(2, written);
            advance.setLong(3, chunk.get(chunk.size() - 1).id() + 1);
            advance.setLong(4, runId);
            advance.executeUpdate();
        }
        return true;
    }

    /**
     * Writes a group's changed results with what follows them (the joint measures), in the step's
     * transaction; returns the number of snapshots written. A group with nothing new costs the
     * follower nothing, not even its lock.
     */
    private static int write(
            Connection connection,
            Rescoring rescoring,
            SnapshotFollower follower,
            LocalDate asOf,
            List<StoredModel> models,
            List<ScoredBusiness> scored,
            List<Result> results,
            long runId,
            LocalDateTime now)
            throws SQLException {
        if (results.stream().noneMatch(Result::changed)) {
            return 0;
        }
        SnapshotFollower.Written then = follower.prepare(connection, asOf, models);
        int written = rescoring.write(results, runId, now);
        then.follow(connection, scored, results);
        return written;
    }

    /**
     * Adds a chunk's grades to the run's count per model, in the chunk's transaction: the overview's
     * grade distribution, read without counting every business's latest snapshot.
     */
    static void countGrades(Connection connection, long runId, List<Result> results) throws SQLException {
        Map<Long, long[]> byModel = new LinkedHashMap<>();
        for (Result result : results) {
            byModel.computeIfAbsent(result.model().id(), m -> new long[Grade.values().length])[
                    result.explanation().grade().ordinal()]++;
        }
        for (Map.Entry<Long, long[]> model : byModel.entrySet()) {
            for (Grade grade : Grade.values()) {
                long n = model.getValue()[grade.ordinal()];
                if (n > 0
                        && Jdbc.update(
                                        connection,
                                        "update credit_run_grade set businesses = businesses + ? where run_id = ?"
                                                + " and model_id = ? and grade = ?",
                                        n,
                                        runId,
                                        model.getKey(),
                                        grade.name())
                                == 0) {
                    Jdbc.update(
                            connection,
                            "insert into credit_run_grade (run_id, model_id, grade, businesses) values (?, ?, ?, ?)",
                            runId,
                            model.getKey(),
                            grade.name(),
                            n);
                }
            }
        }
    }

    /** The grades a run counted for a model, A to D (zero where none). */
    public static Map<Grade, Long> grades(Connection connection, long runId, long modelId) throws SQLException {
        Map<Grade, Long> grades = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            grades.put(grade, 0L);
        }
        Jdbc.list(
                connection,
                "select grade, businesses from credit_run_grade where run_id = ? and model_id = ?",
                rs -> grades.put(Grade.valueOf(rs.getString(1)), rs.getLong(2)),
                runId,
                modelId);
        return grades;
    }

    /** Whether a run that had written {@code before} snapshots and now {@code after} passed 10,000 times a power of two. */
    static boolean statisticsDue(long before, long after) {
        long threshold = STATISTICS_AFTER;
        while (threshold <= before) {
            threshold *= 2;
        }
        return after >= threshold;
    }

    /** Marks a run FAILED with the reason (the FULL slot is freed, so that a new run can start). */
    public static void fail(Connection connection, long runId, String failure, LocalDateTime now) throws SQLException {
        lockState(connection);
        try (PreparedStatement update = connection.prepareStatement("update credit_run set status = 'FAILED',"
                + " failure = ?, finished_at = ? where id = ? and status = 'RUNNING'")) {
            update.setString(1, failure.length() > 2000 ? failure.substring(0, 2000) : failure);
            update.setTimestamp(2, Timestamp.valueOf(now));
            update.setLong(3, runId);
            update.executeUpdate();
        }
        update(
                connection,
                "update credit_scoring_state set running_full_run = null where id = 1 and running_full_run = ?",
                runId);
    }

    /**
     * Opens a CHANGES run when the change log has moved past {@code changes_seen}; returns null when
     * there is nothing to do. A CHANGES run left RUNNING by a crash is closed as FAILED: its remaining
     * changes are still after {@code changes_seen} and belong to the new run.
     */
    public static ScoringRun openChanges(Connection connection, String requestedBy, LocalDate asOf, LocalDateTime now)
            throws SQLException {
        State state = lockState(connection);
        long last = lastChangeSeq(connection);
        if (last <= state.changesSeen()) {
            return null;
        }
        try (PreparedStatement stale = connection.prepareStatement("update credit_run set status = 'FAILED',"
                + " failure = 'interrupted; its remaining changes went to a later run', finished_at = ?"
                + " where kind = 'CHANGES' and status = 'RUNNING'")) {
            stale.setTimestamp(1, Timestamp.valueOf(now));
            stale.executeUpdate();
        }
        long total;
        try (PreparedStatement count = connection.prepareStatement("select count(distinct business_id) from change_log"
                + " where seq > ? and seq <= ? and kind not in ('" + String.join("', '", NOT_RESCORED) + "')")) {
            count.setLong(1, state.changesSeen());
            count.setLong(2, last);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        if (total == 0) {
            // only grade changes, which scoring itself wrote, and joint measures: nothing to rescore
            try (PreparedStatement advance =
                    connection.prepareStatement("update credit_scoring_state set changes_seen = ? where id = 1")) {
                advance.setLong(1, last);
                advance.executeUpdate();
            }
            return null;
        }
        long id = SqlDialect.nextValue(connection, "credit_run_seq");
        try (PreparedStatement insert = connection.prepareStatement("insert into credit_run (id, kind, trigger_kind,"
                + " status, as_of, total, processed, changed, from_change_seq, to_change_seq, requested_by, requested_at,"
                + " started_at) values (?, 'CHANGES', 'CHANGE_LOG', 'RUNNING', ?, ?, 0, 0, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setDate(2, Date.valueOf(asOf));
            insert.setLong(3, total);
            insert.setLong(4, state.changesSeen() + 1);
            insert.setLong(5, last);
            insert.setString(6, requestedBy);
            insert.setTimestamp(7, Timestamp.valueOf(now));
            insert.setTimestamp(8, Timestamp.valueOf(now));
            insert.executeUpdate();
        }
        return find(connection, id);
    }

    /**
     * Rescores the businesses of the next window of change-log entries and moves {@code changes_seen}
     * past them; returns false (and completes the run) when the log holds nothing more.
     */
    public static boolean changesStep(
            Connection connection, long runId, int window, LocalDateTime now, SnapshotFollower follower)
            throws SQLException {
        State state = lockState(connection);
        ScoringRun run = find(connection, runId);
        if (run == null || !run.running()) {
            return false;
        }
        Set<Long> businessIds = new LinkedHashSet<>();
        long seen = state.changesSeen();
        try (PreparedStatement query = connection.prepareStatement(
                "select seq, business_id, kind from change_log" + " where seq > ? order by seq limit ?")) {
            query.setLong(1, seen);
            query.setInt(2, window);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    seen = rs.getLong(1);
                    if (!NOT_RESCORED.contains(rs.getString(3))) {
                        businessIds.add(rs.getLong(2));
                    }
                }
            }
        }
        if (seen == state.changesSeen()) {
            try (PreparedStatement done = connection.prepareStatement(
                    "update credit_run set status = 'COMPLETED', finished_at = ?, to_change_seq = ? where id = ?")) {
                done.setTimestamp(1, Timestamp.valueOf(now));
                done.setLong(2, seen);
                done.setLong(3, runId);
                done.executeUpdate();
            }
            return false;
        }
        Rescoring rescoring = new Rescoring(connection);
        List<StoredModel> models = ModelStore.inForce(connection, run.asOf());
        List<Long> ids = businessIds.stream().sorted().toList();
        long processed = 0;
        long written = 0;
        for (int from = 0; from < ids.size(); from += 1000) {
            List<BusinessRef> group = rescoring.businesses(ids.subList(from, Math.min(ids.size(), from + 1000)));
            List<Result> results = new ArrayList<>();
            List<ScoredBusiness> scored = new ArrayList<>(group.size());
            rescoring.score(group, models, run.asOf(), true, results::add, scored::add);
            written += write(connection, rescoring, follower, run.asOf(), models, scored, results, runId, now);
            processed += group.size();
        }
        try (PreparedStatement advance =
                connection.prepareStatement("update credit_scoring_state set changes_seen = ? where id = 1")) {
            advance.setLong(1, seen);
            advance.executeUpdate();
        }
        try (PreparedStatement progress = connection.prepareStatement("update credit_run set processed = processed + ?,"
                + " changed = changed + ?, total = greatest(total, processed + ?) where id = ?")) {
            progress.setLong(1, processed);
            progress.setLong(2, written);
            progress.setLong(3, processed);
            progress.setLong(4, runId);
            progress.executeUpdate();
        }
        return true;
    }

    /**
     * Takes the scoring lock until the caller's transaction ends, waiting for a step under way. Every
     * step writes its snapshots under this lock, so snapshot ids grow in commit order, and while the
     * caller holds it every snapshot written so far is committed: a reader that follows snapshots by
     * id misses none.
     */
    public static void holdScoring(Connection connection) throws SQLException {
        lockState(connection);
    }

    /**
     * As {@link #holdScoring}, but only if no step holds the lock now; returns whether the caller holds
     * it. For a reader that holds a lock a scoring step may wait for (the joint measures' state): it must
     * never wait for this one, or each would wait for the other.
     */
    public static boolean holdScoringIfFree(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                        "select id from credit_scoring_state where id = 1 for update skip locked");
                ResultSet rs = lock.executeQuery()) {
            return rs.next();
        }
    }

    public static ScoringRun find(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select * from credit_run where id = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? run(rs) : null;
            }
        }
    }

    /** The latest runs, newest first, optionally of one kind. */
    public static List<ScoringRun> latest(Connection connection, String kind, int limit) throws SQLException {
        List<ScoringRun> runs = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select * from credit_run" + (kind == null ? "" : " where kind = ?") + " order by id desc limit ?")) {
            int i = 1;
            if (kind != null) {
                query.setString(i++, kind);
            }
            query.setInt(i, limit);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    runs.add(run(rs));
                }
            }
        }
        return runs;
    }

    private static ScoringRun run(ResultSet rs) throws SQLException {
        long next = rs.getLong("next_business_id");
        Long nextBusinessId = rs.wasNull() ? null : next;
        return new ScoringRun(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("trigger_kind"),
                rs.getString("status"),
                rs.getDate("as_of").toLocalDate(),
                rs.getLong("total"),
                rs.getLong("processed"),
                rs.getLong("changed"),
                nextBusinessId,
                rs.getString("requested_by"),
                local(rs.getTimestamp("requested_at")),
                local(rs.getTimestamp("started_at")),
                local(rs.getTimestamp("finished_at")),
                rs.getString("failure"));
    }

    private static LocalDateTime local(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    private record State(long changesSeen, Long runningFull) {}

    private static State lockState(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                        "select changes_seen, running_full_run from credit_scoring_state where id = 1 for update");
                ResultSet rs = lock.executeQuery()) {
            rs.next();
            long seen = rs.getLong(1);
            long running = rs.getLong(2);
            return new State(seen, rs.wasNull() ? null : running);
        }
    }

    private static long lastChangeSeq(Connection connection) throws SQLException {
        try (PreparedStatement query =
                        connection.prepareStatement("select last_seq from change_log_counter where id = 1");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void update(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, id);
            update.executeUpdate();
        }
    }
}
