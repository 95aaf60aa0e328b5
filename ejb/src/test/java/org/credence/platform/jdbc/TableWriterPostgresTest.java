package org.credence.platform.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The COPY path of {@link TableWriter}, which only PostgreSQL takes. Runs in the PostgreSQL build
 * ({@code -Ppostgresql} sets {@code credence.test.postgresql}); the H2 build covers the batch path.
 */
class TableWriterPostgresTest {

    private static final List<String> COLUMNS = List.of("id", "label", "note");

    private static Connection connect() throws SQLException {
        String url = System.getProperty("credence.test.postgresql");
        assumeTrue(url != null, "PostgreSQL build only");
        Connection c = DriverManager.getConnection(url, "postgres", "");
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("create temporary table copy_probe (id bigint primary key, label varchar(40) not null,"
                    + " note varchar(40)) on commit drop");
        }
        return c;
    }

    @Test
    void rowsLargerThanOneCopyPieceArriveIntactWithNullsQuotesAndChinese() throws SQLException {
        try (Connection c = connect()) {
            List<Object[]> rows = new ArrayList<>();
            for (long i = 1; i <= 20_000; i++) {
                rows.add(new Object[] {i, "标签 \"" + i + "\", 第" + i, i % 3 == 0 ? null : i % 3 == 1 ? "" : "a\nb"});
            }
            TableWriter.write(c, "copy_probe", COLUMNS, rows);
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select count(*), count(note), sum(length(note)),"
                            + " min(label) filter (where id = 12345) from copy_probe")) {
                rs.next();
                assertEquals(20_000, rs.getLong(1));
                assertEquals(13_334, rs.getLong(2), "null stays null, an empty string stays empty");
                assertEquals(3 * 6_667, rs.getLong(3));
                assertEquals("标签 \"12345\", 第12345", rs.getString(4));
            }
        }
    }

    @Test
    void aUniqueViolationKeepsPostgresqlsSqlState() throws SQLException {
        try (Connection c = connect()) {
            List<Object[]> rows = new ArrayList<>();
            for (long i = 1; i <= 10_000; i++) {
                rows.add(new Object[] {i == 9_999 ? 5L : i, "row " + i, null});
            }
            SQLException e = assertThrows(SQLException.class, () -> TableWriter.write(c, "copy_probe", COLUMNS, rows));
            assertEquals("23505", e.getSQLState(), e.toString());
        }
    }
}
