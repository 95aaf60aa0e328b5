package org.credence.inspection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.credence.credit.entity.Grade;
import org.credence.inspection.control.DrawMethod.Member;
import org.credence.inspection.entity.DrawMode;
import org.credence.inspection.entity.Item;
import org.credence.inspection.entity.Plan;
import org.junit.jupiter.api.Test;

class DrawRulesTest {

    private static Plan plan(boolean gradeAOnce, Integer quota, List<Item> items) {
        return new Plan(
                7,
                "plan",
                1,
                "SAMR",
                "PUBLISHED",
                null,
                quota == null ? DrawMode.RATIO : DrawMode.QUOTA,
                Map.of(),
                quota,
                Map.of(),
                Map.of(),
                gradeAOnce,
                12,
                null,
                null,
                null,
                false,
                List.of("SAMR"),
                List.of(1L),
                items,
                null,
                null,
                null,
                null,
                0);
    }

    private static Item general(int maxRatioBp) {
        return new Item(3, "PRICE", "prices", "law", 1, "SAMR", "GENERAL", "ON_SITE", null, maxRatioBp, 1, 0);
    }

    private static List<Member> pool(int size) {
        List<Member> pool = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            pool.add(new Member("U" + i, i % 2 == 0 ? Grade.A : Grade.D, "330100"));
        }
        return pool;
    }

    private static final AnnualCap TWICE = new AnnualCap("SAMR", 2, Map.of(Grade.D, 4), "rules", null, "admin");

    private static final DrawRules.Earlier EARLIER = new DrawRules.Earlier(
            new long[] {10, 20}, new long[] {30}, new long[] {40}, Map.of(TWICE, Map.of(50L, 2, 60L, 3)));

    @Test
    void aGradeABusinessDrawnThisYearIsExcludedOnlyWhenThePlanSaysSo() {
        assertEquals(Exclusion.GRADE_A_DRAWN_THIS_YEAR, EARLIER.exclusion(10, Grade.A, plan(true, null, List.of())));
        assertNull(EARLIER.exclusion(10, Grade.A, plan(false, null, List.of())));
        assertNull(EARLIER.exclusion(10, Grade.B, plan(true, null, List.of())));
    }

    @Test
    void theSameItemRecentlyAndAnItemsCapExcludeWhateverTheGrade() {
        assertEquals(Exclusion.SAME_ITEM_RECENTLY, EARLIER.exclusion(30, Grade.D, plan(true, null, List.of())));
        assertEquals(Exclusion.ITEM_ANNUAL_CAP, EARLIER.exclusion(40, Grade.C, plan(true, null, List.of())));
        assertNull(EARLIER.exclusion(41, Grade.C, plan(true, null, List.of())));
    }

    @Test
    void anAgencysCapCountsPerGrade() {
        assertEquals(Exclusion.AGENCY_ANNUAL_CAP, EARLIER.exclusion(50, Grade.B, plan(true, null, List.of())));
        assertNull(EARLIER.exclusion(50, Grade.D, plan(true, null, List.of())), "grade D may be inspected 4 times");
        assertNull(EARLIER.exclusion(70, Grade.B, plan(true, null, List.of())));
    }

    @Test
    void aQuotaLargerThanThePoolOrAGeneralItemsMaximumIsRefused() {
        assertEquals(
                "quota-exceeds-pool",
                DrawRules.quotaProblem(plan(true, 11, List.of()), pool(10)).key());
        assertEquals(
                "quota-exceeds-item-ratio",
                DrawRules.quotaProblem(plan(true, 2, List.of(general(1000))), pool(10))
                        .key());
        assertNull(DrawRules.quotaProblem(plan(true, 1, List.of(general(1000))), pool(10)));
        assertNull(DrawRules.quotaProblem(plan(true, null, List.of()), pool(0)), "a RATIO plan has no quota");
    }

    @Test
    void thePoolIsCountedPerGradeWithEveryGradePresent() {
        assertEquals(Map.of(Grade.A, 2, Grade.B, 0, Grade.C, 0, Grade.D, 1), DrawRules.poolByGrade(pool(3)));
    }
}
