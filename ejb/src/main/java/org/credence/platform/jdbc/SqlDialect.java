package org.credence.platform.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The few statements the bulk intake writes differently on H2 and PostgreSQL. */
public enum SqlDialect {
    H2("select next value for %s from system_range(1, ?)"),
    POSTGRESQL("select nextval('%s') from generate_series(1, ?)");

    private final String nextValues;

    SqlDialect(String nextValues) {
        this.nextValues = nextValues;
    }

    public static SqlDialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return product.toLowerCase().contains("postgres") ? POSTGRESQL : H2;
    }

    /**
     * Brings the planner's statistics of a table up to date inside the running transaction (PostgreSQL's
     * ANALYZE counts the transaction's own new rows); H2 needs nothing.
     */
    public void refreshStatistics(Connection connection, String table) throws SQLException {
        if (this == POSTGRESQL) {
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("analyze " + table);
            }
        }
    }

    /** One fresh value of the sequence. */
    public static long nextValue(Connection connection, String sequence) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement(of(connection).nextValues(sequence))) {
            query.setInt(1, 1);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A query returning {@code ?} fresh values of the sequence, one per row. */
    public String nextValues(String sequence) {
        return nextValues.formatted(sequence);
    }
}
