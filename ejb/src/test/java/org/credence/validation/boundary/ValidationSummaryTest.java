package org.credence.validation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.credence.business.entity.Uscc;
import org.credence.credit.entity.Grade;
import org.credence.validation.control.DrawStrata;
import org.credence.validation.control.ModelValidation;
import org.credence.validation.control.Observation;
import org.credence.validation.control.Outcome;
import org.credence.validation.control.ValidationPeriod;
import org.credence.validation.control.ValidationReport;
import org.junit.jupiter.api.Test;

/** The overview's validation in brief, and how long it is kept. */
class ValidationSummaryTest {

    static final ValidationPeriod PERIOD = new ValidationPeriod(LocalDate.of(2025, 12, 5), LocalDate.of(2026, 12, 4));

    @Test
    void aSummaryGivesTheAucAndWhetherTheHitRatesRiseWithTheGrade() {
        List<Observation> targets = new ArrayList<>();
        // grade B: 1 hit in 4; grade C: 3 in 4 (rising); grade D: 1 in 4 (an inversion against C); A never drawn
        add(targets, Grade.B, 900, 1, 4);
        add(targets, Grade.C, 700, 3, 4);
        add(targets, Grade.D, 500, 1, 4);
        List<DrawStrata> draws = List.of(new DrawStrata("K", new long[] {100, 8, 8, 8}, new long[] {0, 4, 4, 4}));
        ValidationReport report = ModelValidation.report(targets, draws, List.of());
        ValidationSummary summary = ModelValidations.summary(7, PERIOD, report);
        assertEquals(7, summary.model());
        assertEquals(5, summary.hits());
        assertEquals(7, summary.cleans());
        assertTrue(summary.enough());
        assertEquals(report.scoreAuc(), summary.auc());
        assertEquals(2 * summary.auc() - 1, summary.gini(), 1e-12);
        assertFalse(summary.monotone());
        assertEquals(1, summary.inversions());
        assertEquals(0, summary.significantInversions(), "four observations each: the intervals overlap");
        assertEquals(List.of("B", "C", "D"), summary.observedGrades());
        assertEquals(List.of("A"), summary.unknownGrades());
    }

    @Test
    void withoutAHitAndACleanResultThereIsNotEnoughData() {
        List<Observation> targets = new ArrayList<>();
        add(targets, Grade.D, 500, 3, 3);
        ValidationReport report = ModelValidation.report(
                targets, List.of(new DrawStrata("K", new long[] {0, 0, 0, 3}, new long[] {0, 0, 0, 3})), List.of());
        ValidationSummary summary = ModelValidations.summary(7, PERIOD, report);
        assertFalse(summary.enough());
        assertNull(summary.auc());
        assertNull(summary.gini());
    }

    @Test
    void aSummaryIsKeptTenMinutesForItsModelAndPeriod() {
        ValidationSummaryCache cache = new ValidationSummaryCache();
        ValidationSummary summary = new ValidationSummary(
                7, PERIOD.from(), PERIOD.to(), 0, 0, null, null, true, 0, 0, List.of(), List.of());
        Instant now = Instant.parse("2026-12-04T02:00:00Z");
        cache.keep(summary, now);
        assertSame(summary, cache.fresh(7, PERIOD.from(), PERIOD.to(), now.plusSeconds(600)));
        assertNull(cache.fresh(7, PERIOD.from(), PERIOD.to(), now.plusSeconds(601)));
        assertNull(cache.fresh(8, PERIOD.from(), PERIOD.to(), now));
        assertNull(cache.fresh(7, PERIOD.from().plusDays(1), PERIOD.to().plusDays(1), now));
    }

    private static void add(List<Observation> targets, Grade grade, int score, int hits, int of) {
        for (int i = 0; i < of; i++) {
            String uscc = "9111000000000" + grade.ordinal() + "%04d".formatted(targets.size());
            targets.add(new Observation(
                    "K",
                    new Uscc(uscc),
                    grade,
                    score + i,
                    new double[0],
                    of,
                    8,
                    i < hits ? Outcome.CORRECTED_ON_SITE : Outcome.NO_PROBLEM));
        }
    }
}
