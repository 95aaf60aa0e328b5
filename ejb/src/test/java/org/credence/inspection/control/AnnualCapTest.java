package org.credence.inspection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.credence.credit.entity.Grade;
import org.junit.jupiter.api.Test;

class AnnualCapTest {

    @Test
    void aGradeWithoutItsOwnCapTakesTheAgencysCapAndOneWithItsOwnTakesThat() {
        AnnualCap cap = new AnnualCap("SAMR", 2, Map.of(Grade.A, 1), "粤市监〔2025〕1号", null, null);
        assertEquals(1, cap.limitFor(Grade.A));
        assertEquals(2, cap.limitFor(Grade.B));
        assertEquals(2, cap.limitFor(Grade.D));
        assertTrue(cap.reached(Grade.A, 1), "grade A: at most once a year");
        assertFalse(cap.reached(Grade.B, 1));
        assertTrue(cap.reached(Grade.B, 2));
        assertFalse(cap.reached(Grade.A, 0));
    }
}
