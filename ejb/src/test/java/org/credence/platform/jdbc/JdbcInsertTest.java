package org.credence.platform.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * An insert that another server may have made first ({@link Jdbc#insertUnlessPresent}): on H2 always, on PostgreSQL in
 * its build ({@code -Ppostgresql} sets {@code credence.test.postgresql}), where a refused statement would otherwise
 * abort the whole transaction.
 */
class JdbcInsertTest {

    private static final String INSERT = "insert into probe (probe_key, hits) values (?, ?)";

    @Test
    void onH2() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:insert-test-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = h2.getConnection()) {
            check(c, "create table probe (probe_key varchar(20) primary key, hits integer not null)");
        }
    }

    @Test
    void onPostgresql() throws SQLException {
        String url = System.getProperty("credence.test.postgresql");
        assumeTrue(url != null, "PostgreSQL build only");
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            check(c, "create temporary table probe (probe_key varchar(20) primary key, hits integer not null)");
        }
    }

    private static void check(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(table);
        }
        // in autocommit mode
        assertTrue(Jdbc.insertUnlessPresent(c, INSERT, "a", 1));
        assertFalse(Jdbc.insertUnlessPresent(c, INSERT, "a", 2));
        // in a transaction: the refusal leaves the transaction usable and its earlier work in place
        c.setAutoCommit(false);
        assertTrue(Jdbc.insertUnlessPresent(c, INSERT, "b", 1));
        assertFalse(Jdbc.insertUnlessPresent(c, INSERT, "b", 2));
        assertFalse(Jdbc.insertUnlessPresent(c, INSERT, "a", 3));
        assertEquals(1, Jdbc.update(c, "update probe set hits = hits + 10 where probe_key = ?", "b"));
        c.commit();
        assertEquals(11, (int) Jdbc.one(c, "select hits from probe where probe_key = ?", rs -> rs.getInt(1), "b"));
        assertEquals(1, (int) Jdbc.one(c, "select hits from probe where probe_key = ?", rs -> rs.getInt(1), "a"));
        // a failure that is not a constraint's is thrown as it is
        SQLException e = assertThrows(
                SQLException.class, () -> Jdbc.insertUnlessPresent(c, "insert into no_such_table values (1)"));
        assertEquals("42", e.getSQLState().substring(0, 2), e.toString());
        c.rollback();
    }
}
