package org.credence.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.credence.setup.boundary.SchemaMigration;
import org.credence.setup.control.SyntheticPopulation;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh in-memory H2 database with every migration applied, for plain tests of SQL. */
public final class TestDatabase {

    private static final AtomicLong NAMES = new AtomicLong();
    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final AtomicLong ids = new AtomicLong(100_000);

    public TestDatabase() {
        // audit entries are written with a MAC: tests share one set of keys held in memory
        org.credence.audit.control.AuditKeys.installIfAbsent(
                () -> org.credence.audit.control.AuditKeys.generate("test"));
        dataSource.setURL("jdbc:h2:mem:test" + NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(SchemaMigration.locations(dataSource))
                .load()
                .migrate();
        // the seeded default model is in force from the day of installation; tests use fixed dates in
        // 2026, so the test installation dates from the start of that year, whatever today is
        try (Connection c = dataSource.getConnection();
                var s = c.createStatement()) {
            s.executeUpdate("update credit_model set effective_from = date '2026-01-01' where id = 1");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The database itself: its connections commit every statement (for code that opens its own). */
    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    /** A connection in manual-commit mode. */
    public Connection connection() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    /** Registers business {@code index} of the synthetic population and returns its id. */
    public long business(Connection connection, int index) throws SQLException {
        long id = ids.incrementAndGet();
        try (PreparedStatement insert =
                connection.prepareStatement("insert into business (id, uscc, uscc_exception, name,"
                        + " entity_type, region_code, status, created_at, created_by, updated_at, updated_by, version)"
                        + " values (?, ?, false, ?, 'ENTERPRISE', '330106', 'OPERATING', ?, 'test', ?, 'test', 0)")) {
            Timestamp now = Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 0, 0));
            insert.setLong(1, id);
            insert.setString(2, new SyntheticPopulation(7, 1000).business(index).uscc());
            insert.setString(3, "business " + index);
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.executeUpdate();
        }
        return id;
    }

    /** Puts a business on a list (ABNORMAL_OPERATIONS or SERIOUS_ILLEGAL) for market regulation and returns the entry's id. */
    public long listEntry(Connection connection, long businessId, String listType, LocalDate listedOn)
            throws SQLException {
        long id = ids.incrementAndGet();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into list_entry (id, business_id, list_type,"
                        + " agency_id, reason, listed_on, listed_by, version) values (?, ?, ?, 1, 'test', ?, 'test', 0)")) {
            insert.setLong(1, id);
            insert.setLong(2, businessId);
            insert.setString(3, listType);
            insert.setObject(4, listedOn);
            insert.executeUpdate();
        }
        return id;
    }

    /** Adds a record of a category (by code) decided on a date, public for 36 months, and returns its id. */
    public long record(Connection connection, long businessId, String category, String severity, LocalDate decided)
            throws SQLException {
        long id = ids.incrementAndGet();
        try (PreparedStatement insert =
                connection.prepareStatement("insert into credit_record (id, business_id, agency_id,"
                        + " category_id, source_record_id, severity, decision_number, decision_date, legal_basis, publicity_end,"
                        + " content_hash, status, created_at, created_by, version, intake_id)"
                        + " select ?, ?, 1, id, ?, ?, 'D-1', ?, 'law', ?, 'h', 'ACTIVE', ?, 'test', 0, 0"
                        + " from record_category where code = ?")) {
            insert.setLong(1, id);
            insert.setLong(2, businessId);
            insert.setString(3, "S" + id);
            insert.setString(4, severity);
            insert.setObject(5, decided);
            insert.setObject(6, decided.plusMonths(36));
            insert.setTimestamp(7, Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 0, 0)));
            insert.setString(8, category);
            if (insert.executeUpdate() != 1) {
                throw new IllegalArgumentException("no category " + category);
            }
        }
        return id;
    }
}
