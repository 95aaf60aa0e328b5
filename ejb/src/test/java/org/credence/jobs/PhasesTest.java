package org.credence.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PhasesTest {

    private static final Instant NOON = Instant.parse("2026-12-07T04:00:00Z");

    @Test
    void firesOnTheGridOfItsIntervalShiftedByItsPhase() {
        assertEquals(
                NOON.plusMillis(1_500).toEpochMilli(),
                Phases.firstFiring(NOON, 15, 0.1).getTime());
        assertEquals(
                NOON.plusMillis(9_000).toEpochMilli(),
                Phases.firstFiring(NOON, 15, 0.6).getTime());
        assertEquals(
                NOON.plusMillis(2_500).toEpochMilli(),
                Phases.firstFiring(NOON, 5, 0.5).getTime());
    }

    @Test
    void aMomentOnTheGridFiresThenAndOnePastItAtTheNextPoint() {
        Instant onGrid = NOON.plusMillis(1_500);
        assertEquals(onGrid.toEpochMilli(), Phases.firstFiring(onGrid, 15, 0.1).getTime());
        assertEquals(
                onGrid.plusSeconds(15).toEpochMilli(),
                Phases.firstFiring(onGrid.plusMillis(1), 15, 0.1).getTime());
    }

    @Test
    void nodesStartingAtDifferentMomentsComputeTheSamePhase() {
        long first = Phases.phaseOf(Phases.firstFiring(NOON, 15, 0.6), 15_000);
        long later = Phases.phaseOf(Phases.firstFiring(NOON.plusMillis(123_456), 15, 0.6), 15_000);
        assertEquals(9_000, first);
        assertEquals(first, later);
    }

    @Test
    void jobsOfTheSameIntervalWithDifferentPhasesNeverFireTogether() {
        long changes = Phases.phaseOf(Phases.firstFiring(NOON.plusMillis(777), 15, 0.1), 15_000);
        long measures = Phases.phaseOf(Phases.firstFiring(NOON.plusMillis(777), 15, 0.6), 15_000);
        assertEquals(7_500, measures - changes);
    }

    @Test
    void refusesAPhaseOutsideItsInterval() {
        assertThrows(IllegalArgumentException.class, () -> Phases.firstFiring(NOON, 15, 1.0));
        assertThrows(IllegalArgumentException.class, () -> Phases.firstFiring(NOON, 0, 0.5));
    }
}
