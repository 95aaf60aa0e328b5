package org.credence.inspection.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.credence.platform.jdbc.Jdbc;

/**
 * Plans by a part of their name, their status, an agency taking part (by code) and the scheduled date
 * (from and to, both included; a plan on a cron schedule by the day it was created). Each part is optional.
 */
public record PlanFilter(String name, String status, String agency, LocalDate from, LocalDate to)
        implements Serializable {

    public static final PlanFilter NONE = new PlanFilter(null, null, null, null, null);

    public PlanFilter {
        name = blankToNull(name);
        status = blankToNull(status);
        agency = blankToNull(agency);
    }

    /** The SQL condition on {@code inspection_plan p} (after {@code where}), its parameters appended to {@code params}. */
    public String condition(List<Object> params) {
        StringBuilder sql = new StringBuilder("1 = 1");
        if (name != null) {
            sql.append(" and lower(p.name) like ? escape '\\'");
            params.add(Jdbc.likeContaining(name.toLowerCase(java.util.Locale.ROOT)));
        }
        if (status != null) {
            sql.append(" and p.status = ?");
            params.add(status);
        }
        if (agency != null) {
            sql.append(" and exists (select 1 from plan_agency pa join agency pg on pg.id = pa.agency_id"
                    + " where pa.plan_id = p.id and pg.code = ?)");
            params.add(agency);
        }
        String day = "coalesce(p.schedule_date, cast(p.created_at as date))";
        if (from != null) {
            sql.append(" and ").append(day).append(" >= ?");
            params.add(from);
        }
        if (to != null) {
            sql.append(" and ").append(day).append(" <= ?");
            params.add(to);
        }
        return sql.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
