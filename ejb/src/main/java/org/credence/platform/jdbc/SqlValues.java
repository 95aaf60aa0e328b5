package org.credence.platform.jdbc;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Binds plain Java values to statement parameters: the one mapping every JDBC writer here uses. */
public final class SqlValues {

    private SqlValues() {}

    /** Long, Integer, Boolean, BigDecimal, LocalDate, LocalDateTime, byte[], null, or anything else as text. */
    public static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Long l) {
            statement.setLong(index, l);
        } else if (value instanceof Integer n) {
            statement.setInt(index, n);
        } else if (value instanceof Boolean b) {
            statement.setBoolean(index, b);
        } else if (value instanceof BigDecimal d) {
            statement.setBigDecimal(index, d);
        } else if (value instanceof LocalDate d) {
            statement.setDate(index, Date.valueOf(d));
        } else if (value instanceof LocalDateTime t) {
            statement.setTimestamp(index, Timestamp.valueOf(t));
        } else if (value instanceof byte[] bytes) {
            statement.setBytes(index, bytes);
        } else {
            statement.setString(index, value.toString());
        }
    }
}
