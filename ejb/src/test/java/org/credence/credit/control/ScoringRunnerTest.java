package org.credence.credit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.credence.changes.control.Change;
import org.credence.changes.control.ChangeLogWriter;
import org.credence.changes.entity.ChangeKind;
import org.credence.credit.control.ModelStore.StoredModel;
import org.credence.credit.entity.Grade;
import org.credence.credit.entity.ScoringRun;
import org.credence.credit.entity.StartedRun;
import org.credence.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scoring runs against a real (in-memory H2) database with every migration applied. */
class ScoringRunnerTest {

    static final LocalDate T = LocalDate.of(2026, 11, 22);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 1, 0);

    TestDatabase db;
    List<Long> businesses = new ArrayList<>();

    @BeforeEach
    void population() throws SQLException {
        db = new TestDatabase();
        try (Connection c = db.connection()) {
            for (int i = 0; i < 23; i++) {
                long id = db.business(c, i);
                businesses.add(id);
                // every third business has a HEAVY false-advertising record, every fifth a SERIOUS drug sale
                if (i % 3 == 0) {
                    db.record(c, id, "FALSE_ADVERTISING", "HEAVY", T.minusDays(100 + i));
                }
                if (i % 5 == 0) {
                    db.record(c, id, "DRUG_SALES", "SERIOUS", T.minusDays(400 + i));
                }
            }
            c.commit();
        }
    }

    @Test
    void theSeededDefaultModelIsTheDocumentedOne() throws SQLException {
        try (Connection c = db.connection()) {
            List<StoredModel> models = ModelStore.inForce(c, LocalDate.now().plusDays(1));
            assertEquals(1, models.size());
            StoredModel stored = models.get(0);
            assertEquals(DefaultModel.NAME, stored.name());
            assertEquals(1, stored.agencyId());
            ScoreModel expected = DefaultModel.scoreModel("1", 1);
            assertEquals(expected.indicators(), stored.model().indicators());
            assertEquals(expected.severityPoints(), stored.model().severityPoints());
            assertEquals(expected.thresholds(), stored.model().thresholds());
            assertEquals(expected.vetoes(), stored.model().vetoes());
            Map<String, BigDecimal> weights = new LinkedHashMap<>();
            try (PreparedStatement q = c.prepareStatement(
                            "select code, weight from credit_indicator where model_id = 1 and polarity = 'NEGATIVE' order by ordinal");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    weights.put(rs.getString(1), rs.getBigDecimal(2));
                }
            }
            assertEquals(DefaultModel.weights(), weights);
        }
    }

    @Test
    void aFullRunScoresEveryBusinessOnceAndMatchesTheMethod() throws SQLException {
        long run = completeFullRun(T, 5);
        Map<Long, Integer> scores = currentScores();
        assertEquals(new TreeSet<>(businesses), scores.keySet());
        assertEquals(businesses.size(), countSnapshots());
        try (Connection c = db.connection()) {
            StoredModel model = ModelStore.find(c, 1);
            Rescoring rescoring = new Rescoring(c);
            rescoring.score(
                    rescoring.businessesFrom(0, 100),
                    List.of(model),
                    T,
                    false,
                    r -> assertEquals(
                            r.explanation().score(), scores.get(r.business().id())));
            ScoringRun done = ScoringRunner.find(c, run);
            assertEquals("COMPLETED", done.status());
            assertEquals(businesses.size(), done.processed());
            assertEquals(businesses.size(), done.changed());
            assertNull(ScoringRunner.runningFull(c));
            // the run counted every business's grade once, as the snapshots have them
            Map<Grade, Long> counted = ScoringRunner.grades(c, run, 1);
            Map<Grade, Long> stored = new java.util.EnumMap<>(Grade.class);
            for (Grade g : Grade.values()) {
                stored.put(g, 0L);
            }
            org.credence.platform.jdbc.Jdbc.list(
                    c,
                    "select grade, count(*) from credit_score group by grade",
                    rs -> stored.put(Grade.valueOf(rs.getString(1)), rs.getLong(2)));
            assertEquals(stored, counted);
        }
    }

    @Test
    void aGrowingRunRefreshesTheStatisticsAtTenThousandSnapshotsAndEachDoublingOnly() {
        assertFalse(ScoringRunner.statisticsDue(0, 9_999));
        assertTrue(ScoringRunner.statisticsDue(5_000, 10_000));
        assertFalse(ScoringRunner.statisticsDue(10_000, 15_000));
        assertTrue(ScoringRunner.statisticsDue(15_000, 20_000));
        assertTrue(ScoringRunner.statisticsDue(635_000, 640_000));
        assertFalse(ScoringRunner.statisticsDue(640_000, 645_000));
        assertFalse(ScoringRunner.statisticsDue(700_000, 700_000), "a chunk that wrote nothing");
    }

    @Test
    void aRunThatWroteManySnapshotsHasItsFollowerRefreshItsStatisticsWhenItCompletes() throws SQLException {
        List<String> refreshed = new ArrayList<>();
        SnapshotFollower follower = new SnapshotFollower() {
            @Override
            public Written prepare(Connection connection, LocalDate asOf, List<StoredModel> models) {
                return (c, scored, results) -> {};
            }

            @Override
            public void refreshStatistics(Connection connection) {
                refreshed.add("refreshed");
            }
        };
        try (Connection c = db.connection()) {
            long run = ScoringRunner.startFull(c, "MANUAL", "admin", T, () -> NOW)
                    .run()
                    .id();
            c.commit();
            while (ScoringRunner.fullChunk(c, run, businesses.size(), NOW, follower)) {
                c.commit();
            }
            c.commit();
            assertEquals(List.of(), refreshed, "a run of a few snapshots refreshes nothing");
        }
        try (Connection c = db.connection()) {
            long run = ScoringRunner.startFull(c, "MANUAL", "admin", T.plusDays(1), () -> NOW)
                    .run()
                    .id();
            c.commit();
            assertTrue(ScoringRunner.fullChunk(c, run, businesses.size(), NOW, follower));
            // as if its chunks had written a first evaluation's snapshots
            try (PreparedStatement many = c.prepareStatement("update credit_run set changed = ? where id = ?")) {
                many.setLong(1, ScoringRunner.STATISTICS_AFTER);
                many.setLong(2, run);
                many.executeUpdate();
            }
            c.commit();
            assertFalse(ScoringRunner.fullChunk(c, run, businesses.size(), NOW, follower));
            c.commit();
            assertEquals(List.of("refreshed"), refreshed);
        }
    }

    @Test
    void aSecondRunWithNothingChangedWritesNothing() throws SQLException {
        completeFullRun(T, 7);
        long second = completeFullRun(T, 7);
        assertEquals(businesses.size(), countSnapshots());
        try (Connection c = db.connection()) {
            assertEquals(0, ScoringRunner.find(c, second).changed());
        }
    }

    @Test
    void aRunAsOfAnEarlierDayNeverWritesOverANewerSnapshot() throws SQLException {
        completeFullRun(T.plusDays(400), 10);
        int after = countSnapshots();
        // a run resumed after its day: its older results are not news
        long late = completeFullRun(T, 10);
        assertEquals(after, countSnapshots());
        try (Connection c = db.connection()) {
            assertEquals(0, ScoringRunner.find(c, late).changed());
        }
    }

    @Test
    void anInterruptedRunResumesWithoutDuplicatingOrLosingSnapshots() throws SQLException {
        Map<Long, Integer> reference;
        long run;
        try (Connection c = db.connection()) {
            run = ScoringRunner.startFull(c, "MANUAL", "admin", T, () -> NOW)
                    .run()
                    .id();
            c.commit();
            assertTrue(ScoringRunner.fullChunk(c, run, 4, NOW, SnapshotFollower.NONE));
            c.commit();
            assertTrue(ScoringRunner.fullChunk(c, run, 4, NOW, SnapshotFollower.NONE));
            c.commit();
            // the third chunk is under way when the node dies: its work is rolled back
            assertTrue(ScoringRunner.fullChunk(c, run, 4, NOW, SnapshotFollower.NONE));
            c.rollback();
        }
        try (Connection c = db.connection()) {
            assertEquals(8, ScoringRunner.find(c, run).processed());
            assertEquals(8, countSnapshots());
            // a second trigger while it is RUNNING gets the same run
            StartedRun again = ScoringRunner.startFull(c, "SCHEDULE", "scheduler", T, () -> NOW);
            assertFalse(again.created());
            assertEquals(run, again.run().id());
            c.commit();
            while (ScoringRunner.fullChunk(c, run, 4, NOW, SnapshotFollower.NONE)) {
                c.commit();
            }
            c.commit();
        }
        assertEquals(businesses.size(), countSnapshots());
        try (Connection c = db.connection()) {
            assertEquals(
                    businesses.size(),
                    ScoringRunner.grades(c, run, 1).values().stream()
                            .mapToLong(Long::longValue)
                            .sum(),
                    "the rolled-back chunk's grades are not counted");
        }
        reference = currentScores();
        db = new TestDatabase();
        businesses.clear();
        population();
        completeFullRun(T, 100);
        Map<Long, Integer> uninterrupted = new TreeMap<>();
        currentScores().forEach((id, score) -> uninterrupted.put(id, score));
        assertEquals(new ArrayList<>(uninterrupted.values()), new ArrayList<>(new TreeMap<>(reference).values()));
    }

    @Test
    void changesRescoreOnlyTheBusinessesNamedAndLogGradeChanges() throws SQLException {
        completeFullRun(T, 10);
        long target = businesses.get(1);
        try (Connection c = db.connection()) {
            long record = db.record(c, target, "TELECOM_FRAUD", "SERIOUS", T.minusDays(10));
            ChangeLogWriter.append(c, List.of(new Change(target, "x", ChangeKind.RECORD_ADDED, record, 1, NOW)));
            c.commit();
        }
        ScoringRun run;
        try (Connection c = db.connection()) {
            run = ScoringRunner.openChanges(c, "scheduler", T, NOW);
            c.commit();
            assertEquals(1, run.total());
            while (ScoringRunner.changesStep(c, run.id(), 100, NOW, SnapshotFollower.NONE)) {
                c.commit();
            }
            c.commit();
            ScoringRun done = ScoringRunner.find(c, run.id());
            assertEquals("COMPLETED", done.status());
            assertEquals(1, done.processed());
            assertEquals(1, done.changed());
            // the grade moved (a recent SERIOUS record caps it at C), so the change log says so
            try (PreparedStatement q = c.prepareStatement(
                            "select business_id, subject_id from change_log where kind = 'GRADE_CHANGED'");
                    ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(target, rs.getLong(1));
                assertEquals(1, rs.getLong(2));
                assertFalse(rs.next());
            }
            // the grade change alone gives the next changes run nothing to do
            assertNull(ScoringRunner.openChanges(c, "scheduler", T, NOW));
            c.commit();
        }
        assertEquals(businesses.size() + 1, countSnapshots());
    }

    @Test
    void jointMeasuresFallingDueOrLiftedGiveAChangesRunNothingToDo() throws SQLException {
        completeFullRun(T, 10);
        long target = businesses.get(2);
        try (Connection c = db.connection()) {
            ChangeLogWriter.append(
                    c,
                    List.of(
                            new Change(target, "x", ChangeKind.MEASURE_TRIGGERED, 1, 6, NOW),
                            new Change(target, "x", ChangeKind.MEASURE_LIFTED, 1, 6, NOW)));
            c.commit();
            assertNull(
                    ScoringRunner.openChanges(c, "scheduler", T, NOW),
                    "a measure follows from a score, never moves one");
            c.commit();
            long other = businesses.get(3);
            ChangeLogWriter.append(
                    c,
                    List.of(
                            new Change(other, "x", ChangeKind.MEASURE_TRIGGERED, 2, 6, NOW),
                            new Change(target, "x", ChangeKind.BUSINESS_REGISTERED, target, 1, NOW)));
            c.commit();
            ScoringRun run = ScoringRunner.openChanges(c, "scheduler", T, NOW);
            assertEquals(1, run.total());
            assertTrue(ScoringRunner.changesStep(c, run.id(), 100, NOW, SnapshotFollower.NONE));
            assertEquals(1, ScoringRunner.find(c, run.id()).processed(), "only the registered business is rescored");
        }
    }

    @Test
    void aStoredSnapshotExplainsAndRecomputesToItsScore() throws SQLException {
        completeFullRun(T, 50);
        try (Connection c = db.connection();
                PreparedStatement q =
                        c.prepareStatement("select as_of, score, threshold_grade, grade, vetoes, explanation"
                                + " from credit_score where explanation is not null");
                ResultSet rs = q.executeQuery()) {
            ScoreModel model = ModelStore.find(c, 1).model();
            int explained = 0;
            while (rs.next()) {
                ScoreExplanation e = StoredExplanation.render(
                        model,
                        rs.getDate(1).toLocalDate(),
                        rs.getInt(2),
                        Grade.valueOf(rs.getString(3)),
                        Grade.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6));
                assertEquals(rs.getInt(2), e.recomputedScore());
                assertTrue(e.score() < 1000);
                explained++;
            }
            assertEquals(Set.of(0, 3, 5, 6, 9, 10, 12, 15, 18, 20, 21).size(), explained);
        }
    }

    private long completeFullRun(LocalDate asOf, int chunk) throws SQLException {
        try (Connection c = db.connection()) {
            StartedRun started = ScoringRunner.startFull(c, "MANUAL", "admin", asOf, () -> NOW);
            assertTrue(started.created());
            c.commit();
            while (ScoringRunner.fullChunk(c, started.run().id(), chunk, NOW, SnapshotFollower.NONE)) {
                c.commit();
            }
            c.commit();
            return started.run().id();
        }
    }

    private int countSnapshots() throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement q = c.prepareStatement("select count(*) from credit_score");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private Map<Long, Integer> currentScores() throws SQLException {
        Map<Long, Integer> scores = new HashMap<>();
        try (Connection c = db.connection();
                PreparedStatement q =
                        c.prepareStatement("select business_id, score from credit_score order by as_of, id");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                scores.put(rs.getLong(1), rs.getInt(2));
            }
        }
        return new TreeMap<>(scores);
    }
}
