package org.credence.inspection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.credence.credit.entity.Grade;
import org.credence.inspection.control.PoolFreeze.Frozen;
import org.credence.inspection.entity.Assignment;
import org.credence.inspection.entity.CalendarDay;
import org.credence.inspection.entity.Draw;
import org.credence.inspection.entity.DrawMode;
import org.credence.inspection.entity.DrawSeed;
import org.credence.inspection.entity.InspectorEntry;
import org.credence.inspection.entity.Item;
import org.credence.inspection.entity.Plan;
import org.credence.inspection.entity.Qualification;
import org.credence.inspection.entity.Scope;
import org.credence.inspection.entity.StoredTarget;
import org.credence.platform.Message;
import org.credence.platform.Refusals;
import org.credence.platform.jdbc.Jdbc;
import org.credence.testing.DirectoryRows;
import org.credence.testing.TestDatabase;
import org.credence.testing.TestEntities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Draws against a real (in-memory H2) database with every migration applied. */
class DrawStoreTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static final LocalDateTime NOW = DAY.atTime(10, 0);
    static final String[] GRADES = {"A", "B", "C", "D"};

    TestDatabase db;
    TestEntities entities;
    List<Long> businesses = new ArrayList<>();
    Item item;

    @BeforeEach
    void directory() throws SQLException {
        db = new TestDatabase();
        try (Connection c = db.connection()) {
            for (int i = 0; i < 40; i++) {
                long id = db.business(c, i);
                businesses.add(id);
                if (i < 36) { // four are unscored: the draw scores them
                    score(c, id, GRADES[i % 4]);
                }
            }
            DirectoryRows.insertItem(
                    c,
                    new Item(
                            0,
                            "SAMR-ADS",
                            "Online advertising",
                            "Advertising Law art. 49",
                            1,
                            "SAMR",
                            "KEY",
                            "ONLINE_MONITORING",
                            Scope.ANY,
                            null,
                            1,
                            0),
                    "test",
                    NOW);
            item = Directory.item(c, "SAMR-ADS");
            for (int i = 1; i <= 6; i++) {
                DirectoryRows.insertInspector(
                        c,
                        new InspectorEntry(
                                0,
                                "SAMR-" + i,
                                "Inspector " + i,
                                1,
                                "SAMR",
                                List.of("33"),
                                "C-" + i,
                                DAY.plusYears(1),
                                "ACTIVE",
                                20,
                                null,
                                List.of(new Qualification("SAMR-ADS", DAY.minusYears(1), DAY.plusYears(1))),
                                0),
                        "test",
                        NOW);
            }
            // not eligible: on leave; certificate expired; unqualified
            DirectoryRows.insertInspector(
                    c,
                    new InspectorEntry(
                            0,
                            "SAMR-7",
                            "On leave",
                            1,
                            "SAMR",
                            List.of("33"),
                            "C-7",
                            DAY.plusYears(1),
                            "ON_LEAVE",
                            20,
                            null,
                            List.of(new Qualification("SAMR-ADS", DAY.minusYears(1), DAY.plusYears(1))),
                            0),
                    "test",
                    NOW);
            DirectoryRows.insertInspector(
                    c,
                    new InspectorEntry(
                            0,
                            "SAMR-8",
                            "Expired",
                            1,
                            "SAMR",
                            List.of("33"),
                            "C-8",
                            DAY.minusDays(1),
                            "ACTIVE",
                            20,
                            null,
                            List.of(new Qualification("SAMR-ADS", DAY.minusYears(1), DAY.plusYears(1))),
                            0),
                    "test",
                    NOW);
            DirectoryRows.insertInspector(
                    c,
                    new InspectorEntry(
                            0,
                            "SAMR-9",
                            "Unqualified",
                            1,
                            "SAMR",
                            List.of("33"),
                            "C-9",
                            DAY.plusYears(1),
                            "ACTIVE",
                            20,
                            null,
                            List.of(),
                            0),
                    "test",
                    NOW);
            c.commit();
        }
    }

    void score(Connection c, long businessId, String grade) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("insert into credit_score (model_id, business_id, run_id, as_of, score,"
                        + " grade, threshold_grade, computed_at) values (1, ?, 1, ?, 800, ?, ?, ?)")) {
            s.setLong(1, businessId);
            s.setObject(2, DAY.minusDays(10));
            s.setString(3, grade);
            s.setString(4, grade);
            s.setObject(5, NOW.minusDays(10));
            s.executeUpdate();
        }
    }

    Plan plan(Connection c, Map<Grade, Integer> ratios, boolean gradeAOnce, int repeatMonths) throws SQLException {
        Plan draft = new Plan(
                0,
                "Advertising 2026",
                1,
                "SAMR",
                "DRAFT",
                null,
                DrawMode.RATIO,
                ratios,
                null,
                null,
                DrawMethodTest.grades(2, 2, 2, 3),
                gradeAOnce,
                repeatMonths,
                Scope.ANY,
                DAY,
                null,
                false,
                List.of("SAMR"),
                List.of(1L),
                List.of(item),
                null,
                null,
                null,
                null,
                0);
        return published(c, draft);
    }

    Draw draw(Connection c, Plan plan) throws SQLException {
        Draw scheduled = DrawStore.schedule(c, plan, DAY.atStartOfDay(), NOW);
        Frozen frozen = PoolFreeze.freeze(c, plan, DAY);
        return DrawStore.perform(c, plan, scheduled, "lottery 2026-11-22", DAY, "test", NOW, frozen)
                .draw();
    }

    @Test
    void aDrawIsStoredWithItsInputsAndVerifiesUntilSomethingIsTampered() throws SQLException {
        try (Connection c = db.connection()) {
            Plan plan = plan(c, DrawMethodTest.grades(3000, 3000, 5000, 10000), true, 0);
            Draw draw = draw(c, plan);
            assertEquals("DRAWN", draw.status());
            assertEquals(40, draw.poolSize(), "the four unscored businesses were scored and joined the pool");
            assertEquals(DrawSeed.commitment(draw.serverSeed()), draw.commitment());
            assertEquals(draw.serverSeed() + ":lottery 2026-11-22", draw.seed());
            List<StoredTarget> targets = DrawStore.targets(c, draw.id(), 0, 1000);
            assertFalse(targets.isEmpty());
            for (StoredTarget t : targets) {
                assertTrue(
                        t.team().stream().allMatch(code -> code.matches("SAMR-[1-6]")),
                        "only eligible inspectors: " + t);
            }
            assertEquals(List.of(), DrawVerification.verify(c, draw));

            try (PreparedStatement tamper = c.prepareStatement("update draw_team_member set inspector_code = 'SAMR-9'"
                    + " where draw_id = ? and ordinal = 2 and seat = 1")) {
                tamper.setLong(1, draw.id());
                assertEquals(1, tamper.executeUpdate());
            }
            List<Message> differences = DrawVerification.verify(c, draw);
            assertTrue(
                    differences.get(0).english().startsWith("Target 2, team: recomputed SAMR-"),
                    differences.toString());
            assertTrue(
                    differences.get(0).in(Refusals.CHINESE).startsWith("第 2 个检查对象的检查组：重新计算为 SAMR-"),
                    differences.get(0).in(Refusals.CHINESE));
            assertFalse(
                    differences.get(0).english().contains("["),
                    "a team is written as a list of codes, not as a Java list");

            // the same code, but the seat given to another inspector's account: assignments would go astray
            try (PreparedStatement tamper = c.prepareStatement(
                    "update draw_team_member set inspector_id ="
                            + " (select id from inspector where code = 'SAMR-9') where draw_id = ? and ordinal = 1 and seat = 1")) {
                tamper.setLong(1, draw.id());
                assertEquals(1, tamper.executeUpdate());
            }
            assertTrue(DrawVerification.verify(c, draw).contains(Message.of("draw-verify.stray-inspectors", 2)));

            try (PreparedStatement tamper =
                    c.prepareStatement("update inspection_draw set pool_hash = ? where id = ?")) {
                tamper.setString(1, "0".repeat(64));
                tamper.setLong(2, draw.id());
                tamper.executeUpdate();
            }
            assertTrue(DrawVerification.verify(c, DrawStore.find(c, draw.key())).stream()
                    .anyMatch(d -> d.english().startsWith("Pool hash: recomputed ")));
        }
    }

    @Test
    void earlierInspectionsExcludeWithTheirReasons() throws SQLException {
        try (Connection c = db.connection()) {
            Plan first = plan(c, DrawMethodTest.grades(10000, 0, 0, 0), true, 0);
            Draw firstDraw = draw(c, first);
            int gradeA = DrawStore.targets(c, firstDraw.id(), 0, 1000).size();
            assertEquals(
                    13,
                    gradeA,
                    "every grade-A business: 9 scored, and the 4 unscored ones, which score A without records");

            // the item's annual cap is 1: everyone inspected this year for it is out, whatever the grade
            Plan second = plan(c, DrawMethodTest.grades(10000, 10000, 10000, 10000), false, 0);
            Frozen frozen = PoolFreeze.freeze(c, second, DAY);
            assertEquals(13, frozen.exclusions().size());
            assertTrue(frozen.exclusions().stream().allMatch(e -> e.reason() == Exclusion.ITEM_ANNUAL_CAP));
            assertEquals(27, frozen.members().size());

            // with a repeat window the same businesses are out for that reason first
            Plan third = plan(c, DrawMethodTest.grades(10000, 10000, 10000, 10000), true, 6);
            Frozen again = PoolFreeze.freeze(c, third, DAY);
            assertTrue(
                    again.exclusions().stream().allMatch(e -> e.reason() == Exclusion.GRADE_A_DRAWN_THIS_YEAR),
                    "grade A comes first among the reasons");

            // a cancelled draw excludes nobody
            DrawStore.cancel(c, firstDraw, "test", null, "test", NOW);
            assertEquals(List.of(), PoolFreeze.freeze(c, second, DAY).exclusions());
        }
    }

    @Test
    void anAgencysAnnualCapCountsEveryOneOfItsItemsAndTheItemCapStaysAFurtherLimit() throws SQLException {
        try (Connection c = db.connection()) {
            // a second item of the same agency with a generous cap of its own: ten items of cap 1 would allow ten
            // visits
            DirectoryRows.insertItem(
                    c,
                    new Item(
                            0,
                            "SAMR-PRICE",
                            "Online prices",
                            "Price Law art. 13",
                            1,
                            "SAMR",
                            "KEY",
                            "ONLINE_MONITORING",
                            Scope.ANY,
                            null,
                            5,
                            0),
                    "test",
                    NOW);
            Item price = Directory.item(c, "SAMR-PRICE");
            for (int i = 1; i <= 6; i++) {
                Jdbc.update(
                        c,
                        "insert into inspector_qualification (inspector_id, item_id, valid_from, valid_until)"
                                + " select id, ?, ?, ? from inspector where code = ?",
                        price.id(),
                        DAY.minusYears(1),
                        DAY.plusYears(1),
                        "SAMR-" + i);
            }
            Plan advertising = plan(c, DrawMethodTest.grades(10000, 0, 0, 0), false, 0);
            int gradeA =
                    DrawStore.targets(c, draw(c, advertising).id(), 0, 1000).size();
            assertEquals(13, gradeA);

            Plan prices = planOf(c, price, DrawMethodTest.grades(10000, 10000, 10000, 10000));
            assertEquals(
                    List.of(),
                    PoolFreeze.freeze(c, prices, DAY).exclusions(),
                    "no agency cap published: the other item is free");

            // SAMR publishes: twice a year, grade A once; the grade-A businesses inspected for advertising are out
            AnnualCaps.save(c, 1, new AnnualCap("SAMR", 2, Map.of(Grade.A, 1), null, null, null), "test", NOW);
            Frozen capped = PoolFreeze.freeze(c, prices, DAY);
            assertEquals(13, capped.exclusions().size());
            assertTrue(
                    capped.exclusions().stream().allMatch(e -> e.reason() == Exclusion.AGENCY_ANNUAL_CAP),
                    capped.exclusions().toString());
            Draw drawn = DrawStore.perform(
                            c,
                            prices,
                            DrawStore.schedule(c, prices, DAY.atStartOfDay(), NOW),
                            null,
                            DAY,
                            "test",
                            NOW,
                            capped)
                    .draw();
            assertEquals(
                    13, drawn.summaryJson().getJsonObject("exclusionsByReason").getInt("AGENCY_ANNUAL_CAP"));
            assertEquals(List.of(), DrawVerification.verify(c, drawn));

            // the others have been inspected once, for prices: a cap of 2 lets them in once more
            Plan third = planOf(c, price, DrawMethodTest.grades(10000, 10000, 10000, 10000));
            Frozen again = PoolFreeze.freeze(c, third, DAY);
            assertEquals(13, again.exclusions().size(), "grade A reached its cap of 1, the others have 1 of 2");

            // a cap of 1 for every grade leaves nobody
            AnnualCaps.save(c, 1, new AnnualCap("SAMR", 1, Map.of(), null, null, null), "test", NOW);
            assertEquals(0, PoolFreeze.freeze(c, third, DAY).members().size());

            // the item cap still applies where the agency's is higher
            AnnualCaps.save(c, 1, new AnnualCap("SAMR", 10, Map.of(), null, null, null), "test", NOW);
            Frozen itemCapped =
                    PoolFreeze.freeze(c, plan(c, DrawMethodTest.grades(10000, 10000, 10000, 10000), false, 0), DAY);
            assertEquals(
                    13,
                    itemCapped.exclusions().stream()
                            .filter(e -> e.reason() == Exclusion.ITEM_ANNUAL_CAP)
                            .count());
        }
    }

    @Test
    void aPlansPurposeIsStoredAndAnEarlierPlanIsRoutine() throws SQLException {
        try (Connection c = db.connection()) {
            assertEquals(
                    Plan.ROUTINE,
                    plan(c, DrawMethodTest.grades(100, 100, 100, 100), true, 0).purpose());
            Plan routine = planOf(c, item, DrawMethodTest.grades(100, 100, 100, 100));
            Plan check = new Plan(
                    0,
                    "公示信息抽查 2026",
                    1,
                    "SAMR",
                    "DRAFT",
                    null,
                    DrawMode.RATIO,
                    routine.ratios(),
                    null,
                    null,
                    routine.teamSizes(),
                    false,
                    0,
                    Scope.ANY,
                    DAY,
                    null,
                    false,
                    List.of("SAMR"),
                    List.of(1L),
                    List.of(item),
                    null,
                    null,
                    null,
                    null,
                    0,
                    Plan.INFORMATION_CHECK);
            c.commit();
            Plan stored = entities().inTransaction(em -> {
                PlanEntries plans = new PlanEntries(em);
                return plans.find(plans.insert(check, "test", NOW));
            });
            assertTrue(stored.informationCheck());
        }
    }

    /**
     * Stores the draft and publishes it as entities, in a transaction of their own: what {@code c} wrote so far is
     * committed first, so that the plan's items and agencies are there for it, and {@code c} then sees the plan.
     */
    Plan published(Connection c, Plan draft) throws SQLException {
        c.commit();
        return entities().inTransaction(em -> {
            PlanEntries plans = new PlanEntries(em);
            long id = plans.insert(draft, "test", NOW);
            plans.publish(id, "test", NOW);
            return plans.find(id);
        });
    }

    TestEntities entities() {
        if (entities == null) {
            entities = new TestEntities(db);
        }
        return entities;
    }

    @AfterEach
    void closeEntities() {
        if (entities != null) {
            entities.close();
        }
    }

    Plan planOf(Connection c, Item only, Map<Grade, Integer> ratios) throws SQLException {
        Plan draft = new Plan(
                0,
                "Prices 2026",
                1,
                "SAMR",
                "DRAFT",
                null,
                DrawMode.RATIO,
                ratios,
                null,
                null,
                DrawMethodTest.grades(2, 2, 2, 3),
                false,
                0,
                Scope.ANY,
                DAY,
                null,
                false,
                List.of("SAMR"),
                List.of(1L),
                List.of(only),
                null,
                null,
                null,
                null,
                0);
        return published(c, draft);
    }

    @Test
    void theServerSeedOfEachDrawIsFreshAndOnlyItsCommitmentIsStoredForThePublic() throws SQLException {
        try (Connection c = db.connection()) {
            Plan plan = plan(c, DrawMethodTest.grades(100, 100, 100, 100), true, 0);
            Draw one = DrawStore.schedule(c, plan, DAY.atStartOfDay(), NOW);
            Draw two = DrawStore.schedule(c, plan, DAY.plusMonths(3).atStartOfDay(), NOW);
            assertFalse(one.serverSeed().equals(two.serverSeed()));
            assertEquals(64, one.serverSeed().length());
            assertEquals(String.format("2026-P%04d-001", plan.id()), one.key());
            assertEquals(String.format("2027-P%04d-002", plan.id()), two.key());
        }
    }

    @Test
    void unpublishedResultsAreFlaggedDueSoonAndOverdueByWorkingDays() throws SQLException {
        try (Connection c = db.connection()) {
            Plan plan = plan(c, DrawMethodTest.grades(10000, 0, 0, 0), true, 0);
            Draw draw = draw(c, plan);
            List<StoredTarget> targets = DrawStore.targets(c, draw.id(), 0, 1000);
            WorkingDayCalendar calendar = Directory.calendar(c);
            // Sunday 20 September 2026 is a make-up working day, 25-27 September (Mid-Autumn) and 1-7 October
            // (National Day) are holidays, Saturday 10 October is a make-up working day
            LocalDate completed = LocalDate.of(2026, 9, 18);
            LocalDate due = calendar.plusWorkingDays(completed, 20);
            assertEquals(
                    LocalDate.of(2026, 10, 22), due, "20 working days across the holidays, counting the make-up days");
            AssignmentStore.recordResult(
                    c,
                    targets.get(0).id(),
                    "NO_PROBLEM",
                    null,
                    completed,
                    null,
                    new WorkingDayCalendar.Deadline(due, false),
                    "test",
                    NOW);
            AssignmentStore.recordResult(
                    c,
                    targets.get(1).id(),
                    "NO_PROBLEM",
                    null,
                    completed,
                    null,
                    new WorkingDayCalendar.Deadline(LocalDate.of(2026, 10, 26), false),
                    "test",
                    NOW);
            AssignmentStore.recordResult(
                    c,
                    targets.get(2).id(),
                    "REFUSED",
                    null,
                    completed,
                    null,
                    new WorkingDayCalendar.Deadline(LocalDate.of(2026, 11, 20), false),
                    "test",
                    NOW);

            LocalDate today = LocalDate.of(2026, 10, 19); // Monday: 22 October is 3 working days on, 26 October 5
            assertEquals(1, AssignmentStore.flagDeadlines(c, today, calendar, 3));
            assertEquals(0, AssignmentStore.flagDeadlines(c, today, calendar, 3), "idempotent");
            assertEquals(
                    List.of(targets.get(0).id()),
                    AssignmentStore.unpublished(c, "DUE_SOON", 100).stream()
                            .map(Assignment::id)
                            .toList());

            LocalDate later = LocalDate.of(2026, 10, 24);
            AssignmentStore.flagDeadlines(c, later, calendar, 3);
            assertEquals(
                    List.of(targets.get(0).id()),
                    AssignmentStore.unpublished(c, "OVERDUE", 100).stream()
                            .map(Assignment::id)
                            .toList());
            assertEquals(
                    List.of(targets.get(1).id()),
                    AssignmentStore.unpublished(c, "DUE_SOON", 100).stream()
                            .map(Assignment::id)
                            .toList());

            AssignmentStore.publish(c, targets.get(0).id(), NOW);
            assertEquals(
                    List.of(),
                    AssignmentStore.unpublished(c, "OVERDUE", 100),
                    "a published result is no longer flagged");
            assertFalse(AssignmentStore.planDone(c, plan.id()), "targets without a result remain");
        }
    }

    @Test
    void aProvisionalDeadlineIsCountedAgainWhenItsYearArrivesAndAgainWhenItGoes() throws SQLException {
        try (Connection c = db.connection()) {
            Plan plan = plan(c, DrawMethodTest.grades(10000, 0, 0, 0), true, 0);
            Draw draw = draw(c, plan);
            List<StoredTarget> targets = DrawStore.targets(c, draw.id(), 0, 1000);
            // 2035 has no official data: from Friday 21 December 2035, New Year's Day and the weekends only
            LocalDate completed = LocalDate.of(2035, 12, 21);
            WorkingDayCalendar.Deadline due = Directory.calendar(c).deadline(completed, 20);
            assertEquals(new WorkingDayCalendar.Deadline(LocalDate.of(2036, 1, 21), true), due);
            AssignmentStore.recordResult(c, targets.get(0).id(), "NO_PROBLEM", null, completed, null, due, "test", NOW);
            // another result of that year, with a deadline that was final when stored
            AssignmentStore.recordResult(
                    c,
                    targets.get(1).id(),
                    "NO_PROBLEM",
                    null,
                    LocalDate.of(2036, 3, 3),
                    null,
                    new WorkingDayCalendar.Deadline(LocalDate.of(2036, 3, 31), false),
                    "test",
                    NOW);

            // 2035's data arrives (Monday 31 December a holiday): one more day, still provisional for 2036
            Directory.putDay(
                    c, new CalendarDay(LocalDate.of(2035, 12, 31), "HOLIDAY", "测试假日", "测试通知〔2035〕1号"), "admin", NOW);
            assertEquals(1, AssignmentStore.recountDeadlines(c, Directory.calendar(c), 2035, 20));
            assertEquals(new WorkingDayCalendar.Deadline(LocalDate.of(2036, 1, 22), true), deadline(c, targets.get(0)));
            // then 2036's, as an administrator keeps it: Monday 14 January a holiday, and (unlike the provisional
            // count)
            // nothing on New Year's Day, so the deadline is the same day, final; the other deadline of 2036 stays as it
            // was
            Directory.putDay(
                    c, new CalendarDay(LocalDate.of(2036, 1, 14), "HOLIDAY", "测试假日", "测试通知〔2035〕1号"), "admin", NOW);
            assertEquals(1, AssignmentStore.recountDeadlines(c, Directory.calendar(c), 2036, 20));
            assertEquals(
                    new WorkingDayCalendar.Deadline(LocalDate.of(2036, 1, 22), false), deadline(c, targets.get(0)));
            assertEquals(
                    new WorkingDayCalendar.Deadline(LocalDate.of(2036, 3, 31), false), deadline(c, targets.get(1)));

            // 2036 given back to no data: both of its deadlines are provisional again
            assertTrue(Directory.releaseYear(c, 2036));
            assertEquals(2, AssignmentStore.recountDeadlines(c, Directory.calendar(c), 2036, 20));
            assertEquals(new WorkingDayCalendar.Deadline(LocalDate.of(2036, 1, 22), true), deadline(c, targets.get(0)));
            assertEquals(new WorkingDayCalendar.Deadline(LocalDate.of(2036, 3, 31), true), deadline(c, targets.get(1)));
            assertEquals(
                    0, AssignmentStore.recountDeadlines(c, Directory.calendar(c), null, 20), "nothing left to change");
        }
    }

    private static WorkingDayCalendar.Deadline deadline(Connection c, StoredTarget target) throws SQLException {
        Assignment a = AssignmentStore.find(c, target.id());
        return new WorkingDayCalendar.Deadline(a.publishDue(), a.publishDueProvisional());
    }
}
