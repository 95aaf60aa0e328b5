package org.credence.validation.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.credence.credit.control.ModelStore;
import org.credence.credit.control.ModelStore.StoredModel;
import org.credence.credit.entity.Grade;
import org.credence.platform.jdbc.Jdbc;
import org.credence.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The observations as read from a real (in-memory H2) database with every migration applied. */
class ObservationStoreDatabaseTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static final LocalDateTime NOW = DAY.atTime(10, 0);

    TestDatabase db;
    final List<Long> businesses = new ArrayList<>();
    final List<String> usccs = new ArrayList<>();
    long drawId;

    @BeforeEach
    void aDrawWithResults() throws SQLException {
        db = new TestDatabase();
        try (Connection c = db.connection()) {
            for (int i = 0; i < 6; i++) {
                long id = db.business(c, i);
                businesses.add(id);
                usccs.add(Jdbc.one(c, "select uscc from business where id = ?", rs -> rs.getString(1), id));
            }
            // snapshots before the draw date; business 5 has none (the draw scored it itself)
            snapshot(c, 0, DAY.minusDays(30), 990, "A", null);
            snapshot(c, 0, DAY.minusDays(10), 640, "C", loads("FALSE_MARKETING", 20.5, "NETWORK_FRAUD", 30));
            snapshot(c, 1, DAY.minusDays(10), 980, "A", null);
            snapshot(c, 2, DAY.minusDays(10), 700, "C", loads("PRODUCT_QUALITY", 45));
            snapshot(c, 3, DAY.minusDays(10), 500, "D", loads("REGULATED_GOODS", 100));
            snapshot(c, 4, DAY.minusDays(10), 985, "A", null);
            long plan = Jdbc.insert(
                    c,
                    "insert into inspection_plan (name, lead_agency_id, status, model_id, mode, ratio_a,"
                            + " ratio_b, ratio_c, ratio_d, team_a, team_b, team_c, team_d, grade_a_once_a_year, repeat_months,"
                            + " schedule_date, working_days_only, created_at, created_by, version) values ('Validation', 1, 'DRAWN', 1,"
                            + " 'RATIO', 100, 0, 5000, 10000, 2, 2, 2, 2, false, 0, ?, false, ?, 'test', 0)",
                    DAY,
                    NOW);
            drawId = Jdbc.insert(
                    c,
                    "insert into inspection_draw (draw_key, plan_id, due_at, status, server_seed, seed_commitment,"
                            + " model_id, draw_date, summary, created_at) values ('VAL-1', ?, ?, 'DRAWN', 's', 'c', 1, ?, ?, ?)",
                    plan,
                    DAY.atStartOfDay(),
                    DAY,
                    "{\"method\":\"draw-v1\",\"poolByGrade\":{\"A\":300,\"B\":20,\"C\":4,\"D\":1},"
                            + "\"exclusionsByReason\":{},\"selectedByGrade\":{\"A\":3,\"B\":0,\"C\":2,\"D\":1},\"staffed\":6,\"unstaffed\":0}",
                    NOW);
            target(c, 1, 0, "C", "VIOLATIONS_FOUND", DAY.plusDays(3));
            target(c, 2, 1, "A", "NO_PROBLEM", DAY.plusDays(4));
            target(c, 3, 2, "C", "NOT_REACHABLE", DAY.plusDays(5));
            target(c, 4, 3, "D", "CORRECTED_ON_SITE", DAY.plusDays(40)); // completed after the period
            target(c, 5, 4, "A", null, null); // no result yet
            target(c, 6, 5, "A", "NO_PROBLEM", DAY.plusDays(6));
            c.commit();
        }
    }

    private static String loads(Object... codeAndLoad) {
        StringBuilder json = new StringBuilder("{\"indicators\":[");
        for (int i = 0; i < codeAndLoad.length; i += 2) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"code\":\"")
                    .append(codeAndLoad[i])
                    .append("\",\"load\":")
                    .append(codeAndLoad[i + 1])
                    .append(",\"records\":[]}");
        }
        return json.append("]}").toString();
    }

    private void snapshot(Connection c, int business, LocalDate asOf, int score, String grade, String explanation)
            throws SQLException {
        Jdbc.update(
                c,
                "insert into credit_score (model_id, business_id, run_id, as_of, score, grade, threshold_grade,"
                        + " explanation, computed_at) values (1, ?, 1, ?, ?, ?, ?, ?, ?)",
                businesses.get(business),
                asOf,
                score,
                grade,
                grade,
                explanation,
                NOW);
    }

    private void target(Connection c, int ordinal, int business, String grade, String outcome, LocalDate completedOn)
            throws SQLException {
        Jdbc.update(
                c,
                "insert into draw_target (draw_id, ordinal, business_id, uscc, grade, ticket, status, outcome,"
                        + " completed_on, version) values (?, ?, ?, ?, ?, 'ticket', 'STAFFED', ?, ?, 0)",
                drawId,
                ordinal,
                businesses.get(business),
                usccs.get(business),
                grade,
                outcome,
                completedOn);
    }

    private ObservationStore.Source read(Connection c) throws SQLException {
        StoredModel model = ModelStore.find(c, 1);
        return ObservationStore.read(c, model, DAY, DAY.plusDays(30));
    }

    private Map<String, Observation> byUscc(ObservationStore.Source source) {
        return source.observations().stream()
                .collect(Collectors.toMap(o -> o.uscc().value(), Function.identity()));
    }

    @Test
    void eachResultOfThePeriodWithTheGradeOfItsDrawAndTheSnapshotAsOfTheDrawDate() throws SQLException {
        try (Connection c = db.connection()) {
            ObservationStore.Source source = read(c);
            assertEquals(4, source.targets().size(), "no result yet, or completed after the period: not read");
            Map<String, Observation> read = byUscc(source);
            Observation first = read.get(usccs.get(0));
            assertEquals("VAL-1", first.drawKey());
            assertEquals(Grade.C, first.grade());
            assertEquals(640, first.score());
            assertEquals(2, first.selected());
            assertEquals(4, first.pool());
            assertEquals(Outcome.VIOLATIONS_FOUND, first.outcome());
            double[] expected = new double[source.codes().size()];
            expected[source.codes().indexOf("FALSE_MARKETING")] = 20.5;
            expected[source.codes().indexOf("NETWORK_FRAUD")] = 30;
            assertArrayEquals(expected, first.loads());
            assertEquals(Outcome.NOT_REACHABLE, read.get(usccs.get(2)).outcome());
            // the business the draw scored itself is scored again as of the draw date: no records, 1000
            Observation unscored = read.get(usccs.get(5));
            assertEquals(1000, unscored.score());
            assertArrayEquals(new double[source.codes().size()], unscored.loads());
            assertEquals(1, source.draws().size());
            assertEquals(300, source.draws().get(0).pool(Grade.A));
            assertEquals(DAY.plusDays(3), source.targets().get(0).completedOn());
        }
    }

    @Test
    void aSnapshotWrittenLaterForTheDrawDateDoesNotChangeWhatTheDrawKept() throws SQLException {
        try (Connection c = db.connection()) {
            ObservationStore.keepSnapshots(c, drawId, 1, DAY);
            // a change run on the draw date, after the draw
            snapshot(c, 0, DAY, 420, "D", loads("FALSE_MARKETING", 70));
            Observation first = byUscc(read(c)).get(usccs.get(0));
            assertEquals(640, first.score());
            assertEquals(20.5, first.load(read(c).codes().indexOf("FALSE_MARKETING")));
            // a draw without kept snapshots (before validation-v1) reads the snapshot as of its date
            Jdbc.update(c, "update draw_target set score_id = null where draw_id = ?", drawId);
            assertEquals(420, byUscc(read(c)).get(usccs.get(0)).score());
        }
    }

    @Test
    void fullRunsComeWithTheGradesTheyCounted() throws SQLException {
        try (Connection c = db.connection()) {
            for (long run = 1; run <= 2; run++) {
                Jdbc.update(
                        c,
                        "insert into credit_run (id, kind, trigger_kind, status, as_of, total, processed, changed,"
                                + " requested_by, requested_at) values (?, 'FULL', 'SCHEDULE', 'COMPLETED', ?, 10, 10, 0, 'test', ?)",
                        run + 100,
                        DAY.plusDays(run),
                        NOW);
                Jdbc.update(
                        c,
                        "insert into credit_run_grade (run_id, model_id, grade, businesses) values (?, 1, 'A', ?)",
                        run + 100,
                        7 + run);
                Jdbc.update(
                        c,
                        "insert into credit_run_grade (run_id, model_id, grade, businesses) values (?, 1, 'D', 2)",
                        run + 100);
            }
            List<PopulationStability.Run> runs = read(c).runs();
            assertEquals(2, runs.size());
            assertEquals(101, runs.get(0).id());
            assertEquals(DAY.plusDays(1), runs.get(0).asOf());
            assertArrayEquals(new long[] {8, 0, 0, 2}, runs.get(0).counts());
            assertArrayEquals(new long[] {9, 0, 0, 2}, runs.get(1).counts());
        }
    }
}
