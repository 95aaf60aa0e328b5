package org.credence.inspection.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credence.business.entity.Uscc;
import org.credence.inspection.entity.Assignment;
import org.credence.inspection.entity.EvidenceFile;
import org.credence.platform.jdbc.Jdbc;
import org.credence.platform.jdbc.SqlDialect;

/** Assignments (staffed targets of draws that stand), their results and evidence files, in JDBC. */
public final class AssignmentStore {

    private static final String ASSIGNMENT = "select t.*, d.draw_key, d.plan_id, d.draw_date, p.name plan_name,"
            + " b.name business_name, b.region_code from draw_target t join inspection_draw d on d.id = t.draw_id"
            + " join inspection_plan p on p.id = d.plan_id join business b on b.id = t.business_id"
            + " where d.status = 'DRAWN' and t.status = 'STAFFED'";

    private AssignmentStore() {}

    public static Assignment find(Connection c, long id) throws SQLException {
        List<Assignment> found = complete(c, Jdbc.list(c, ASSIGNMENT + " and t.id = ?", AssignmentStore::row, id));
        return found.isEmpty() ? null : found.get(0);
    }

    /** Locks the assignment's row for a result or a publication. */
    public static Assignment lock(Connection c, long id) throws SQLException {
        SqlDialect.of(c).patient(c);
        Long locked = Jdbc.one(c, "select id from draw_target where id = ? for update", rs -> rs.getLong(1), id);
        return locked == null ? null : find(c, id);
    }

    public static List<Assignment> ofInspector(Connection c, long inspectorId, boolean open, int limit)
            throws SQLException {
        return complete(
                c,
                Jdbc.list(
                        c,
                        ASSIGNMENT + " and exists (select 1 from draw_team_member m where m.draw_id = t.draw_id"
                                + " and m.ordinal = t.ordinal and m.inspector_id = ?)"
                                + (open ? " and t.published_at is null" : "")
                                + " order by d.id desc, t.ordinal fetch first " + limit + " rows only",
                        AssignmentStore::row,
                        inspectorId));
    }

    /** Results recorded but not published, flagged DUE_SOON or OVERDUE (or all unpublished when flag is null). */
    public static List<Assignment> unpublished(Connection c, String flag, int limit) throws SQLException {
        return complete(
                c,
                Jdbc.list(
                        c,
                        ASSIGNMENT + " and t.outcome is not null and t.published_at is null"
                                + (flag == null ? "" : " and t.deadline_flag = ?")
                                + " order by t.publish_due, t.id fetch first " + limit
                                + " rows only",
                        AssignmentStore::row,
                        flag == null ? new Object[0] : new Object[] {flag}));
    }

    /** A business's inspections (staffed targets of draws that stand), newest draw first, with or without results. */
    public static List<Assignment> ofBusiness(Connection c, Uscc uscc, int limit) throws SQLException {
        return complete(
                c,
                Jdbc.list(
                        c,
                        ASSIGNMENT + " and t.uscc = ? order by d.id desc fetch first " + limit + " rows only",
                        AssignmentStore::row,
                        uscc.value()));
    }

    /** Published results, newest first; optionally of one business or one plan. */
    public static List<Assignment> published(Connection c, String uscc, Long planId, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder(ASSIGNMENT + " and t.published_at is not null");
        List<Object> params = new ArrayList<>();
        if (uscc != null) {
            sql.append(" and t.uscc = ?");
            params.add(uscc);
        }
        if (planId != null) {
            sql.append(" and d.plan_id = ?");
            params.add(planId);
        }
        sql.append(" order by t.published_at desc, t.id fetch first ")
                .append(limit)
                .append(" rows only");
        return complete(c, Jdbc.list(c, sql.toString(), AssignmentStore::row, params.toArray()));
    }

    /** Published results that match the filter, newest first, a page at a time. */
    public static List<Assignment> published(Connection c, ResultFilter filter, int offset, int limit)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        return complete(
                c,
                Jdbc.list(
                        c,
                        ASSIGNMENT + " and t.published_at is not null and " + filter.condition(params)
                                + " order by t.published_at desc, t.id offset " + offset + " rows fetch next " + limit
                                + " rows only",
                        AssignmentStore::row,
                        params.toArray()));
    }

    public static long countPublished(Connection c, ResultFilter filter) throws SQLException {
        List<Object> params = new ArrayList<>();
        return Jdbc.one(
                c,
                "select count(*) from draw_target t join inspection_draw d on d.id = t.draw_id join business b"
                        + " on b.id = t.business_id where d.status = 'DRAWN' and t.status = 'STAFFED' and t.published_at is not null"
                        + " and " + filter.condition(params),
                rs -> rs.getLong(1),
                params.toArray());
    }

    /** Businesses found NOT_REACHABLE at their registered address and not on the abnormal list: candidates for it. */
    public static List<Assignment> abnormalListCandidates(Connection c, int limit) throws SQLException {
        return complete(
                c,
                Jdbc.list(
                        c,
                        ASSIGNMENT + " and t.outcome = 'NOT_REACHABLE' and not exists (select 1 from list_entry l"
                                + " where l.business_id = t.business_id and l.list_type = 'ABNORMAL_OPERATIONS' and l.removed_on is null"
                                + " and l.listed_on >= t.completed_on) order by t.completed_on, t.id fetch first "
                                + limit + " rows only",
                        AssignmentStore::row));
    }

    public static void recordResult(
            Connection c,
            long id,
            String outcome,
            String notes,
            LocalDate completedOn,
            Long recordId,
            WorkingDayCalendar.Deadline publishDue,
            String by,
            LocalDateTime now)
            throws SQLException {
        Jdbc.update(
                c,
                "update draw_target set outcome = ?, notes = ?, completed_on = ?, record_id = ?, recorded_at = ?,"
                        + " recorded_by = ?, publish_due = ?, publish_due_provisional = ?, deadline_flag = null, version = version + 1"
                        + " where id = ?",
                outcome,
                notes,
                completedOn,
                recordId,
                now,
                by,
                publishDue.day(),
                publishDue.provisional(),
                id);
    }

    /**
     * Counts stored publicity deadlines again with {@code calendar}: every provisional one, and those of
     * {@code year} (a result completed by its end and due from its start, published or not) when a year's
     * days changed, or every unpublished one when {@code year} is null (the daily check). Returns how many changed.
     */
    public static int recountDeadlines(Connection c, WorkingDayCalendar calendar, Integer year, int workingDays)
            throws SQLException {
        String which = year == null ? " or published_at is null" : " or (completed_on <= ? and publish_due >= ?)";
        Object[] params =
                year == null ? new Object[0] : new Object[] {LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1)};
        List<Object[]> changes = new ArrayList<>();
        Jdbc.list(
                c,
                "select id, completed_on, publish_due, publish_due_provisional from draw_target"
                        + " where completed_on is not null and publish_due is not null and (publish_due_provisional = true"
                        + which + ")",
                rs -> {
                    WorkingDayCalendar.Deadline due =
                            calendar.deadline(rs.getDate(2).toLocalDate(), workingDays);
                    if (!due.day().equals(rs.getDate(3).toLocalDate()) || due.provisional() != rs.getBoolean(4)) {
                        changes.add(new Object[] {due.day(), due.provisional(), rs.getLong(1)});
                    }
                    return null;
                },
                params);
        for (Object[] change : changes) {
            Jdbc.update(c, "update draw_target set publish_due = ?, publish_due_provisional = ? where id = ?", change);
        }
        return changes.size();
    }

    public static void publish(Connection c, long id, LocalDateTime now) throws SQLException {
        Jdbc.update(
                c,
                "update draw_target set published_at = ?, deadline_flag = null, version = version + 1 where id = ?",
                now,
                id);
    }

    /** Sets DUE_SOON / OVERDUE on unpublished results as of {@code today}; returns how many flags changed. */
    public static int flagDeadlines(Connection c, LocalDate today, WorkingDayCalendar calendar, int dueSoonDays)
            throws SQLException {
        List<long[]> changes = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        Jdbc.list(
                c,
                "select id, publish_due, deadline_flag from draw_target where outcome is not null and published_at is null",
                rs -> {
                    LocalDate due = rs.getDate(2).toLocalDate();
                    String flag = today.isAfter(due)
                            ? "OVERDUE"
                            : calendar.workingDaysBetween(today, due) <= dueSoonDays ? "DUE_SOON" : null;
                    if (!java.util.Objects.equals(flag, rs.getString(3))) {
                        changes.add(new long[] {rs.getLong(1)});
                        flags.add(flag);
                    }
                    return null;
                });
        for (int i = 0; i < changes.size(); i++) {
            Jdbc.update(c, "update draw_target set deadline_flag = ? where id = ?", flags.get(i), changes.get(i)[0]);
        }
        return changes.size();
    }

    /** Whether every staffed target of the plan's standing draws has a result, and nothing is scheduled. */
    public static boolean planDone(Connection c, long planId) throws SQLException {
        int open = Jdbc.one(
                c,
                "select count(*) from draw_target t join inspection_draw d on d.id = t.draw_id"
                        + " where d.plan_id = ? and d.status = 'DRAWN' and t.status = 'STAFFED' and t.outcome is null",
                rs -> rs.getInt(1),
                planId);
        int scheduled = Jdbc.one(
                c,
                "select count(*) from inspection_draw where plan_id = ? and status = 'SCHEDULED'",
                rs -> rs.getInt(1),
                planId);
        return open == 0 && scheduled == 0;
    }

    public static long addEvidence(
            Connection c,
            long assignmentId,
            String fileName,
            String contentType,
            byte[] content,
            String sha256,
            String by,
            LocalDateTime now)
            throws SQLException {
        return Jdbc.insert(
                c,
                "insert into evidence_file (target_id, file_name, content_type, size_bytes, sha256, content,"
                        + " uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?)",
                assignmentId,
                fileName,
                contentType,
                (long) content.length,
                sha256,
                content,
                now,
                by);
    }

    public static List<EvidenceFile> evidence(Connection c, long assignmentId) throws SQLException {
        return Jdbc.list(
                c,
                "select id, target_id, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by"
                        + " from evidence_file where target_id = ? order by id",
                rs -> new EvidenceFile(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toLocalDateTime(),
                        rs.getString(8)),
                assignmentId);
    }

    public static byte[] evidenceContent(Connection c, long assignmentId, long fileId) throws SQLException {
        return Jdbc.one(
                c,
                "select content from evidence_file where id = ? and target_id = ?",
                rs -> rs.getBytes(1),
                fileId,
                assignmentId);
    }

    private static Assignment row(ResultSet rs) throws SQLException {
        return new Assignment(
                rs.getLong("id"),
                rs.getString("draw_key"),
                rs.getLong("plan_id"),
                rs.getString("plan_name"),
                Jdbc.date(rs, "draw_date"),
                rs.getString("uscc"),
                rs.getString("business_name"),
                rs.getString("region_code"),
                new ArrayList<>(),
                rs.getString("outcome"),
                rs.getString("notes"),
                Jdbc.date(rs, "completed_on"),
                Jdbc.longOrNull(rs, "record_id"),
                Jdbc.time(rs, "recorded_at"),
                rs.getString("recorded_by"),
                Jdbc.date(rs, "publish_due"),
                rs.getBoolean("publish_due_provisional"),
                Jdbc.time(rs, "published_at"),
                rs.getString("deadline_flag"),
                new ArrayList<>());
    }

    /** Fills in the teams and the plans' item codes: one query for all teams, one per plan for its items. */
    private static List<Assignment> complete(Connection c, List<Assignment> assignments) throws SQLException {
        if (assignments.isEmpty()) {
            return assignments;
        }
        Map<Long, Assignment> byId = new HashMap<>();
        assignments.forEach(a -> byId.put(a.id(), a));
        for (int from = 0; from < assignments.size(); from += 500) {
            List<Assignment> chunk = assignments.subList(from, Math.min(assignments.size(), from + 500));
            Jdbc.list(
                    c,
                    "select t.id, m.inspector_id, m.inspector_code, i.name, i.username from draw_team_member m"
                            + " join draw_target t on t.draw_id = m.draw_id and t.ordinal = m.ordinal join inspector i on i.id = m.inspector_id"
                            + " where t.id in (" + Jdbc.placeholders(chunk.size()) + ") order by t.id, m.seat",
                    rs -> byId.get(rs.getLong(1))
                            .team()
                            .add(new Assignment.Member(
                                    rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5))),
                    chunk.stream().map(Assignment::id).toArray());
        }
        Map<Long, List<String>> items = new HashMap<>();
        for (Assignment a : assignments) {
            if (!items.containsKey(a.planId())) {
                items.put(
                        a.planId(),
                        Jdbc.list(
                                c,
                                "select i.code from plan_item p join inspection_item i on i.id = p.item_id"
                                        + " where p.plan_id = ? order by i.code",
                                rs -> rs.getString(1),
                                a.planId()));
            }
            a.items().addAll(items.get(a.planId()));
        }
        return assignments;
    }
}
