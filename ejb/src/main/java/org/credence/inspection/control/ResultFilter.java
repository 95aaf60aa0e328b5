package org.credence.inspection.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.credence.platform.jdbc.Jdbc;

/**
 * Inspection results by business (USCC), plan, completion date (from and to, both included), region
 * (a prefix of the business's division code: a province, a city or a county) and outcome. Each part is optional.
 */
public record ResultFilter(String uscc, Long planId, LocalDate from, LocalDate to, String region, String outcome)
        implements Serializable {

    public static final ResultFilter NONE = new ResultFilter(null, null, null, null, null, null);
    static final Set<String> OUTCOMES =
            Set.of("NO_PROBLEM", "CORRECTED_ON_SITE", "VIOLATIONS_FOUND", "NOT_REACHABLE", "REFUSED");

    public ResultFilter {
        uscc = blankToNull(uscc);
        region = blankToNull(region);
        outcome = blankToNull(outcome);
        if (region != null && !region.matches("\\d{1,6}")) {
            throw new IllegalArgumentException("a region is 1 to 6 digits of a division code");
        }
        if (outcome != null && !OUTCOMES.contains(outcome)) {
            throw new IllegalArgumentException("no such outcome: " + outcome);
        }
    }

    /** The SQL condition on {@code draw_target t}, {@code inspection_draw d} and {@code business b}, after {@code and}. */
    public String condition(List<Object> params) {
        StringBuilder sql = new StringBuilder("1 = 1");
        if (uscc != null) {
            sql.append(" and t.uscc = ?");
            params.add(uscc);
        }
        if (planId != null) {
            sql.append(" and d.plan_id = ?");
            params.add(planId);
        }
        if (from != null) {
            sql.append(" and t.completed_on >= ?");
            params.add(from);
        }
        if (to != null) {
            sql.append(" and t.completed_on <= ?");
            params.add(to);
        }
        if (region != null) {
            sql.append(" and b.region_code like ?");
            params.add(Jdbc.likePrefix(region));
        }
        if (outcome != null) {
            sql.append(" and t.outcome = ?");
            params.add(outcome);
        }
        return sql.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
