package org.credence.changes.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.credence.platform.jdbc.TableWriter;

/**
 * Appends changes to the change log on the caller's transactional connection. Sequence numbers are
 * reserved under the counter row's lock, held until the transaction ends, so they are handed out in
 * commit order with no gaps. The price: writers of changes take turns.
 */
public final class ChangeLogWriter {

    private static final List<String> COLUMNS =
            List.of("seq", "business_id", "uscc", "kind", "subject_id", "agency_id", "occurred_at");

    private ChangeLogWriter() {}

    /**
     * Takes the change log's lock until the transaction ends and returns the last sequence number. A
     * writer that must check something before it changes it takes this lock first, so that writers of
     * changes never wait for each other in a cycle.
     */
    public static long lock(Connection connection) throws SQLException {
        try (PreparedStatement lock =
                        connection.prepareStatement("select last_seq from change_log_counter where id = 1 for update");
                ResultSet rs = lock.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Records the last sequence number handed out; only under {@link #lock}. */
    public static void advance(Connection connection, long last) throws SQLException {
        try (PreparedStatement bump =
                connection.prepareStatement("update change_log_counter set last_seq = ? where id = 1")) {
            bump.setLong(1, last);
            bump.executeUpdate();
        }
    }

    /** Appends the changes and returns the sequence number of the first (the rest follow it). */
    public static long append(Connection connection, List<Change> changes) throws SQLException {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("nothing to append");
        }
        long last = lock(connection);
        advance(connection, last + changes.size());
        List<Object[]> rows = new ArrayList<>(changes.size());
        long seq = last;
        for (Change change : changes) {
            rows.add(new Object[] {
                ++seq,
                change.businessId(),
                change.uscc(),
                change.kind().name(),
                change.subjectId(),
                change.agencyId(),
                change.at()
            });
        }
        TableWriter.write(connection, "change_log", COLUMNS, rows);
        return last + 1;
    }
}
