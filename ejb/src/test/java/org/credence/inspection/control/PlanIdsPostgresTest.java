package org.credence.inspection.control;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * V31's move of plan ids from an identity to a sequence on PostgreSQL, on a database that already holds plans. Runs in
 * the PostgreSQL build ({@code -Ppostgresql} sets {@code credence.test.postgresql}), in a database of its own, created
 * and dropped here; the H2 build runs the same check on H2 ({@link PlanEntriesTest}).
 */
class PlanIdsPostgresTest {

    @Test
    void plansStoredBeforeTheSequenceKeepTheirIdsAndNewBlocksLieAboveThem() throws SQLException {
        String url = System.getProperty("credence.test.postgresql");
        assumeTrue(url != null, "PostgreSQL build only");
        String name = "credence_plan_ids_" + System.nanoTime();
        try (Connection admin = DriverManager.getConnection(url, "postgres", "");
                Statement s = admin.createStatement()) {
            s.execute("create database " + name);
        }
        try {
            PGSimpleDataSource database = new PGSimpleDataSource();
            database.setUrl(url.substring(0, url.lastIndexOf('/') + 1) + name);
            database.setUser("postgres");
            PlanEntriesTest.migrateWithOldPlans(database, "select nextval('inspection_plan_seq')");
        } finally {
            try (Connection admin = DriverManager.getConnection(url, "postgres", "");
                    Statement s = admin.createStatement()) {
                s.execute("drop database " + name + " with (force)");
            }
        }
    }
}
