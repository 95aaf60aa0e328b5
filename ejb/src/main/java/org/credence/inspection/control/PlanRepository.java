package org.credence.inspection.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.credence.credit.entity.Grade;
import org.credence.inspection.entity.DrawMode;
import org.credence.inspection.entity.Item;
import org.credence.inspection.entity.Plan;
import org.credence.inspection.entity.Scope;
import org.credence.platform.jdbc.Jdbc;
import org.credence.platform.jdbc.SqlDialect;

/** Inspection plans in JDBC: a plan row with its agencies and items. */
public final class PlanRepository {

    private static final String PLAN =
            "select p.*, a.code lead_code from inspection_plan p join agency a on a.id = p.lead_agency_id";

    private PlanRepository() {}

    /** Stores a new DRAFT plan; {@code plan.id()}, status and audit fields are ignored. */
    public static long insert(Connection c, Plan p, String by, LocalDateTime now) throws SQLException {
        long id = Jdbc.insert(
                c,
                "insert into inspection_plan (name, lead_agency_id, status, model_id, mode, ratio_a, ratio_b,"
                        + " ratio_c, ratio_d, quota_total, weight_a, weight_b, weight_c, weight_d, team_a, team_b, team_c, team_d,"
                        + " grade_a_once_a_year, repeat_months, entity_types, industries, platforms, region_prefixes, schedule_date,"
                        + " schedule_cron, working_days_only, created_at, created_by, version)"
                        + " values (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                values(p, by, now));
        Jdbc.update(c, "update inspection_plan set purpose = ? where id = ?", p.purpose(), id);
        writeMembers(c, id, p);
        return id;
    }

    public static void update(Connection c, Plan p) throws SQLException {
        Object[] v = values(p, null, null);
        Object[] params = new Object[v.length - 2 + 1];
        System.arraycopy(v, 0, params, 0, v.length - 2);
        params[params.length - 1] = p.id();
        Jdbc.update(
                c,
                "update inspection_plan set name = ?, lead_agency_id = ?, model_id = ?, mode = ?, ratio_a = ?,"
                        + " ratio_b = ?, ratio_c = ?, ratio_d = ?, quota_total = ?, weight_a = ?, weight_b = ?, weight_c = ?,"
                        + " weight_d = ?, team_a = ?, team_b = ?, team_c = ?, team_d = ?, grade_a_once_a_year = ?, repeat_months = ?,"
                        + " entity_types = ?, industries = ?, platforms = ?, region_prefixes = ?, schedule_date = ?, schedule_cron = ?,"
                        + " working_days_only = ?, version = version + 1 where id = ?",
                params);
        Jdbc.update(c, "update inspection_plan set purpose = ? where id = ?", p.purpose(), p.id());
        Jdbc.update(c, "delete from plan_agency where plan_id = ?", p.id());
        Jdbc.update(c, "delete from plan_item where plan_id = ?", p.id());
        writeMembers(c, p.id(), p);
    }

    private static Object[] values(Plan p, String by, LocalDateTime now) {
        Map<Grade, Integer> r = p.ratios();
        Map<Grade, Integer> w = p.weights();
        Map<Grade, Integer> t = p.teamSizes();
        return new Object[] {
            p.name(),
            p.leadAgencyId(),
            p.modelId(),
            p.mode().name(),
            r == null ? null : r.get(Grade.A),
            r == null ? null : r.get(Grade.B),
            r == null ? null : r.get(Grade.C),
            r == null ? null : r.get(Grade.D),
            p.quotaTotal(),
            w == null ? null : w.get(Grade.A),
            w == null ? null : w.get(Grade.B),
            w == null ? null : w.get(Grade.C),
            w == null ? null : w.get(Grade.D),
            t.get(Grade.A),
            t.get(Grade.B),
            t.get(Grade.C),
            t.get(Grade.D),
            p.gradeAOncePerYear(),
            p.repeatMonths(),
            Scope.join(p.scope().entityTypes()),
            Scope.join(p.scope().industries()),
            Scope.join(p.scope().platforms()),
            Scope.join(p.scope().regionPrefixes()),
            p.scheduleDate(),
            p.scheduleCron(),
            p.workingDaysOnly(),
            now,
            by
        };
    }

    private static void writeMembers(Connection c, long id, Plan p) throws SQLException {
        for (long agency : p.agencyIds()) {
            Jdbc.update(c, "insert into plan_agency (plan_id, agency_id) values (?, ?)", id, agency);
        }
        for (Item item : p.items()) {
            Jdbc.update(c, "insert into plan_item (plan_id, item_id) values (?, ?)", id, item.id());
        }
    }

    public static Plan find(Connection c, long id) throws SQLException {
        Plan p = Jdbc.one(c, PLAN + " where p.id = ?", PlanRepository::plan, id);
        return p == null ? null : complete(c, p);
    }

    /** Locks the plan's row until the transaction ends: draws, publication and cancellation take turns. */
    public static Plan lock(Connection c, long id) throws SQLException {
        SqlDialect.of(c).patient(c);
        Long locked = Jdbc.one(c, "select id from inspection_plan where id = ? for update", rs -> rs.getLong(1), id);
        return locked == null ? null : find(c, id);
    }

    public static List<Plan> list(Connection c, List<String> statuses, int limit) throws SQLException {
        return list(c, statuses, false, limit);
    }

    /** Plans of these statuses (all when null), newest first; {@code published}: only those ever published. */
    public static List<Plan> list(Connection c, List<String> statuses, boolean published, int limit)
            throws SQLException {
        String where = statuses == null || statuses.isEmpty()
                ? " where 1 = 1"
                : " where p.status in (" + Jdbc.placeholders(statuses.size()) + ")";
        if (published) {
            where += " and p.published_at is not null";
        }
        List<Plan> plans = new ArrayList<>();
        for (Plan p : Jdbc.list(
                c,
                PLAN + where + " order by p.id desc fetch first " + limit + " rows only",
                PlanRepository::plan,
                statuses == null ? new Object[0] : statuses.toArray())) {
            plans.add(complete(c, p));
        }
        return plans;
    }

    /** Plans that match the filter, newest first, a page at a time. */
    public static List<Plan> search(Connection c, PlanFilter filter, int offset, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = PLAN + " where " + filter.condition(params) + " order by p.id desc offset " + offset
                + " rows fetch next " + limit + " rows only";
        List<Plan> plans = new ArrayList<>();
        for (Plan p : Jdbc.list(c, sql, PlanRepository::plan, params.toArray())) {
            plans.add(complete(c, p));
        }
        return plans;
    }

    public static long count(Connection c, PlanFilter filter) throws SQLException {
        List<Object> params = new ArrayList<>();
        return Jdbc.one(
                c,
                "select count(*) from inspection_plan p where " + filter.condition(params),
                rs -> rs.getLong(1),
                params.toArray());
    }

    public static void setStatus(Connection c, long id, String status) throws SQLException {
        Jdbc.update(c, "update inspection_plan set status = ?, version = version + 1 where id = ?", status, id);
    }

    public static void publish(Connection c, long id, String by, LocalDateTime now) throws SQLException {
        Jdbc.update(
                c,
                "update inspection_plan set status = 'PUBLISHED', published_at = ?, published_by = ?,"
                        + " version = version + 1 where id = ?",
                now,
                by,
                id);
    }

    public static void cancel(Connection c, long id, String reason) throws SQLException {
        Jdbc.update(
                c,
                "update inspection_plan set status = 'CANCELLED', cancel_reason = ?, version = version + 1"
                        + " where id = ?",
                reason,
                id);
    }

    private static Plan complete(Connection c, Plan p) throws SQLException {
        List<String> codes = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        Jdbc.list(
                c,
                "select a.id, a.code from plan_agency pa join agency a on a.id = pa.agency_id where pa.plan_id = ?"
                        + " order by a.code",
                rs -> {
                    ids.add(rs.getLong(1));
                    codes.add(rs.getString(2));
                    return null;
                },
                p.id());
        return new Plan(
                p.id(),
                p.name(),
                p.leadAgencyId(),
                p.leadAgencyCode(),
                p.status(),
                p.modelId(),
                p.mode(),
                p.ratios(),
                p.quotaTotal(),
                p.weights(),
                p.teamSizes(),
                p.gradeAOncePerYear(),
                p.repeatMonths(),
                p.scope(),
                p.scheduleDate(),
                p.scheduleCron(),
                p.workingDaysOnly(),
                List.copyOf(codes),
                List.copyOf(ids),
                Directory.itemsOfPlan(c, p.id()),
                p.cancelReason(),
                p.createdAt(),
                p.createdBy(),
                p.publishedAt(),
                p.version(),
                p.purpose());
    }

    private static Plan plan(ResultSet rs) throws SQLException {
        DrawMode mode = DrawMode.valueOf(rs.getString("mode"));
        return new Plan(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getLong("lead_agency_id"),
                rs.getString("lead_code"),
                rs.getString("status"),
                Jdbc.longOrNull(rs, "model_id"),
                mode,
                mode == DrawMode.RATIO ? grades(rs, "ratio_") : null,
                Jdbc.integer(rs, "quota_total"),
                mode == DrawMode.QUOTA ? grades(rs, "weight_") : null,
                grades(rs, "team_"),
                rs.getBoolean("grade_a_once_a_year"),
                rs.getInt("repeat_months"),
                new Scope(
                        Scope.split(rs.getString("entity_types")),
                        Scope.split(rs.getString("industries")),
                        Scope.split(rs.getString("platforms")),
                        Scope.split(rs.getString("region_prefixes"))),
                Jdbc.date(rs, "schedule_date"),
                rs.getString("schedule_cron"),
                rs.getBoolean("working_days_only"),
                List.of(),
                List.of(),
                List.of(),
                rs.getString("cancel_reason"),
                Jdbc.time(rs, "created_at"),
                rs.getString("created_by"),
                Jdbc.time(rs, "published_at"),
                rs.getLong("version"),
                rs.getString("purpose"));
    }

    private static Map<Grade, Integer> grades(ResultSet rs, String prefix) throws SQLException {
        Map<Grade, Integer> values = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            values.put(g, rs.getInt(prefix + g.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return values;
    }
}
