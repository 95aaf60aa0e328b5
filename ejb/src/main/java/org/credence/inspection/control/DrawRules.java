package org.credence.inspection.control;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.credence.credit.entity.Grade;
import org.credence.inspection.control.DrawMethod.Member;
import org.credence.inspection.entity.DrawMode;
import org.credence.inspection.entity.Item;
import org.credence.inspection.entity.Plan;
import org.credence.platform.Message;

/**
 * The rules a draw applies to its frozen pool, with no database: which businesses earlier inspections
 * exclude, and why a QUOTA or RATIO plan cannot be drawn from the pool (a 422 for the caller).
 */
public final class DrawRules {

    private DrawRules() {}

    /** Why a QUOTA plan cannot be drawn from this pool (422), or null. */
    public static Message quotaProblem(Plan plan, List<Member> pool) {
        if (plan.mode() != DrawMode.QUOTA) {
            return null;
        }
        if (plan.quotaTotal() > pool.size()) {
            return Message.of("quota-exceeds-pool", plan.quotaTotal(), pool.size());
        }
        for (Item item : plan.items()) {
            if (item.general()
                    && item.maxRatioBp() != null
                    && !pool.isEmpty()
                    && (long) plan.quotaTotal() * 10000 > (long) item.maxRatioBp() * pool.size()) {
                return Message.of(
                        "quota-exceeds-item-ratio",
                        plan.quotaTotal(),
                        pool.size(),
                        item.code(),
                        new Message.Percent(item.maxRatioBp()));
            }
        }
        return null;
    }

    /** The frozen pool's size per grade. */
    public static Map<Grade, Integer> poolByGrade(List<Member> pool) {
        Map<Grade, Integer> sizes = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            sizes.put(g, 0);
        }
        pool.forEach(m -> sizes.merge(m.grade(), 1, Integer::sum));
        return sizes;
    }

    /**
     * Why a RATIO plan cannot be drawn from this pool (422), or null: rounding {@code N_g * bp_g} up can give a
     * small stratum a larger share than a GENERAL item's maximum, although each ratio was within it when the
     * plan was saved; so the maximum is checked here again, per grade, on the real pool.
     */
    public static Message ratioProblem(DrawMethod.Rules rules, List<Item> items, Map<Grade, Integer> poolByGrade) {
        if (rules.mode() != DrawMode.RATIO) {
            return null;
        }
        Map<Grade, Integer> n = DrawMethod.allocate(rules, poolByGrade);
        for (Item item : items) {
            if (!item.general() || item.maxRatioBp() == null) {
                continue;
            }
            for (Grade g : Grade.values()) {
                long size = poolByGrade.getOrDefault(g, 0);
                if (size > 0 && (long) n.get(g) * 10000 > (long) item.maxRatioBp() * size) {
                    return Message.of(
                            "cal.ratio-rounds-above-item-maximum",
                            g.name(),
                            n.get(g),
                            size,
                            item.code(),
                            new Message.Percent(item.maxRatioBp()));
                }
            }
        }
        return null;
    }
    /**
     * Earlier inspections (staffed targets of draws that stand) that exclude a business: sorted business
     * ids, and for each agency of the plan that published an annual cap, the cap and this year's count
     * per business.
     */
    public record Earlier(
            long[] drawnThisYear,
            long[] sameItemRecently,
            long[] atCap,
            Map<AnnualCap, Map<Long, Integer>> agencyCaps) {

        /** Why a business of this grade is excluded from the plan's pool, or null when it stays. */
        public Exclusion exclusion(long businessId, Grade grade, Plan plan) {
            if (plan.gradeAOncePerYear()
                    && grade == Grade.A
                    && java.util.Arrays.binarySearch(drawnThisYear, businessId) >= 0) {
                return Exclusion.GRADE_A_DRAWN_THIS_YEAR;
            }
            if (java.util.Arrays.binarySearch(sameItemRecently, businessId) >= 0) {
                return Exclusion.SAME_ITEM_RECENTLY;
            }
            if (java.util.Arrays.binarySearch(atCap, businessId) >= 0) {
                return Exclusion.ITEM_ANNUAL_CAP;
            }
            for (Map.Entry<AnnualCap, Map<Long, Integer>> agency : agencyCaps.entrySet()) {
                if (agency.getKey().reached(grade, agency.getValue().getOrDefault(businessId, 0))) {
                    return Exclusion.AGENCY_ANNUAL_CAP;
                }
            }
            return null;
        }
    }
}
