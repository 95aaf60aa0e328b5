package org.credence.inspection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.credence.credit.entity.Grade;
import org.credence.inspection.entity.DrawMode;
import org.junit.jupiter.api.Test;

class GradeCoverageTest {

    static final Map<Grade, Long> MEMBERS = Map.of(Grade.A, 9000L, Grade.B, 700L, Grade.C, 250L, Grade.D, 50L);

    @Test
    void aRatioOfZeroLeavesAGradeWithMembersUndrawn() {
        assertEquals(
                List.of(Grade.A),
                GradeCoverage.neverDrawn(DrawMode.RATIO, grades(0, 200, 1000, 3000), null, null, MEMBERS));
        assertEquals(
                List.of(),
                GradeCoverage.neverDrawn(DrawMode.RATIO, grades(1, 200, 1000, 3000), null, null, MEMBERS),
                "a ratio above zero draws at least one member (draw-v1 rounds up)");
    }

    @Test
    void aGradeWithoutMembersNeedsNoInspection() {
        Map<Grade, Long> noD = Map.of(Grade.A, 9000L, Grade.B, 700L, Grade.C, 250L, Grade.D, 0L);
        assertEquals(List.of(), GradeCoverage.neverDrawn(DrawMode.RATIO, grades(100, 200, 1000, 0), null, null, noD));
        assertEquals(
                List.of(Grade.D),
                GradeCoverage.neverDrawn(DrawMode.RATIO, grades(100, 200, 1000, 0), null, null, MEMBERS));
    }

    @Test
    void aQuotaLeavesOutGradesOfWeightZeroAndThoseItsTotalDoesNotReach() {
        assertEquals(
                List.of(Grade.A, Grade.B),
                GradeCoverage.neverDrawn(DrawMode.QUOTA, null, 100, grades(0, 0, 1, 1), MEMBERS));
        // one inspection shared by weight times members goes to the largest grade: B, C and D get none
        assertEquals(
                List.of(Grade.B, Grade.C, Grade.D),
                GradeCoverage.neverDrawn(DrawMode.QUOTA, null, 1, grades(1, 1, 1, 1), MEMBERS));
        assertEquals(List.of(), GradeCoverage.neverDrawn(DrawMode.QUOTA, null, 1000, grades(1, 1, 1, 1), MEMBERS));
    }

    @Test
    void anIncompleteSelectionGivesNoWarning() {
        Map<Grade, Integer> missing = new EnumMap<>(grades(100, 200, 1000, 3000));
        missing.put(Grade.B, null);
        assertEquals(List.of(), GradeCoverage.neverDrawn(DrawMode.RATIO, missing, null, null, MEMBERS));
        assertNull(GradeCoverage.drawn(DrawMode.QUOTA, null, null, grades(1, 1, 1, 1), MEMBERS));
        assertNull(GradeCoverage.drawn(DrawMode.QUOTA, null, 10, grades(0, 0, 0, 0), MEMBERS));
        assertNull(GradeCoverage.drawn(DrawMode.RATIO, grades(100, 200, 1000, 10001), null, null, MEMBERS));
    }

    private static Map<Grade, Integer> grades(int a, int b, int c, int d) {
        Map<Grade, Integer> values = new EnumMap<>(Grade.class);
        values.put(Grade.A, a);
        values.put(Grade.B, b);
        values.put(Grade.C, c);
        values.put(Grade.D, d);
        return values;
    }
}
