package org.credence.overview.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credence.credit.control.ModelStore;
import org.credence.credit.control.ModelStore.StoredModel;
import org.credence.credit.control.ScoringRunner;
import org.credence.credit.entity.Grade;
import org.credence.platform.ChinaTime;
import org.credence.platform.jdbc.Database;
import org.credence.platform.jdbc.Jdbc;
import org.credence.progress.boundary.JobProgress;

/**
 * What the overview reads: per model in force, the grades its last full run gave (counted as the run
 * went, never by counting snapshots per page view); the latest grade changes with the grade before and
 * after; scoring runs, intakes and draws under way or just finished, with their progress.
 */
@Stateless
public class Overview {

    @Inject
    Database database;

    Clock clock = Clock.systemUTC();

    /** A model's grades as of a full run (run null: no full run has counted them yet). */
    public record GradeDistribution(
            long modelId,
            String agency,
            String modelName,
            int modelVersion,
            Long runId,
            LocalDate asOf,
            String runStatus,
            Map<String, Long> grades)
            implements Serializable {

        public long total() {
            return grades.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A business's grade under a model changed from {@code from} to {@code to}. */
    public record GradeChange(
            long seq,
            String uscc,
            String business,
            String agency,
            long modelId,
            LocalDateTime at,
            String from,
            String to)
            implements Serializable {}

    /** Work under way or finished lately; {@code total} null when unknown. */
    public record Job(
            String kind,
            String label,
            String by,
            LocalDateTime startedAt,
            LocalDateTime updatedAt,
            long done,
            Long total,
            String status,
            String detail,
            String detailZh,
            LocalDateTime finishedAt,
            boolean stalled)
            implements Serializable {

        public boolean running() {
            return "RUNNING".equals(status) && !stalled;
        }

        /** 0 to 100, or null when the total is unknown. */
        public Integer percent() {
            return total == null || total <= 0 ? null : (int) Math.min(100, done * 100 / total);
        }
    }

    public List<GradeDistribution> gradeDistributions() {
        return database.call(c -> {
            List<GradeDistribution> distributions = new ArrayList<>();
            for (StoredModel model : ModelStore.inForce(c, ChinaTime.today(clock))) {
                String agency =
                        Jdbc.one(c, "select code from agency where id = ?", rs -> rs.getString(1), model.agencyId());
                Object[] run = Jdbc.one(
                        c,
                        "select r.id, r.as_of, r.status from credit_run r where r.kind = 'FULL'"
                                + " and exists (select 1 from credit_run_grade g where g.run_id = r.id and g.model_id = ?)"
                                + " order by case when r.status = 'COMPLETED' then 0 else 1 end, r.id desc fetch first 1 rows only",
                        rs -> new Object[] {rs.getLong(1), Jdbc.date(rs, "as_of"), rs.getString(3)},
                        model.id());
                Map<String, Long> grades = new LinkedHashMap<>();
                if (run != null) {
                    ScoringRunner.grades(c, (Long) run[0], model.id()).forEach((g, n) -> grades.put(g.name(), n));
                } else {
                    for (Grade g : Grade.values()) {
                        grades.put(g.name(), 0L);
                    }
                }
                distributions.add(new GradeDistribution(
                        model.id(),
                        agency,
                        model.name(),
                        model.version(),
                        run == null ? null : (Long) run[0],
                        run == null ? null : (LocalDate) run[1],
                        run == null ? null : (String) run[2],
                        grades));
            }
            // market regulation's model first: the one draws and lookups fall back on
            distributions.sort((a, b) -> Boolean.compare(!"SAMR".equals(a.agency()), !"SAMR".equals(b.agency())));
            return distributions;
        });
    }

    public List<GradeChange> recentGradeChanges(int limit) {
        return database.call(c -> {
            List<GradeChange> changes = new ArrayList<>();
            List<Object[]> entries = Jdbc.list(
                    c,
                    "select l.seq, l.business_id, l.uscc, l.subject_id, l.occurred_at, b.name, a.code"
                            + " from change_log l join business b on b.id = l.business_id join agency a on a.id = l.agency_id"
                            + " where l.kind = 'GRADE_CHANGED' order by l.seq desc fetch first "
                            + Math.max(1, Math.min(limit, 200))
                            + " rows only",
                    rs -> new Object[] {
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getLong(4),
                        Jdbc.time(rs, "occurred_at"),
                        rs.getString(6),
                        rs.getString(7)
                    });
            for (Object[] e : entries) {
                // the snapshot written with the change carries its time; the one before it the old grade
                List<Object[]> snapshots = Jdbc.list(
                        c,
                        "select grade, computed_at from credit_score where business_id = ?"
                                + " and model_id = ? order by id desc fetch first 20 rows only",
                        rs -> new Object[] {rs.getString(1), Jdbc.time(rs, "computed_at")},
                        e[1],
                        e[3]);
                String to = null;
                String from = null;
                for (int i = 0; i < snapshots.size(); i++) {
                    if (snapshots.get(i)[1].equals(e[4])) {
                        to = (String) snapshots.get(i)[0];
                        from = i + 1 < snapshots.size() ? (String) snapshots.get(i + 1)[0] : null;
                        break;
                    }
                }
                changes.add(new GradeChange(
                        (Long) e[0],
                        (String) e[2],
                        (String) e[5],
                        (String) e[6],
                        (Long) e[3],
                        (LocalDateTime) e[4],
                        from,
                        to));
            }
            return changes;
        });
    }

    /** Scoring runs under way, then intakes and draws under way or finished within the last day (newest first). */
    public List<Job> jobs(int limit) {
        LocalDateTime now = LocalDateTime.now(clock);
        return database.call(c -> {
            List<Job> jobs = new ArrayList<>(Jdbc.list(
                    c,
                    "select id, kind, trigger_kind, requested_by, started_at,"
                            + " processed, total from credit_run where status = 'RUNNING' order by id",
                    rs -> new Job(
                            "SCORING",
                            rs.getString(2) + " #" + rs.getLong(1) + " (" + rs.getString(3) + ")",
                            rs.getString(4),
                            Jdbc.time(rs, "started_at"),
                            now,
                            rs.getLong(6),
                            rs.getLong(7),
                            "RUNNING",
                            null,
                            null,
                            null,
                            false)));
            jobs.addAll(Jdbc.list(
                    c,
                    "select kind, label, started_by, started_at, updated_at, done, total, status, detail,"
                            + " finished_at, detail_zh from job_progress where status = 'RUNNING' or finished_at > ? order by id desc fetch first "
                            + Math.max(1, Math.min(limit, 100)) + " rows only",
                    rs -> {
                        LocalDateTime updated = Jdbc.time(rs, "updated_at");
                        String status = rs.getString(8);
                        return new Job(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                Jdbc.time(rs, "started_at"),
                                updated,
                                rs.getLong(6),
                                Jdbc.longOrNull(rs, "total"),
                                status,
                                rs.getString(9),
                                rs.getString(11),
                                Jdbc.time(rs, "finished_at"),
                                "RUNNING".equals(status)
                                        && updated.isBefore(now.minusMinutes(JobProgress.STALLED_MINUTES)));
                    },
                    now.minusDays(1)));
            return jobs;
        });
    }
}
