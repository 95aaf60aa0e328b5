package org.credence.inspection.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /**
     * The JPQL condition on {@code InspectionPlan p} (to follow {@code where}; empty when the filter is empty), its
     * named parameters put in {@code params}. The day of a plan is its scheduled date, or the day it was created when
     * it runs on a cron schedule. (No constant condition such as {@code 1 = 1}: EclipseLink then writes the values
     * into the SQL on H2 instead of binding them.)
     */
    public String jpql(Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (name != null) {
            conditions.add("lower(p.name) like :name escape '\\'");
            params.put("name", Jdbc.likeContaining(name.toLowerCase(Locale.ROOT)));
        }
        if (status != null) {
            conditions.add("p.status = :status");
            params.put("status", status);
        }
        if (agency != null) {
            conditions.add(
                    "exists (select a from InspectionPlan q join q.agencies a where q = p and a.code = :agency)");
            params.put("agency", agency);
        }
        if (from != null) {
            conditions.add("(p.scheduleDate >= :from or (p.scheduleDate is null and p.createdAt >= :fromStart))");
            params.put("from", from);
            params.put("fromStart", from.atStartOfDay());
        }
        if (to != null) {
            conditions.add("(p.scheduleDate <= :to or (p.scheduleDate is null and p.createdAt < :afterTo))");
            params.put("to", to);
            params.put("afterTo", to.plusDays(1).atStartOfDay());
        }
        return String.join(" and ", conditions);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
