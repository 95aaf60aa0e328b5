package org.credence.violation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.credence.violation.entity.PenaltyType;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicityPeriodTest {

    @ParameterizedTest(name = "{0} decided {1} is public until {2}")
    @CsvSource({
        "WARNING,  2026-03-15, ",
        "MINOR,    2026-03-15, 2026-06-15",
        "MINOR,    2025-11-30, 2026-02-28", // no 30 February: the month's last day
        "MINOR,    2023-11-30, 2024-02-29", // leap year
        "ORDINARY, 2026-03-15, 2029-03-15",
        "HEAVY,    2024-02-29, 2027-02-28",
        "SERIOUS,  2026-01-31, 2029-01-31"
    })
    void followsSamrOrder45(Severity severity, LocalDate decided, LocalDate end) {
        assertEquals(Optional.ofNullable(end), PublicityPeriod.endOf(Polarity.NEGATIVE, severity, decided));
    }

    @ParameterizedTest
    @CsvSource("2026-03-15, 2029-03-15")
    void positiveRecordsStayForThreeYears(LocalDate decided, LocalDate end) {
        assertEquals(Optional.of(end), PublicityPeriod.endOf(Polarity.POSITIVE, null, decided));
    }

    @ParameterizedTest(name = "{0} {1} ({2}) decided 2026-03-15 is public until {3}")
    @CsvSource({
        "WARNING,             ,      MINOR,   ",
        "NOTICE_OF_CRITICISM, ,      SERIOUS, 2026-06-15",
        "FINE,                3000,  HEAVY,   2026-06-15",
        "FINE,                3001,  MINOR,   2029-03-15",
        "FINE,                ,      MINOR,   2029-03-15",
        "SUSPENSION,          ,      MINOR,   2029-03-15",
        "OTHER,               100,   MINOR,   2029-03-15"
    })
    void followsThePenaltyNotTheSeverity(
            PenaltyType type, java.math.BigDecimal amount, Severity severity, LocalDate end) {
        assertEquals(
                Optional.ofNullable(end),
                PublicityPeriod.endOf(
                        Polarity.NEGATIVE,
                        type,
                        amount,
                        severity,
                        PublicityPeriod.DEFAULT_SMALL_FINE_MAX,
                        LocalDate.of(2026, 3, 15)));
    }
}
