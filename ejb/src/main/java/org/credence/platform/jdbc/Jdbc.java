package org.credence.platform.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC helpers: bind plain values, map rows, read generated ids. */
public final class Jdbc {

    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Jdbc() {}

    public static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            bind(q, params);
            try (ResultSet rs = q.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        }
    }

    public static <T> T one(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        List<T> all = list(c, sql, row, params);
        return all.isEmpty() ? null : all.get(0);
    }

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            bind(q, params);
            return q.executeUpdate();
        }
    }

    /**
     * Inserts one row unless a row with the same key is there (another server, the same moment): true when inserted,
     * false when the insert broke an integrity constraint (SQLState class 23), which then changed nothing. In a
     * transaction the insert runs under a savepoint, so that the refusal does not abort the transaction (PostgreSQL's
     * rule) and the caller can count the row that won; any other failure is thrown as it is.
     */
    public static boolean insertUnlessPresent(Connection c, String sql, Object... params) throws SQLException {
        Savepoint before = c.getAutoCommit() ? null : c.setSavepoint();
        try {
            update(c, sql, params);
        } catch (SQLException e) {
            if (!SqlErrors.constraintViolated(e)) {
                throw e;
            }
            if (before != null) {
                c.rollback(before);
            }
            return false;
        }
        if (before != null) {
            c.releaseSavepoint(before);
        }
        return true;
    }

    /** Inserts one row and returns its generated id. */
    public static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql, new String[] {"id"})) {
            bind(q, params);
            q.executeUpdate();
            try (ResultSet keys = q.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public static void bind(PreparedStatement q, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            SqlValues.bind(q, i + 1, params[i]);
        }
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    public static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }

    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    public static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    public static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** A LIKE pattern for values that start with {@code text} (escaped with a backslash: {@code escape '\\'}). */
    public static String likePrefix(String text) {
        return likeEscaped(text) + "%";
    }

    /** A LIKE pattern for values that contain {@code text} (escaped with a backslash: {@code escape '\\'}). */
    public static String likeContaining(String text) {
        return "%" + likeEscaped(text) + "%";
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
