package org.credence.validation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.credence.business.entity.Uscc;
import org.credence.credit.entity.Grade;
import org.credence.validation.control.ValidationReport.Coverage;
import org.credence.validation.control.ValidationReport.GradeFigures;
import org.credence.validation.control.ValidationReport.Inversion;
import org.junit.jupiter.api.Test;

class ModelValidationTest {

    private final List<Observation> targets = new ArrayList<>();
    private int next;

    private void add(String draw, Grade grade, double score, int selected, int pool, Outcome outcome, int times) {
        for (int k = 0; k < times; k++) {
            targets.add(new Observation(
                    draw,
                    new Uscc(String.format("91110000%010d", next++)),
                    grade,
                    score,
                    new double[] {0},
                    selected,
                    pool,
                    outcome));
        }
    }

    /**
     * Draw 1: pool A 100, B 50, D 10; selected A 10, D 5 (weights 10 and 2). Draw 2: pool A 20, C 8,
     * D 4; selected A 2, C 2, D 4 (weights 10, 4, 1). B had members and was never drawn; C's two
     * targets were not reachable.
     */
    private ValidationReport twoDraws() {
        add("D1", Grade.A, 800, 10, 100, Outcome.VIOLATIONS_FOUND, 1);
        add("D1", Grade.A, 950, 10, 100, Outcome.NO_PROBLEM, 8);
        add("D1", Grade.A, 950, 10, 100, Outcome.NOT_REACHABLE, 1);
        add("D1", Grade.D, 500, 5, 10, Outcome.CORRECTED_ON_SITE, 3);
        add("D1", Grade.D, 500, 5, 10, Outcome.NO_PROBLEM, 1);
        add("D1", Grade.D, 500, 5, 10, Outcome.REFUSED, 1);
        add("D2", Grade.A, 800, 2, 20, Outcome.VIOLATIONS_FOUND, 1);
        add("D2", Grade.A, 950, 2, 20, Outcome.NO_PROBLEM, 1);
        add("D2", Grade.C, 700, 2, 8, Outcome.NOT_REACHABLE, 2);
        add("D2", Grade.D, 500, 4, 4, Outcome.VIOLATIONS_FOUND, 2);
        add("D2", Grade.D, 500, 4, 4, Outcome.NO_PROBLEM, 2);
        List<DrawStrata> draws = List.of(
                new DrawStrata("D1", new long[] {100, 50, 0, 10}, new long[] {10, 0, 0, 5}),
                new DrawStrata("D2", new long[] {20, 0, 8, 4}, new long[] {2, 0, 2, 4}));
        return ModelValidation.report(targets, draws, List.of());
    }

    @Test
    void hitRatesCountOnlyHitsAndCleansPerGrade() {
        ValidationReport report = twoDraws();
        GradeFigures a = report.grade(Grade.A);
        assertEquals(11, a.observations());
        assertEquals(2, a.hits());
        assertEquals(1, a.notReachable());
        assertEquals(0, a.refused());
        assertEquals(2.0 / 11, a.rate(), 1e-15);
        assertEquals(WilsonInterval.of(2, 11), a.interval());
        assertEquals(120, a.poolMembers());
        assertEquals(12, a.selected());
        GradeFigures d = report.grade(Grade.D);
        assertEquals(8, d.observations());
        assertEquals(5, d.hits());
        assertEquals(1, d.refused());
        assertEquals(19, report.observations());
        assertEquals(7, report.hits());
        assertEquals(12, report.cleans());
    }

    @Test
    void prevalenceIsTheHajekEstimateAndLiftIsRelativeToIt() {
        // P = (10*2 + 2*3 + 1*2) / (10*11 + 2*4 + 1*4) = 28 / 122
        ValidationReport report = twoDraws();
        assertEquals(28.0 / 122, report.prevalence(), 1e-15);
        assertEquals((2.0 / 11) / (28.0 / 122), report.grade(Grade.A).lift(), 1e-12);
        assertEquals(0.625 / (28.0 / 122), report.grade(Grade.D).lift(), 1e-12);
    }

    @Test
    void aGradeWithMembersNeverDrawnIsUnknown() {
        ValidationReport report = twoDraws();
        GradeFigures b = report.grade(Grade.B);
        assertSame(Coverage.NEVER_DRAWN, b.coverage());
        assertTrue(b.unknown());
        assertNull(b.rate());
        assertNull(b.interval());
        assertNull(b.lift());
        assertEquals(List.of(Grade.B), report.unknownGrades());
        GradeFigures c = report.grade(Grade.C);
        assertSame(Coverage.NO_FINDINGS, c.coverage());
        assertEquals(2, c.notReachable());
        assertNull(c.rate());
        assertTrue(report.monotone());
        assertEquals(List.of(), report.inversions());
    }

    @Test
    void aucsOfScoreAndGradeWeighPairsByTheirDrawWeights() {
        // hits: A 800 (w 10) x2, D 500 (w 2) x3, D 500 (w 1) x2 = 28; cleans: A 950 (w 10) x9, D 500 (w 2) x1, (w 1) x2
        // = 94
        // score: D hits below A cleans 8*90, tied with D cleans 8*4/2, A hits below A cleans 20*90 = 2536
        // grade: D hits below A cleans 720, tied with D cleans 16, A hits tied with A cleans 20*90/2 = 1636
        ValidationReport report = twoDraws();
        assertEquals(2536.0 / (28 * 94), report.scoreAuc(), 1e-12);
        assertEquals(2 * 2536.0 / (28 * 94) - 1, report.scoreGini(), 1e-12);
        assertEquals(1636.0 / (28 * 94), report.gradeAuc(), 1e-12);
        assertEquals(2 * 1636.0 / (28 * 94) - 1, report.gradeGini(), 1e-12);
    }

    @Test
    void inversionsAreFlaggedSignificantOnlyWhenTheIntervalsDoNotOverlap() {
        add("D", Grade.A, 950, 10, 10, Outcome.VIOLATIONS_FOUND, 8);
        add("D", Grade.A, 950, 10, 10, Outcome.NO_PROBLEM, 2);
        add("D", Grade.B, 800, 10, 10, Outcome.VIOLATIONS_FOUND, 3);
        add("D", Grade.B, 800, 10, 10, Outcome.NO_PROBLEM, 7);
        add("D", Grade.D, 500, 10, 10, Outcome.NO_PROBLEM, 10);
        ValidationReport report = ModelValidation.report(
                targets,
                List.of(new DrawStrata("D", new long[] {10, 10, 0, 10}, new long[] {10, 10, 0, 10})),
                List.of());
        assertFalse(report.monotone());
        // A 8/10 [0.490, 0.943], B 3/10 [0.108, 0.603], D 0/10 [0, 0.278]
        assertEquals(
                List.of(
                        new Inversion(Grade.A, Grade.B, 0.8, 0.3, false),
                        new Inversion(Grade.A, Grade.D, 0.8, 0, true),
                        new Inversion(Grade.B, Grade.D, 0.3, 0, false)),
                report.inversions());
        assertSame(Coverage.NO_MEMBERS, report.grade(Grade.C).coverage());
        assertEquals(List.of(), report.unknownGrades());
    }

    @Test
    void withoutObservationsEveryFigureIsUndefined() {
        add("D", Grade.D, 500, 1, 3, Outcome.REFUSED, 1);
        ValidationReport report = ModelValidation.report(
                targets, List.of(new DrawStrata("D", new long[] {5, 0, 0, 3}, new long[] {0, 0, 0, 1})), List.of());
        assertNull(report.prevalence());
        assertNull(report.scoreAuc());
        assertNull(report.gradeGini());
        assertTrue(report.monotone());
        assertEquals(List.of(Grade.A), report.unknownGrades());
        assertEquals(1, report.grade(Grade.D).refused());
    }
}
