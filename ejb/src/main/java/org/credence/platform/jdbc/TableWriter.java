package org.credence.platform.jdbc;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writes many rows into one table on the caller's transactional connection: with PostgreSQL's COPY
 * when the connection is PostgreSQL's, else with a JDBC batch. Values are Long, Integer, String,
 * BigDecimal, LocalDate, LocalDateTime or null.
 */
public final class TableWriter {

    /** COPY's CSV: every value quoted, so that only an unquoted empty field means NULL. */
    private static final CSVFormat COPY_CSV = CSVFormat.DEFAULT
            .builder()
            .setRecordSeparator('\n')
            .setNullString("")
            .setQuoteMode(QuoteMode.ALL_NON_NULL)
            .get();

    private static final Logger LOG = Logger.getLogger(TableWriter.class.getName());
    private static final AtomicBoolean REPORTED = new AtomicBoolean();
    private static final boolean POSTGRESQL_DRIVER = present("org.postgresql.PGConnection");

    private TableWriter() {}

    public static void write(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
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

    private static void batch(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
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

        /**
         * Prints the CSV straight into the driver's copy stream: PostgreSQL takes each 64 KiB as it
         * is printed, so the server parses and indexes while Java prints the rest.
         */
        static void copy(Connection jdbc, String table, List<String> columns, List<Object[]> rows) throws SQLException {
            PGConnection connection = jdbc.unwrap(PGConnection.class);
            String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin with (format csv)";
            PGCopyOutputStream stream = new PGCopyOutputStream(connection, sql, 1 << 16);
            try (CSVPrinter printer = new CSVPrinter(
                    new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16), COPY_CSV)) {
                for (Object[] row : rows) {
                    for (Object value : row) {
                        printer.print(value == null ? null : value.toString());
                    }
                    printer.println();
                }
            } catch (IOException e) {
                if (stream.isActive()) {
                    try {
                        stream.cancelCopy();
                    } catch (SQLException cancelled) {
                        e.addSuppressed(cancelled);
                    }
                }
                // the server's own error (a unique violation, say) keeps its SQLState for the caller
                for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                    if (cause instanceof SQLException server) {
                        throw server;
                    }
                }
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
