package org.credence.inspection.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.credence.credit.entity.Grade;
import org.credence.platform.jdbc.Jdbc;

/** The authorities' annual caps per enterprise in JDBC, and how often each business was inspected by one this year. */
public final class AnnualCaps {

    private AnnualCaps() {}

    /** The agency's published cap, or null when it has published none. */
    public static AnnualCap find(Connection c, long agencyId) throws SQLException {
        return Jdbc.one(
                c,
                "select k.*, a.code agency_code from agency_inspection_cap k join agency a on a.id = k.agency_id"
                        + " where k.agency_id = ?",
                AnnualCaps::cap,
                agencyId);
    }

    /** Every published cap, by agency code. */
    public static java.util.List<AnnualCap> all(Connection c) throws SQLException {
        return Jdbc.list(
                c,
                "select k.*, a.code agency_code from agency_inspection_cap k join agency a on a.id = k.agency_id"
                        + " order by a.code",
                AnnualCaps::cap);
    }

    /** Publishes (or replaces) the agency's cap. */
    public static void save(Connection c, long agencyId, AnnualCap cap, String by, LocalDateTime now)
            throws SQLException {
        Map<Grade, Integer> g = cap.byGrade();
        Object[] values = {
            cap.perYear(),
            g.get(Grade.A),
            g.get(Grade.B),
            g.get(Grade.C),
            g.get(Grade.D),
            cap.basis(),
            now,
            by,
            agencyId
        };
        int updated = Jdbc.update(
                c,
                "update agency_inspection_cap set per_year = ?, grade_a = ?, grade_b = ?, grade_c = ?,"
                        + " grade_d = ?, basis = ?, updated_at = ?, updated_by = ?, version = version + 1 where agency_id = ?",
                values);
        if (updated == 0) {
            Jdbc.update(
                    c,
                    "insert into agency_inspection_cap (per_year, grade_a, grade_b, grade_c, grade_d, basis, updated_at,"
                            + " updated_by, agency_id, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    values);
        }
    }

    /** Withdraws the agency's cap: only the items' caps apply again. */
    public static boolean delete(Connection c, long agencyId) throws SQLException {
        return Jdbc.update(c, "delete from agency_inspection_cap where agency_id = ?", agencyId) > 0;
    }

    /**
     * How many times each business was inspected this calendar year under the agency's items: staffed
     * targets of draws that stand, drawn from the first day of {@code drawDate}'s year, of plans with
     * at least one item the agency owns (one visit for several of its items counts once).
     */
    public static Map<Long, Integer> inspectedThisYear(Connection c, long agencyId, LocalDate drawDate)
            throws SQLException {
        Map<Long, Integer> counts = new HashMap<>();
        Jdbc.list(
                c,
                "select t.business_id, count(*) from draw_target t join inspection_draw d on d.id = t.draw_id"
                        + " where d.status = 'DRAWN' and t.status = 'STAFFED' and d.draw_date >= ? and d.draw_date < ?"
                        + " and exists (select 1 from plan_item pi join inspection_item i on i.id = pi.item_id"
                        + " where pi.plan_id = d.plan_id and i.agency_id = ?) group by t.business_id",
                rs -> counts.put(rs.getLong(1), rs.getInt(2)),
                drawDate.withDayOfYear(1),
                drawDate.withDayOfYear(1).plusYears(1),
                agencyId);
        return counts;
    }

    private static AnnualCap cap(ResultSet rs) throws SQLException {
        Map<Grade, Integer> byGrade = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            Integer limit = Jdbc.integer(rs, "grade_" + g.name().toLowerCase(Locale.ROOT));
            if (limit != null) {
                byGrade.put(g, limit);
            }
        }
        return new AnnualCap(
                rs.getString("agency_code"),
                rs.getInt("per_year"),
                byGrade,
                rs.getString("basis"),
                Jdbc.time(rs, "updated_at"),
                rs.getString("updated_by"));
    }
}
