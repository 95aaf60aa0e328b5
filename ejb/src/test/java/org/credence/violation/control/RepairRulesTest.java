package org.credence.violation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.credence.platform.Message;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.RecordStatus;
import org.credence.violation.entity.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepairRulesTest {

    private static final LocalDate DECIDED = LocalDate.of(2025, 1, 31);

    private static Optional<String> refusal(Severity severity, RecordStatus status, boolean special, LocalDate today) {
        LocalDate end =
                PublicityPeriod.endOf(Polarity.NEGATIVE, severity, DECIDED).orElse(null);
        return RepairRules.refusal(Polarity.NEGATIVE, severity, status, DECIDED, end, special, today)
                .map(Message::english);
    }

    @ParameterizedTest(name = "{0}, special sector {1}, on {2}: allowed {3}")
    @CsvSource({
        "ORDINARY, false, 2025-07-30, false", // 6 months from 31 January is 31 July
        "ORDINARY, false, 2025-07-31, true",
        "HEAVY,    false, 2027-01-30, true",
        "HEAVY,    true,  2026-01-30, false", // food, drugs, special equipment: 1 year
        "HEAVY,    true,  2026-01-31, true",
        "ORDINARY, false, 2028-01-31, false"
    }) // publicity over
    void waitsSixMonthsOrAYear(Severity severity, boolean special, LocalDate today, boolean allowed) {
        assertEquals(
                allowed, refusal(severity, RecordStatus.ACTIVE, special, today).isEmpty());
    }

    @Test
    void namesTheFirstDayAnApplicationIsPossible() {
        String reason = refusal(Severity.HEAVY, RecordStatus.ACTIVE, true, LocalDate.of(2025, 6, 1))
                .orElseThrow();
        assertTrue(reason.contains("1 year") && reason.contains("2026-01-31"), reason);
    }

    @Test
    void refusesWhatCannotBeRepaired() {
        LocalDate later = LocalDate.of(2026, 6, 1);
        assertTrue(refusal(Severity.SERIOUS, RecordStatus.ACTIVE, false, later)
                .orElseThrow()
                .contains("most severe"));
        assertTrue(refusal(Severity.WARNING, RecordStatus.ACTIVE, false, later)
                .orElseThrow()
                .contains("never made public"));
        assertTrue(refusal(Severity.HEAVY, RecordStatus.REVOKED, false, later)
                .orElseThrow()
                .contains("revoked"));
        assertTrue(RepairRules.refusal(Polarity.POSITIVE, null, RecordStatus.ACTIVE, DECIDED, later, false, later)
                .isPresent());
    }
}
