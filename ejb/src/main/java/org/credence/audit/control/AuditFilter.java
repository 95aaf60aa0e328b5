package org.credence.audit.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.credence.platform.ChinaTime;
import org.credence.platform.jdbc.Jdbc;

/**
 * What an auditor looks for in the log: an actor and an agency (exact), an action and a target (each
 * by its beginning, so {@code credit.} finds every credit lookup and a USCC finds its entries), and
 * days in China from and to (both included). Each part is optional; every one has an index.
 */
public record AuditFilter(String actor, String agency, String action, String target, LocalDate from, LocalDate to)
        implements Serializable {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter {
        actor = blankToNull(actor);
        agency = blankToNull(agency);
        action = blankToNull(action);
        target = blankToNull(target);
    }

    /** The SQL condition on sealed entries (after {@code where}), its parameters appended to {@code params}. */
    public String condition(List<Object> params) {
        StringBuilder sql = new StringBuilder("seq is not null");
        if (actor != null) {
            sql.append(" and actor = ?");
            params.add(actor);
        }
        if (agency != null) {
            sql.append(" and agency_code = ?");
            params.add(agency);
        }
        if (action != null) {
            sql.append(" and action like ? escape '\\'");
            params.add(Jdbc.likePrefix(action));
        }
        if (target != null) {
            sql.append(" and target like ? escape '\\'");
            params.add(Jdbc.likePrefix(target));
        }
        // entries are stamped in UTC; the days are China's
        if (from != null) {
            sql.append(" and at >= ?");
            params.add(from.atStartOfDay(ChinaTime.ZONE)
                    .withZoneSameInstant(java.time.ZoneOffset.UTC)
                    .toLocalDateTime());
        }
        if (to != null) {
            sql.append(" and at < ?");
            params.add(to.plusDays(1)
                    .atStartOfDay(ChinaTime.ZONE)
                    .withZoneSameInstant(java.time.ZoneOffset.UTC)
                    .toLocalDateTime());
        }
        return sql.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
