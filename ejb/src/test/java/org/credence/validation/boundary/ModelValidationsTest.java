package org.credence.validation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.credence.business.entity.Uscc;
import org.credence.credit.control.ModelStore;
import org.credence.credit.entity.Grade;
import org.credence.platform.InvalidRequestException;
import org.credence.validation.control.DrawStrata;
import org.credence.validation.control.ModelValidation;
import org.credence.validation.control.Observation;
import org.credence.validation.control.ObservationStore;
import org.credence.validation.control.ObservationStore.Recorded;
import org.credence.validation.control.Outcome;
import org.credence.validation.control.PopulationStability.Run;
import org.credence.validation.control.ValidationPeriod;
import org.credence.validation.control.ValidationReport;
import org.junit.jupiter.api.Test;

class ModelValidationsTest {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 6, 30);

    @Test
    void thePeriodDefaultsToTheTwelveMonthsUpToTodayInChina() {
        ModelValidations validations = new ModelValidations();
        // 20:00 UTC on 31 March is 1 April in China
        validations.clock = Clock.fixed(Instant.parse("2026-03-31T20:00:00Z"), ZoneOffset.UTC);
        assertEquals(
                new ValidationPeriod(LocalDate.of(2025, 4, 2), LocalDate.of(2026, 4, 1)),
                validations.period(null, null));
        assertEquals(new ValidationPeriod(LocalDate.of(2025, 7, 1), TO), validations.period(null, TO));
        assertEquals(new ValidationPeriod(FROM, FROM), validations.period(FROM, FROM));
        assertThrows(InvalidRequestException.class, () -> validations.period(TO, FROM));
    }

    @Test
    void stabilityIsGivenForTheFullRunsOfThePeriodEachAgainstTheOneBefore() {
        List<Run> runs = List.of(
                new Run(1, FROM.minusDays(40), new long[] {10, 40, 30, 20}),
                new Run(2, FROM.plusDays(30), new long[] {0, 50, 30, 20}),
                new Run(3, TO, new long[] {0, 50, 30, 20}),
                new Run(4, TO.plusDays(1), new long[] {50, 50, 0, 0}));
        Observation hit = new Observation(
                "K", new Uscc("911100000000000001"), Grade.D, 500, new double[0], 1, 2, Outcome.VIOLATIONS_FOUND);
        Observation away = new Observation(
                "K", new Uscc("911100000000000002"), Grade.D, 900, new double[0], 1, 2, Outcome.NOT_REACHABLE);
        List<DrawStrata> draws = List.of(new DrawStrata("K", new long[] {5, 0, 0, 2}, new long[] {0, 0, 0, 2}));
        ObservationStore.Source source = new ObservationStore.Source(
                List.of(), List.of(new Recorded(hit, FROM), new Recorded(away, FROM)), draws, runs);
        ValidationReport report = ModelValidation.report(source.observations(), draws, runs);
        ValidationView view = ModelValidations.view(
                new ModelStore.Ref(1, 1, "SAMR", "Model", 1), new ValidationPeriod(FROM, TO), source, report);
        assertEquals(2, view.stability().size());
        assertEquals(2, view.stability().get(0).run());
        assertEquals(1, view.stability().get(0).previousRun());
        assertEquals("SHIFTED", view.stability().get(0).band());
        assertEquals(3, view.stability().get(1).run());
        assertEquals(0, view.stability().get(1).psi(), 1e-15);
        assertEquals("STABLE", view.stability().get(1).band());
        assertEquals(List.of("A"), view.unknownGrades());
        assertEquals(1, view.notReachable());
        assertEquals(1, view.draws());
        assertFalse(view.score().defined());
        assertNull(view.score().auc());
        assertEquals("NEVER_DRAWN", view.grades().get(0).coverage());
        assertNull(view.grades().get(0).hitRate());
        assertEquals(1.0, view.grades().get(3).hitRate());
    }
}
