package org.credence.violation.control;

import java.sql.Connection;
import java.sql.SQLException;

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

    /** A query returning {@code ?} fresh values of the sequence, one per row. */
    public String nextValues(String sequence) {
        return nextValues.formatted(sequence);
    }
}
