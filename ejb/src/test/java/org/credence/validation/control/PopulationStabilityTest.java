package org.credence.validation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.credence.validation.control.PopulationStability.Band;
import org.credence.validation.control.PopulationStability.Run;
import org.credence.validation.control.PopulationStability.Shift;
import org.junit.jupiter.api.Test;

class PopulationStabilityTest {

    @Test
    void anEmptyGradeIsFlooredNotDroppedOrInfinite() {
        // p = 0.0001 (floored), 0.5, 0.3, 0.2; q = 0.1, 0.4, 0.3, 0.2
        // (0.0001 - 0.1) ln(0.001) + 0.1 ln(1.25) = 0.690085 + 0.022314
        assertEquals(
                0.712399107502,
                PopulationStability.psi(new long[] {0, 50, 30, 20}, new long[] {10, 40, 30, 20}),
                1e-12);
        assertEquals(
                4.257031786506, PopulationStability.psi(new long[] {25, 25, 25, 25}, new long[] {0, 0, 50, 50}), 1e-12);
        assertEquals(0, PopulationStability.psi(new long[] {1, 2, 3, 4}, new long[] {10, 20, 30, 40}), 1e-15);
    }

    @Test
    void itIsSymmetric() {
        long[] p = {5, 70, 20, 5};
        long[] q = {3, 60, 30, 7};
        assertEquals(PopulationStability.psi(p, q), PopulationStability.psi(q, p), 1e-15);
    }

    @Test
    void bandsAtTheirEdges() {
        assertSame(Band.STABLE, Band.of(0.0999));
        assertSame(Band.SHIFTING, Band.of(0.1));
        assertSame(Band.SHIFTING, Band.of(0.25));
        assertSame(Band.SHIFTED, Band.of(0.2501));
    }

    @Test
    void eachRunAgainstTheOneBefore() {
        LocalDate at = LocalDate.of(2026, 1, 1);
        Run first = new Run(1, at, new long[] {10, 40, 30, 20});
        Run second = new Run(2, at.plusMonths(1), new long[] {0, 50, 30, 20});
        Run empty = new Run(3, at.plusMonths(2), new long[] {0, 0, 0, 0});
        Run fourth = new Run(4, at.plusMonths(3), new long[] {0, 50, 30, 20});
        List<Shift> shifts = PopulationStability.series(List.of(first, second, empty, fourth));
        assertEquals(3, shifts.size());
        assertSame(second, shifts.get(0).run());
        assertSame(first, shifts.get(0).previous());
        assertEquals(0.712399107502, shifts.get(0).psi(), 1e-12);
        assertSame(Band.SHIFTED, shifts.get(0).band());
        assertNull(shifts.get(1).psi());
        assertNull(shifts.get(2).band());
        assertEquals(List.of(), PopulationStability.series(List.of(first)));
    }

    @Test
    void refusesADistributionOfNobody() {
        assertThrows(
                IllegalArgumentException.class, () -> PopulationStability.psi(new long[4], new long[] {1, 1, 1, 1}));
    }
}
