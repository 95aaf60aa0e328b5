package org.credence.violation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.credence.platform.Message;
import org.credence.violation.control.ListRules.Penalty;
import org.credence.violation.entity.ListType;
import org.credence.violation.entity.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListRulesTest {

    static final LocalDate LISTED = LocalDate.of(2025, 3, 1);
    static final LocalDate ENDS = ListRules.endsOn(ListType.SERIOUS_ILLEGAL, LISTED);

    @ParameterizedTest(name = "{0} listed {1}, removed {2}: allowed {3}")
    @CsvSource({
        "SERIOUS_ILLEGAL,     2025-03-01, 2026-02-28, false",
        "SERIOUS_ILLEGAL,     2025-03-01, 2026-03-01, true",
        "SERIOUS_ILLEGAL,     2024-02-29, 2025-02-28, true", // a year after 29 February
        "ABNORMAL_OPERATIONS, 2025-03-01, 2025-03-02, true",
        "ABNORMAL_OPERATIONS, 2025-03-01, 2025-02-28, false"
    })
    void seriousListNeedsAYearBeforeEarlyRemoval(ListType type, LocalDate listed, LocalDate removed, boolean allowed) {
        assertEquals(
                allowed,
                ListRules.removalRefusal(type, listed, ListRules.endsOn(type, listed), removed, true, List.of())
                        .isEmpty());
    }

    @Test
    void theSeriousListEndsAfterThreeYearsAndTheAbnormalListNever() {
        assertEquals(LocalDate.of(2028, 3, 1), ENDS);
        assertEquals(LocalDate.of(2027, 2, 28), ListRules.endsOn(ListType.SERIOUS_ILLEGAL, LocalDate.of(2024, 2, 29)));
        assertNull(ListRules.endsOn(ListType.ABNORMAL_OPERATIONS, LISTED));
        assertFalse(ListRules.ended(ENDS, ENDS.minusDays(1)));
        assertTrue(ListRules.ended(ENDS, ENDS), "off the list on its end date: 3 years to the day");
        assertFalse(ListRules.ended(null, LocalDate.of(2099, 1, 1)), "the abnormal list never ends by itself");
    }

    @Test
    void earlyRemovalNeedsTheFulfilmentOfThePenalty() {
        LocalDate removed = LocalDate.of(2026, 6, 1);
        assertEquals(
                Optional.of("serious.fulfilment-required"),
                ListRules.removalRefusal(ListType.SERIOUS_ILLEGAL, LISTED, ENDS, removed, false, List.of())
                        .map(Message::key));
        assertTrue(ListRules.removalRefusal(ListType.SERIOUS_ILLEGAL, LISTED, ENDS, removed, true, List.of())
                .isEmpty());
        assertTrue(
                ListRules.removalRefusal(ListType.SERIOUS_ILLEGAL, LISTED, ENDS, ENDS, false, List.of())
                        .isEmpty(),
                "once the 3 years are over nothing is early: no fulfilment asked");
        assertTrue(ListRules.removalRefusal(ListType.ABNORMAL_OPERATIONS, LISTED, null, removed, false, List.of())
                .isEmpty());
    }

    @Test
    void earlyRemovalIsRefusedAfterANewHeavierPenaltySinceTheListing() {
        LocalDate removed = LocalDate.of(2026, 6, 1);
        Penalty before = new Penalty("京市监罚〔2025〕1号", LISTED.minusDays(10), Severity.SERIOUS);
        Penalty sameDay = new Penalty("京市监罚〔2025〕2号", LISTED, Severity.HEAVY);
        Penalty lighter = new Penalty("京市监罚〔2025〕3号", LISTED.plusMonths(2), Severity.ORDINARY);
        Penalty heavier = new Penalty("京市监罚〔2026〕9号", LISTED.plusMonths(14), Severity.HEAVY);
        assertTrue(
                ListRules.removalRefusal(
                                ListType.SERIOUS_ILLEGAL,
                                LISTED,
                                ENDS,
                                removed,
                                true,
                                List.of(before, sameDay, lighter))
                        .isEmpty(),
                "the listing's own penalty and lighter ones do not count");
        Message refusal = ListRules.removalRefusal(
                        ListType.SERIOUS_ILLEGAL, LISTED, ENDS, removed, true, List.of(before, lighter, heavier))
                .orElseThrow();
        assertEquals("serious.heavier-penalty-since", refusal.key());
        assertTrue(
                ListRules.removalRefusal(
                                ListType.SERIOUS_ILLEGAL,
                                LISTED,
                                ENDS,
                                heavier.decisionDate().minusDays(1),
                                true,
                                List.of(heavier))
                        .isEmpty(),
                "a penalty decided after the removal date does not refuse it");
        assertTrue(ListRules.heavier(Severity.SERIOUS));
        assertFalse(ListRules.heavier(Severity.ORDINARY));
    }

    @Test
    void aListingIsRenewedForThreeYearsFromItsEndOnlyBeforeThatEnd() {
        assertTrue(ListRules.renewalRefusal(ListType.SERIOUS_ILLEGAL, ENDS, ENDS.minusDays(1))
                .isEmpty());
        assertEquals(LocalDate.of(2031, 3, 1), ListRules.renewedUntil(ENDS));
        assertEquals(
                "serious.renewal-after-end",
                ListRules.renewalRefusal(ListType.SERIOUS_ILLEGAL, ENDS, ENDS)
                        .orElseThrow()
                        .key());
        assertEquals(
                "serious.renewal-serious-only",
                ListRules.renewalRefusal(ListType.ABNORMAL_OPERATIONS, null, ENDS)
                        .orElseThrow()
                        .key());
    }

    @Test
    void threeYearsOnTheAbnormalListMakeACandidate() {
        assertEquals(LocalDate.of(2029, 3, 1), ListRules.seriousListCandidateFrom(LocalDate.of(2026, 3, 1)));
    }
}
