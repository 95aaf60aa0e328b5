package org.credence.violation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.credence.platform.jdbc.Jdbc;
import org.credence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The serious list's end by itself, against a real (in-memory H2) database with every migration applied. */
class ListExpiryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final LocalDateTime NOW = TODAY.atTime(0, 5);

    @Test
    void anEntryEndsOnItsEndDateOnceWithItsChangeAndARenewedOrAbnormalOneStays() throws SQLException {
        TestDatabase db = new TestDatabase();
        try (Connection c = db.connection()) {
            long due = entry(c, db.business(c, 1), "SERIOUS_ILLEGAL", TODAY.minusYears(3), TODAY);
            long overdue = entry(
                    c, db.business(c, 2), "SERIOUS_ILLEGAL", TODAY.minusYears(3).minusDays(5), TODAY.minusDays(5));
            long running = entry(
                    c, db.business(c, 3), "SERIOUS_ILLEGAL", TODAY.minusYears(3).plusDays(1), TODAY.plusDays(1));
            long renewed = entry(c, db.business(c, 4), "SERIOUS_ILLEGAL", TODAY.minusYears(3), TODAY.plusYears(3));
            long abnormal = entry(c, db.business(c, 5), "ABNORMAL_OPERATIONS", TODAY.minusYears(4), null);
            long seqBefore = Jdbc.one(c, "select last_seq from change_log_counter", rs -> rs.getLong(1));

            assertEquals(
                    List.of(overdue), ListExpiry.endDue(c, TODAY, NOW, 1), "a batch at a time, the oldest end first");
            assertEquals(List.of(due), ListExpiry.endDue(c, TODAY, NOW, 500));
            assertEquals(List.of(), ListExpiry.endDue(c, TODAY, NOW, 500), "idempotent: a second run ends nothing");

            assertEquals(
                    TODAY.minusDays(5),
                    Jdbc.one(
                            c,
                            "select removed_on from list_entry where id = ?",
                            rs -> rs.getDate(1).toLocalDate(),
                            overdue),
                    "off the list from its end date, not from the run");
            assertEquals(
                    "EXPIRED",
                    Jdbc.one(c, "select removal_kind from list_entry where id = ?", rs -> rs.getString(1), due));
            for (long stays : new long[] {running, renewed, abnormal}) {
                assertEquals(0, (int) Jdbc.one(
                        c,
                        "select count(*) from list_entry where id = ? and removed_on is not null",
                        rs -> rs.getInt(1),
                        stays));
            }
            List<String> changes = Jdbc.list(
                    c,
                    "select kind || ' ' || subject_id from change_log where seq > ? order by seq",
                    rs -> rs.getString(1),
                    seqBefore);
            assertEquals(List.of("LIST_REMOVED " + overdue, "LIST_REMOVED " + due), changes);
        }
    }

    private static long entry(Connection c, long business, String type, LocalDate listed, LocalDate ends)
            throws SQLException {
        long id = Jdbc.one(c, "select next value for list_entry_seq", rs -> rs.getLong(1));
        Jdbc.update(
                c,
                "insert into list_entry (id, business_id, list_type, agency_id, reason, listed_on, listed_by, ends_on,"
                        + " version) values (?, ?, ?, 1, 'test', ?, 'test', ?, 0)",
                id,
                business,
                type,
                listed,
                ends);
        return id;
    }
}
