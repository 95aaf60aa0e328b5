package org.credence.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.postgresql.PGConnection;

/**
 * Writes many rows into one table on the caller's transactional connection: with PostgreSQL's COPY
 * when the connection is PostgreSQL's, else with a JDBC batch. Values are Long, Integer, String,
 * BigDecimal, LocalDate, LocalDateTime or null.
 */
public final class TableWriter {

    /** COPY's CSV: every value quoted, so that only an unquoted empty field means NULL. */
    private static final CSVFormat COPY_CSV = CSVFormat.DEFAULT.builder()
            .setRecordSeparator('\n')
            .setNullString("")
            .setQuoteMode(QuoteMode.ALL_NON_NULL)
            .get();

    private static final Logger LOG = Logger.getLogger(TableWriter.class.getName());
    private static final AtomicBoolean REPORTED = new AtomicBoolean();
    private static final boolean POSTGRESQL_DRIVER = present("org.postgresql.PGConnection");

    private TableWriter() {
    }

    public static void write(Connection connection, String table, List<String> columns, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        boolean copy = POSTGRESQL_DRIVER && PostgresCopy.applies(connection);
        if (REPORTED.compareAndSet(false, true)) {
            LOG.info(() -> "bulk writes use " + (copy ? "PostgreSQL's COPY" : "JDBC batches"));
        }
        if (copy) {
            PostgresCopy.copy(connection, table, columns, rows);
        } else {
            batch(connection, table, columns, rows);
        }
    }

    private static void batch(Connection connection, String table, List<String> columns, List<Object[]> rows) throws SQLException {
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    SqlValues.bind(insert, i + 1, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The COPY path, in a class of its own so that nothing loads the driver's classes where it is absent. */
    private static final class PostgresCopy {

        static boolean applies(Connection connection) throws SQLException {
            return connection.isWrapperFor(PGConnection.class);
        }

        static void copy(Connection jdbc, String table, List<String> columns, List<Object[]> rows) throws SQLException {
            PGConnection connection = jdbc.unwrap(PGConnection.class);
            StringWriter text = new StringWriter(rows.size() * 160);
            try (CSVPrinter printer = new CSVPrinter(text, COPY_CSV)) {
                for (Object[] row : rows) {
                    for (Object value : row) {
                        printer.print(value == null ? null : value.toString());
                    }
                    printer.println();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                connection.getCopyAPI().copyIn("copy " + table + " (" + String.join(", ", columns)
                        + ") from stdin with (format csv)", new StringReader(text.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY into " + table + " failed", e);
            }
        }
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, TableWriter.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
