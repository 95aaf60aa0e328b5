package org.credence.violation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.credence.violation.entity.ListType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListRulesTest {

    @ParameterizedTest(name = "{0} listed {1}, removed {2}: allowed {3}")
    @CsvSource({
            "SERIOUS_ILLEGAL,     2025-03-01, 2026-02-28, false",
            "SERIOUS_ILLEGAL,     2025-03-01, 2026-03-01, true",
            "SERIOUS_ILLEGAL,     2024-02-29, 2025-02-28, true", // a year after 29 February
            "ABNORMAL_OPERATIONS, 2025-03-01, 2025-03-02, true",
            "ABNORMAL_OPERATIONS, 2025-03-01, 2025-02-28, false"})
    void seriousListNeedsAYearBeforeEarlyRemoval(ListType type, LocalDate listed, LocalDate removed, boolean allowed) {
        assertEquals(allowed, ListRules.removalRefusal(type, listed, removed).isEmpty());
    }

    @Test
    void threeYearsOnTheAbnormalListMakeACandidate() {
        assertEquals(LocalDate.of(2029, 3, 1), ListRules.seriousListCandidateFrom(LocalDate.of(2026, 3, 1)));
    }
}
