package org.credence.inspection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.credence.credit.entity.Grade;
import org.credence.inspection.entity.DrawMode;
import org.credence.inspection.entity.Item;
import org.credence.inspection.entity.Plan;
import org.credence.inspection.entity.Scope;
import org.credence.platform.jdbc.Jdbc;
import org.credence.platform.jdbc.SqlDialect;
import org.credence.setup.boundary.SchemaMigration;
import org.credence.testing.DirectoryRows;
import org.credence.testing.TestDatabase;
import org.credence.testing.TestEntities;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Plans kept as entities and read back, on a real (in-memory H2) database through the server's JPA provider. */
class PlanEntriesTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0, 0, 123_456_789);
    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    TestDatabase db;
    TestEntities entities;
    Item ads;
    Item drugs;

    @BeforeEach
    void directory() throws SQLException {
        db = new TestDatabase();
        try (Connection c = db.connection()) {
            DirectoryRows.insertItem(c, item("SAMR-ADS", 1, "SAMR"), "test", NOW);
            DirectoryRows.insertItem(c, item("CAC-APPS", 2, "CAC"), "test", NOW);
            ads = Directory.item(c, "SAMR-ADS");
            drugs = Directory.item(c, "CAC-APPS");
            c.commit();
        }
        entities = new TestEntities(db);
    }

    @AfterEach
    void close() {
        entities.close();
    }

    static Item item(String code, long agencyId, String agency) {
        return new Item(
                0,
                code,
                code + " item",
                "a law, art. 1",
                agencyId,
                agency,
                "KEY",
                "ONLINE_MONITORING",
                Scope.ANY,
                null,
                1,
                0);
    }

    /** A joint RATIO plan of SAMR (the lead) and CAC, listed in the opposite order, on a date. */
    Plan ratioPlan(String name) {
        return new Plan(
                0,
                name,
                1,
                "SAMR",
                "DRAFT",
                1L,
                DrawMode.RATIO,
                grades(10, 20, 100, 300),
                null,
                null,
                grades(2, 2, 3, 4),
                true,
                6,
                new Scope(List.of("ENTERPRISE"), List.of(), List.of("SHOP"), List.of("33", "11")),
                DAY,
                null,
                true,
                List.of("CAC", "SAMR"),
                List.of(2L, 1L),
                List.of(drugs, ads),
                null,
                null,
                null,
                null,
                0);
    }

    /** SAMR's QUOTA plan on a cron schedule, for information checks. */
    Plan quotaPlan(String name) {
        return new Plan(
                0,
                name,
                1,
                "SAMR",
                "DRAFT",
                null,
                DrawMode.QUOTA,
                null,
                40,
                grades(1, 2, 3, 4),
                grades(2, 2, 2, 2),
                false,
                12,
                Scope.ANY,
                null,
                "0 0 10 1 * ?",
                false,
                List.of("SAMR"),
                List.of(1L),
                List.of(ads),
                null,
                null,
                null,
                null,
                0,
                Plan.INFORMATION_CHECK);
    }

    static Map<Grade, Integer> grades(int a, int b, int c, int d) {
        return Map.of(Grade.A, a, Grade.B, b, Grade.C, c, Grade.D, d);
    }

    <T> T inTransaction(java.util.function.Function<PlanEntries, T> work) {
        return entities.inTransaction(em -> work.apply(new PlanEntries(em)));
    }

    @Test
    void aPlanIsReadBackAsItWasWrittenWithItsMembersInCodeOrder() {
        long ratio = inTransaction(p -> p.insert(ratioPlan("Prices"), "admin", NOW));
        long quota = inTransaction(p -> p.insert(quotaPlan("Checks"), "admin", NOW));

        Plan r = inTransaction(p -> p.find(ratio));
        assertEquals("Prices", r.name());
        assertEquals("DRAFT", r.status());
        assertEquals(1L, r.leadAgencyId());
        assertEquals("SAMR", r.leadAgencyCode());
        assertEquals(1L, r.modelId());
        assertEquals(DrawMode.RATIO, r.mode());
        assertEquals(grades(10, 20, 100, 300), r.ratios());
        assertNull(r.weights());
        assertNull(r.quotaTotal());
        assertEquals(grades(2, 2, 3, 4), r.teamSizes());
        assertTrue(r.gradeAOncePerYear());
        assertEquals(6, r.repeatMonths());
        assertEquals(List.of("ENTERPRISE"), r.scope().entityTypes());
        assertEquals(List.of("SHOP"), r.scope().platforms());
        assertEquals(List.of("33", "11"), r.scope().regionPrefixes());
        assertEquals(DAY, r.scheduleDate());
        assertTrue(r.workingDaysOnly());
        assertEquals(List.of("CAC", "SAMR"), r.agencies());
        assertEquals(List.of(2L, 1L), r.agencyIds());
        assertEquals(
                List.of("CAC-APPS", "SAMR-ADS"),
                r.items().stream().map(Item::code).toList());
        assertEquals(ads, r.items().get(1));
        assertTrue(r.joint());
        assertEquals("admin", r.createdBy());
        // kept to the microsecond, as the database keeps it
        assertEquals(NOW.withNano(123_457_000), r.createdAt());
        assertEquals(Plan.ROUTINE, r.purpose());

        Plan q = inTransaction(p -> p.find(quota));
        assertEquals(DrawMode.QUOTA, q.mode());
        assertNull(q.ratios());
        assertEquals(40, q.quotaTotal());
        assertEquals(grades(1, 2, 3, 4), q.weights());
        assertEquals("0 0 10 1 * ?", q.scheduleCron());
        assertNull(q.scheduleDate());
        assertEquals(Scope.ANY, q.scope());
        assertTrue(q.informationCheck());
        assertFalse(q.joint());

        assertNull(inTransaction(p -> p.find(quota + 1_000_000)));
    }

    @Test
    void aPlansDraftIsSeenByTheDrawsJdbcInTheSameTransactionAndGoesWithARollback() {
        List<Long> seen = entities.inTransaction(em -> {
            long id = new PlanEntries(em).insert(ratioPlan("Prices"), "admin", NOW);
            Connection same = em.unwrap(Connection.class);
            List<Long> items;
            try {
                items = Jdbc.list(
                        same,
                        "select item_id from plan_item where plan_id = ? order by item_id",
                        rs -> rs.getLong(1),
                        id);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            em.getTransaction().setRollbackOnly();
            return items;
        });
        assertEquals(List.of(ads.id(), drugs.id()).stream().sorted().toList(), seen);
        assertEquals((Long) 0L, inTransaction(p -> p.count(PlanFilter.NONE)));
    }

    @Test
    void aChangeReplacesTheDefinitionAndMembersAndTheVersionGrowsByOneEachTime() {
        long id = inTransaction(p -> p.insert(ratioPlan("Prices"), "admin", NOW));
        long first = inTransaction(p -> p.find(id)).version();

        // only the members change: the plan's row is the same, its version grows all the same
        Plan samrOnly = withMembers(inTransaction(p -> p.find(id)), List.of("SAMR"), List.of(1L), List.of(ads));
        inTransaction(p -> {
            p.update(samrOnly);
            return null;
        });
        Plan changed = inTransaction(p -> p.find(id));
        assertEquals(first + 1, changed.version());
        assertEquals(List.of("SAMR"), changed.agencies());
        assertEquals(
                List.of("SAMR-ADS"), changed.items().stream().map(Item::code).toList());
        assertEquals("Prices", changed.name());

        inTransaction(p -> {
            p.setStatus(id, "DRAWN");
            return null;
        });
        assertEquals(first + 2, inTransaction(p -> p.find(id)).version());
        assertEquals("DRAWN", inTransaction(p -> p.find(id)).status());
        assertEquals("admin", inTransaction(p -> p.find(id)).createdBy());
    }

    @Test
    void publicationAndCancellationAreKeptAndListedByStatus() {
        long published = inTransaction(p -> p.insert(ratioPlan("Published"), "admin", NOW));
        long cancelled = inTransaction(p -> p.insert(ratioPlan("Cancelled draft"), "admin", NOW));
        long draft = inTransaction(p -> p.insert(quotaPlan("Draft"), "admin", NOW));
        inTransaction(p -> {
            p.publish(published, "lead", NOW.plusDays(1));
            p.cancel(cancelled, "no staff");
            return null;
        });

        Plan p1 = inTransaction(p -> p.find(published));
        assertEquals("PUBLISHED", p1.status());
        assertEquals(NOW.plusDays(1).withNano(123_457_000), p1.publishedAt());
        Plan p2 = inTransaction(p -> p.find(cancelled));
        assertEquals("CANCELLED", p2.status());
        assertEquals("no staff", p2.cancelReason());
        assertNull(p2.publishedAt());

        assertEquals(List.of(draft, cancelled, published), ids(inTransaction(p -> p.list(null, 10))));
        assertEquals(List.of(draft), ids(inTransaction(p -> p.list(null, 1))));
        assertEquals(
                List.of(cancelled, published), ids(inTransaction(p -> p.list(List.of("PUBLISHED", "CANCELLED"), 10))));
        // only those ever published: the cancelled draft never was
        assertEquals(List.of(published), ids(inTransaction(p -> p.list(List.of("PUBLISHED", "CANCELLED"), true, 10))));
        assertEquals(List.of(published), ids(inTransaction(p -> p.list(List.of(), true, 10))));
    }

    @Test
    void theFilterFindsPlansByNameStatusAgencyAndDayAPageAtATime() {
        long prices = inTransaction(p -> p.insert(ratioPlan("Prices 100%_ checked"), "admin", NOW));
        long other = inTransaction(p -> p.insert(ratioPlan("Prices 1000 checked"), "admin", NOW));
        long cron = inTransaction(p -> p.insert(quotaPlan("Monthly checks"), "admin", NOW));

        // % and _ are matched as themselves, in any case
        assertEquals(List.of(prices), search(new PlanFilter("100%_", null, null, null, null)));
        assertEquals(List.of(other, prices), search(new PlanFilter(" PRICES ", null, null, null, null)));
        assertEquals(List.of(cron, other, prices), search(new PlanFilter(null, "DRAFT", null, null, null)));
        assertEquals(List.of(), search(new PlanFilter(null, "PUBLISHED", null, null, null)));
        // an agency taking part, not only the lead
        assertEquals(List.of(other, prices), search(new PlanFilter(null, null, "CAC", null, null)));
        assertEquals(List.of(cron, other, prices), search(new PlanFilter(null, null, "SAMR", null, null)));
        // the day: the scheduled date, or the day of creation for a plan on a cron schedule (both ends included)
        assertEquals(List.of(other, prices), search(new PlanFilter(null, null, null, DAY, DAY)));
        assertEquals(List.of(cron), search(new PlanFilter(null, null, null, NOW.toLocalDate(), NOW.toLocalDate())));
        assertEquals(List.of(), search(new PlanFilter(null, null, null, DAY.plusDays(1), null)));
        assertEquals(List.of(cron), search(new PlanFilter(null, null, null, null, DAY.minusDays(1))));

        assertEquals((Long) 3L, inTransaction(p -> p.count(PlanFilter.NONE)));
        assertEquals((Long) 2L, inTransaction(p -> p.count(new PlanFilter(null, null, "CAC", null, null))));
        assertEquals(List.of(other), ids(inTransaction(p -> p.search(PlanFilter.NONE, 1, 1))));
    }

    @Test
    void twoNodesAndSqlNeverShareAnIdAndTheNewestPlanComesFirstWhateverItsId() throws SQLException {
        // two nodes: each its own persistence unit, taking its own block of ids
        try (TestEntities other = new TestEntities(db, "node-2")) {
            long first = inTransaction(p -> p.insert(ratioPlan("First, node 1"), "admin", NOW));
            long second = other.inTransaction(
                    em -> new PlanEntries(em).insert(ratioPlan("Second, node 2"), "admin", NOW.plusHours(1)));
            long bySql;
            try (Connection c = db.connection();
                    Statement s = c.createStatement()) {
                s.executeUpdate(
                        "insert into inspection_plan (name, lead_agency_id, status, mode, team_a, team_b, team_c,"
                                + " team_d, grade_a_once_a_year, repeat_months, schedule_date, working_days_only, created_at,"
                                + " created_by, version) values ('Third, by SQL', 1, 'DRAFT', 'RATIO', 2, 2, 2, 2, false, 12,"
                                + " date '2026-12-01', false, timestamp '2026-11-22 11:00:00', 'bench', 0)");
                bySql = Jdbc.one(c, "select id from inspection_plan where created_by = 'bench'", rs -> rs.getLong(1));
                c.commit();
            }
            // node 1's next plan has an id from its first block, below node 2's older plan: it still comes first
            long fourth = inTransaction(p -> p.insert(ratioPlan("Fourth, node 1"), "admin", NOW.plusDays(30)));
            assertEquals(
                    List.of("Fourth, node 1"),
                    inTransaction(p -> p.list(null, 1)).stream().map(Plan::name).toList());
            assertTrue(
                    fourth < second,
                    "the newest plan does not have the highest id: " + List.of(first, second, bySql, fourth));
            List<Long> later = new ArrayList<>();
            for (int i = 0; i < 60; i++) { // beyond node 1's first block of 50
                int hour = i;
                later.add(inTransaction(p -> p.insert(ratioPlan("Later " + hour), "admin", NOW.plusHours(3 + hour))));
                later.add(other.inTransaction(em ->
                        new PlanEntries(em).insert(ratioPlan("Later too " + hour), "admin", NOW.plusHours(3 + hour))));
            }
            Set<Long> ids = new HashSet<>(later);
            ids.addAll(List.of(first, second, bySql, fourth));
            assertEquals(124, ids.size(), "no id given twice");
            assertEquals("Third, by SQL", inTransaction(p -> p.find(bySql)).name());
            assertTrue(first < second, "node 2's block lies above node 1's first");

            List<Plan> oldest = inTransaction(p -> p.search(PlanFilter.NONE, 121, 10));
            assertEquals(
                    List.of("Third, by SQL", "Second, node 2", "First, node 1"),
                    oldest.stream().map(Plan::name).toList());
        }
    }

    @Test
    void plansStoredBeforeTheSequenceKeepTheirIdsAndNewBlocksLieAboveThem() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:plan-ids-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        migrateWithOldPlans(h2, "select next value for inspection_plan_seq");
    }

    /**
     * Migrates an empty database to V30, stores three plans with the identity, migrates on (V31 and later), and checks
     * that the first block of ids EclipseLink takes lies wholly above them (EclipseLink 4.0.7 takes the 50 ids up to
     * each value it draws: {@code StandardSequence.createVector}) and that SQL naming no id takes the sequence's next
     * value.
     */
    static void migrateWithOldPlans(DataSource database, String nextValue) throws SQLException {
        Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(database)
                .locations(SchemaMigration.locations(database))
                .target("30")
                .load()
                .migrate();
        String insert =
                "insert into inspection_plan (name, lead_agency_id, status, mode, team_a, team_b, team_c, team_d,"
                        + " grade_a_once_a_year, repeat_months, schedule_date, working_days_only, created_at, created_by,"
                        + " version) values ('old', 1, 'DRAFT', 'RATIO', 2, 2, 2, 2, false, 12, date '2026-12-01', false,"
                        + " timestamp '2026-11-22 09:00:00', 'test', 0)";
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            for (int i = 0; i < 3; i++) {
                s.executeUpdate(insert);
            }
        }
        Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(database)
                .locations(SchemaMigration.locations(database))
                .load()
                .migrate();
        try (Connection c = database.getConnection();
                Statement s = c.createStatement()) {
            long highest = Jdbc.one(c, "select max(id) from inspection_plan", rs -> rs.getLong(1));
            assertEquals(3L, highest);
            long drawn = Jdbc.one(c, nextValue, rs -> rs.getLong(1));
            assertTrue(drawn - 49 > highest, "first block " + (drawn - 49) + " to " + drawn);
            s.executeUpdate(insert);
            long bySql = Jdbc.one(c, "select max(id) from inspection_plan", rs -> rs.getLong(1));
            assertEquals(drawn + 50, bySql);
        }
    }

    @Test
    void aLockHoldsOthersOffUntilTheTransactionEndsAndReadsThePlanAsItIsNow() {
        long id = inTransaction(p -> p.insert(ratioPlan("Prices"), "admin", NOW));
        String seen = entities.inTransaction(em -> {
            PlanEntries plans = new PlanEntries(em);
            plans.find(id); // read, not locked: another transaction renames it meanwhile
            try (Connection other = db.connection();
                    Statement s = other.createStatement()) {
                s.executeUpdate("update inspection_plan set name = 'Renamed' where id = " + id);
                other.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            Plan locked = plans.lock(SqlDialect.H2, id);
            try (Connection other = db.connection();
                    Statement s = other.createStatement()) {
                s.execute("set lock_timeout 200");
                SQLException refused = assertThrows(
                        SQLException.class,
                        () -> s.executeQuery("select id from inspection_plan where id = " + id + " for update"));
                assertEquals("HYT00", refused.getSQLState(), refused.toString());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return locked.name();
        });
        assertEquals("Renamed", seen);
        // the lock went with the transaction
        try (Connection other = db.connection();
                Statement s = other.createStatement()) {
            s.execute("set lock_timeout 200");
            s.executeQuery("select id from inspection_plan where id = " + id + " for update")
                    .close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertNull(inTransaction(p -> p.lock(SqlDialect.H2, id + 1_000_000)));
    }

    List<Long> search(PlanFilter filter) {
        return ids(inTransaction(p -> p.search(filter, 0, 100)));
    }

    static List<Long> ids(List<Plan> plans) {
        return plans.stream().map(Plan::id).toList();
    }

    static Plan withMembers(Plan p, List<String> agencies, List<Long> agencyIds, List<Item> items) {
        return new Plan(
                p.id(),
                p.name(),
                p.leadAgencyId(),
                p.leadAgencyCode(),
                p.status(),
                p.modelId(),
                p.mode(),
                p.ratios(),
                p.quotaTotal(),
                p.weights(),
                p.teamSizes(),
                p.gradeAOncePerYear(),
                p.repeatMonths(),
                p.scope(),
                p.scheduleDate(),
                p.scheduleCron(),
                p.workingDaysOnly(),
                agencies,
                agencyIds,
                items,
                p.cancelReason(),
                p.createdAt(),
                p.createdBy(),
                p.publishedAt(),
                p.version(),
                p.purpose());
    }
}
