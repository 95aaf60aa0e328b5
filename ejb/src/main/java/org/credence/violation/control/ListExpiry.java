package org.credence.violation.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.credence.changes.control.Change;
import org.credence.changes.control.ChangeLogWriter;
import org.credence.changes.entity.ChangeKind;
import org.credence.platform.jdbc.Jdbc;

/**
 * Ends serious-list entries whose 3 years are over and that were not renewed: each leaves the list on
 * its end date (EXPIRED) with a LIST_REMOVED change in the same transaction, which lifts its joint
 * measures. Idempotent: an entry already off its list is never touched again.
 */
public final class ListExpiry {

    private ListExpiry() {}

    /** Ends at most {@code limit} entries due by {@code today}; the ids of those it ended. */
    public static List<Long> endDue(Connection c, LocalDate today, LocalDateTime now, int limit) throws SQLException {
        List<Object[]> due = Jdbc.list(
                c,
                "select e.id, e.business_id, b.uscc, e.agency_id from list_entry e"
                        + " join business b on b.id = e.business_id where e.list_type = 'SERIOUS_ILLEGAL' and e.removed_on is null"
                        + " and e.ends_on <= ? order by e.ends_on, e.id fetch first " + limit + " rows only",
                rs -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4)},
                today);
        List<Long> ended = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (Object[] e : due) {
            // only an entry still on its list and not renewed meanwhile: a second run, or a renewal that won, changes
            // nothing
            int updated = Jdbc.update(
                    c,
                    "update list_entry set removed_on = ends_on, removed_by = 'scheduler',"
                            + " removal_kind = 'EXPIRED', version = version + 1 where id = ? and removed_on is null and ends_on <= ?",
                    e[0],
                    today);
            if (updated == 1) {
                ended.add((Long) e[0]);
                changes.add(
                        new Change((Long) e[1], (String) e[2], ChangeKind.LIST_REMOVED, (Long) e[0], (Long) e[3], now));
            }
        }
        if (!changes.isEmpty()) {
            ChangeLogWriter.append(c, changes);
        }
        return ended;
    }
}
