package org.credence.inspection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.credence.credit.entity.Grade;
import org.credence.inspection.control.InformationCoverage.Row;
import org.junit.jupiter.api.Test;

class InformationCoverageTest {

    @Test
    void threePercentIsReachedExactlyAndNotOneBusinessShort() {
        List<Row> rows = InformationCoverage.rows(
                Map.of("ENTERPRISE", 10_000L, "INDIVIDUAL_BUSINESS", 1_000L, "OTHER", 0L),
                Map.of("ENTERPRISE", 200L, "INDIVIDUAL_BUSINESS", 29L),
                Map.of("ENTERPRISE", 100L));
        assertEquals(2, rows.size(), "a type without businesses has no row");
        Row enterprises = rows.get(0);
        assertEquals("ENTERPRISE", enterprises.entityType());
        assertEquals(200, enterprises.checkedBp());
        assertEquals(300, enterprises.withPlannedBp());
        assertFalse(enterprises.belowMinimum(), "checked and planned reach 3 % exactly");
        Row individuals = rows.get(1);
        assertEquals(290, individuals.withPlannedBp());
        assertTrue(individuals.belowMinimum(), "29 of 1000 is 2.9 %");
    }

    @Test
    void sharesRoundDownSoAShortfallNeverShowsAsThreePercent() {
        assertEquals(299, InformationCoverage.basisPoints(2_999, 100_000));
        assertTrue(InformationCoverage.rows(Map.of("ENTERPRISE", 100_000L), Map.of("ENTERPRISE", 2_999L), Map.of())
                .get(0)
                .belowMinimum());
        assertEquals(10_000, InformationCoverage.basisPoints(50_000_000L, 50_000_000L));
    }

    @Test
    void aDrawsExpectedTargetsAreSpreadOverEntityTypesInEachGradesProportions() {
        // grade C: 10 targets out of 40 (30 enterprises, 10 individual businesses); grade A: 1 out of 3 individual
        // businesses
        Map<String, Long> expected = InformationCoverage.expected(
                Map.of(Grade.A, 1, Grade.B, 0, Grade.C, 10, Grade.D, 0),
                Map.of(
                        Grade.C,
                        Map.of("ENTERPRISE", 30L, "INDIVIDUAL_BUSINESS", 10L),
                        Grade.A,
                        Map.of("INDIVIDUAL_BUSINESS", 3L)));
        assertEquals(
                Map.of("ENTERPRISE", 8L, "INDIVIDUAL_BUSINESS", 4L),
                expected,
                "7.5 rounds half up to 8; 2.5 + 1 = 3.5 to 4");
    }
}
