package org.credence.setup.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.credence.changes.control.Change;
import org.credence.changes.control.ChangeLogWriter;
import org.credence.changes.entity.ChangeKind;
import org.credence.credit.control.ModelStore;
import org.credence.credit.control.ModelStore.StoredModel;
import org.credence.credit.control.Rescoring;
import org.credence.credit.control.Rescoring.BusinessRef;
import org.credence.credit.control.ScoreExplanation.IndicatorResult;
import org.credence.credit.entity.Grade;
import org.credence.inspection.boundary.Assignments;
import org.credence.inspection.control.AssignmentStore;
import org.credence.inspection.control.Directory;
import org.credence.inspection.control.DrawStore;
import org.credence.inspection.control.PlanEntries;
import org.credence.inspection.control.PoolFreeze;
import org.credence.inspection.control.WorkingDayCalendar;
import org.credence.inspection.entity.Draw;
import org.credence.inspection.entity.DrawMode;
import org.credence.inspection.entity.DrawSeed;
import org.credence.inspection.entity.Item;
import org.credence.inspection.entity.Plan;
import org.credence.inspection.entity.Scope;
import org.credence.platform.jdbc.Jdbc;
import org.credence.violation.entity.Polarity;

/**
 * A year of completed random inspections for the demo, so that a new user sees a working validation
 * report (validation-v1) at once. One market-regulation plan a month for the twelve months before the
 * load, each drawn by the real draw method (draw-v1) as of its date under market regulation's model,
 * with a seed derived from the demo's seed (so the draws can be verified, and a load on the same day
 * draws the same targets).
 *
 * <p>The outcomes are <b>synthetic</b>, made up from the demo's seed: a staffed target is a hit
 * (CORRECTED_ON_SITE; never VIOLATIONS_FOUND, which would need a penalty record) with probability
 * {@code 1 / (1 + exp(-(HIT_INTERCEPT + HIT_SLOPE * min(L, LOAD_CAP))))}, where {@code L} is the sum of
 * the business's NEGATIVE indicator loads at the draw date; a few are NOT_REACHABLE or REFUSED; the
 * rest NO_PROBLEM. So the chance of a hit rises with a business's loads, as the report should find. Each
 * result is completed 3 to 27 days after its draw (never after yesterday) and published two days later
 * (never after {@code now}).
 */
public final class DemoHistory {

    public static final int MONTHS = 12;
    static final String ITEM = "SAMR-ECOM-01";
    /** The share of each grade's pool drawn each month, in basis points: every grade is inspected. */
    static final Map<Grade, Integer> RATIOS = Map.of(Grade.A, 400, Grade.B, 1000, Grade.C, 2500, Grade.D, 5000);

    static final double HIT_INTERCEPT = -1.6;
    static final double HIT_SLOPE = 0.035;
    static final double LOAD_CAP = 150;
    static final int NOT_REACHABLE_PER_MILLE = 20;
    static final int REFUSED_PER_MILLE = 10;

    /** What was loaded. */
    public record Loaded(int plans, int targets, int hits, int cleans, int notObserved) {}

    private DemoHistory() {}

    /** The chance of a hit for a business whose NEGATIVE indicator loads sum to {@code loads}. */
    public static double hitChance(double loads) {
        return 1 / (1 + Math.exp(-(HIT_INTERCEPT + HIT_SLOPE * Math.min(loads, LOAD_CAP))));
    }

    /**
     * Draws, records and publishes the twelve monthly plans, oldest first, the plans kept by {@code entries} (in the
     * transaction of {@code c}). Needs the demo's items,
     * inspectors and businesses, and market regulation's model in force {@code today}.
     */
    public static Loaded load(
            Connection c, PlanEntries entries, long seed, LocalDate today, String by, LocalDateTime now)
            throws SQLException {
        Item item = Directory.item(c, ITEM);
        if (item == null) {
            throw new IllegalStateException("the demo item " + ITEM + " is missing");
        }
        StoredModel model = ModelStore.inForce(c, today).stream()
                .filter(m -> m.agencyId() == item.agencyId())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("market regulation has no model in force"));
        WorkingDayCalendar calendar = Directory.calendar(c);
        int plans = 0;
        int targets = 0;
        int hits = 0;
        int cleans = 0;
        int other = 0;
        for (int month = MONTHS; month >= 1; month--) {
            LocalDate drawDate = today.minusMonths(month);
            SplittableRandom random = new SplittableRandom(seed * 1_000 + month);
            // named as an agency names its plans, in Chinese
            Plan plan = new Plan(
                    0,
                    drawDate.getYear() + "年" + drawDate.getMonthValue() + "月网络交易主体信息公示随机抽查（演示数据）",
                    item.agencyId(),
                    item.agencyCode(),
                    "DRAFT",
                    model.id(),
                    DrawMode.RATIO,
                    RATIOS,
                    null,
                    null,
                    Map.of(Grade.A, 2, Grade.B, 2, Grade.C, 2, Grade.D, 2),
                    true,
                    6,
                    Scope.ANY,
                    drawDate,
                    null,
                    false,
                    List.of(item.agencyCode()),
                    List.of(item.agencyId()),
                    List.of(item),
                    null,
                    null,
                    null,
                    null,
                    0);
            // times are kept in UTC as the application writes them (01:00 UTC is 09:00 in China); a draw's
            // due time is China time
            long planId = entries.insert(plan, by, drawDate.minusDays(14).atTime(1, 0));
            entries.publish(planId, by, drawDate.minusDays(7).atTime(1, 0));
            plan = entries.find(planId);
            Draw draw = DrawStore.schedule(
                    c, plan, drawDate.atTime(10, 0), drawDate.minusDays(7).atTime(1, 0));
            // a seed of the demo's own, so that the same load date gives the same draws
            String serverSeed = sha256(seed + ":" + drawDate);
            Jdbc.update(
                    c,
                    "update inspection_draw set server_seed = ?, seed_commitment = ? where id = ?",
                    serverSeed,
                    DrawSeed.commitment(serverSeed),
                    draw.id());
            draw = DrawStore.find(c, draw.key());
            PoolFreeze.Frozen frozen = PoolFreeze.freeze(c, plan, drawDate);
            DrawStore.perform(c, plan, draw, null, drawDate, by, drawDate.atTime(2, 0), frozen);
            entries.setStatus(planId, "DRAWN");

            List<Object[]> staffed = Jdbc.list(
                    c,
                    "select id, business_id, uscc from draw_target where draw_id = ?"
                            + " and status = 'STAFFED' order by ordinal",
                    rs -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)},
                    draw.id());
            Map<Long, Double> loads = loads(c, model, drawDate, staffed);
            List<Change> published = new ArrayList<>();
            for (Object[] target : staffed) {
                long id = (Long) target[0];
                long businessId = (Long) target[1];
                String outcome;
                int roll = random.nextInt(1000);
                if (roll < NOT_REACHABLE_PER_MILLE) {
                    outcome = "NOT_REACHABLE";
                    other++;
                } else if (roll < NOT_REACHABLE_PER_MILLE + REFUSED_PER_MILLE) {
                    outcome = "REFUSED";
                    other++;
                } else if (random.nextDouble() < hitChance(loads.getOrDefault(businessId, 0.0))) {
                    outcome = "CORRECTED_ON_SITE";
                    hits++;
                } else {
                    outcome = "NO_PROBLEM";
                    cleans++;
                }
                LocalDate completed = drawDate.plusDays(3 + random.nextInt(25));
                if (!completed.isBefore(today)) {
                    completed = today.minusDays(1);
                }
                LocalDateTime recordedAt = earlier(completed.atTime(9, 0), now);
                AssignmentStore.recordResult(
                        c,
                        id,
                        outcome,
                        null,
                        completed,
                        null,
                        calendar.deadline(completed, Assignments.PUBLICITY_WORKING_DAYS),
                        by,
                        recordedAt);
                LocalDateTime publishedAt = earlier(completed.plusDays(2).atTime(1, 0), now);
                AssignmentStore.publish(c, id, publishedAt);
                published.add(new Change(
                        businessId,
                        (String) target[2],
                        ChangeKind.INSPECTION_RESULT_PUBLISHED,
                        id,
                        item.agencyId(),
                        publishedAt));
                targets++;
            }
            if (!published.isEmpty()) {
                ChangeLogWriter.append(c, published);
            }
            entries.setStatus(planId, AssignmentStore.planDone(c, planId) ? "COMPLETED" : "IN_PROGRESS");
            plans++;
        }
        return new Loaded(plans, targets, hits, cleans, other);
    }

    /** The sum of each target's NEGATIVE indicator loads under the model at the draw date, as the draw scored it. */
    private static Map<Long, Double> loads(Connection c, StoredModel model, LocalDate drawDate, List<Object[]> targets)
            throws SQLException {
        List<BusinessRef> businesses = new ArrayList<>();
        for (Object[] t : targets) {
            businesses.add(new BusinessRef((Long) t[1], (String) t[2]));
        }
        businesses.sort(Comparator.comparingLong(BusinessRef::id));
        Map<Long, Double> loads = new HashMap<>();
        new Rescoring(c).score(businesses, List.of(model), drawDate, false, r -> {
            double sum = 0;
            for (IndicatorResult indicator : r.explanation().indicators()) {
                if (indicator.polarity() == Polarity.NEGATIVE) {
                    sum += indicator.load();
                }
            }
            loads.put(r.business().id(), sum);
        });
        return loads;
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
