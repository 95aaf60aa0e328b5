package org.credence.platform.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * What differs between H2 and PostgreSQL: a few statements and settings, and the folder of the migrations written
 * for each. The database in use is told from the driver's product name here and nowhere else ({@link #of}); {@link
 * Database#dialect()} keeps it.
 */
public enum SqlDialect {
    H2("select next value for %s from system_range(1, ?)"),
    POSTGRESQL("select nextval('%s') from generate_series(1, ?)");

    private final String nextValues;

    SqlDialect(String nextValues) {
        this.nextValues = nextValues;
    }

    /** The dialect of the database the connection is to, from its driver's product name (no round trip). */
    public static SqlDialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return product.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
    }

    /** The folder of the migrations written for this database, under {@code db/vendor}. */
    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Lets the connection wait for row locks as long as a large draw may hold them: H2's default is one second
     * (PostgreSQL waits without limit).
     */
    public void patient(Connection connection) throws SQLException {
        if (this == H2) {
            try (Statement timeout = connection.createStatement()) {
                timeout.execute("set lock_timeout 300000");
            }
        }
    }

    /**
     * Switches PostgreSQL's JIT compilation off until the transaction ends. A scoring step reads the rows of a
     * thousand or a few thousand businesses, which the planner, misled by the table's statistics, takes for a
     * hundred thousand, over {@code jit_above_cost}: compiling the query then cost more than running it
     * (docs/credit.md, "Runs"). H2 has no JIT.
     */
    public void withoutJit(Connection connection) throws SQLException {
        if (this == POSTGRESQL) {
            try (Statement jit = connection.createStatement()) {
                jit.execute("set local jit = off");
            }
        }
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
