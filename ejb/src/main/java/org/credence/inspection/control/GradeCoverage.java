package org.credence.inspection.control;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.credence.credit.control.ModelStore.StoredModel;
import org.credence.credit.control.ScoringRunner;
import org.credence.credit.entity.Grade;
import org.credence.inspection.entity.DrawMode;
import org.credence.platform.jdbc.Jdbc;

/**
 * Whether a plan inspects every grade that has members. Validation (validation-v1) learns how often a
 * grade breaks the rules only from random inspections of that grade: a plan that draws no business of
 * a grade with members leaves that grade's hit rate unknown, so a model whose best grade is never
 * inspected can never be shown wrong. The members of each grade are those of the model's latest full
 * run (the whole population, before the plan's scope and exclusions): the share a plan draws of each
 * grade is applied to them as draw-v1 would apply it to a pool of that size.
 */
public final class GradeCoverage {

    /**
     * A plan's selection against the grades of its model: the members per grade at the full run of
     * {@code asOf} (none when no full run has counted them), the number the plan would draw of each,
     * and the grades with members of which it would draw none.
     */
    public record Coverage(
            long modelId,
            String modelName,
            int modelVersion,
            LocalDate asOf,
            Map<Grade, Long> members,
            Map<Grade, Integer> drawn,
            List<Grade> neverDrawn)
            implements Serializable {

        public boolean warns() {
            return !neverDrawn.isEmpty();
        }
    }

    private GradeCoverage() {}

    /**
     * The grades with members of which a selection draws none; empty when the selection is incomplete
     * (a ratio or weight missing or out of range, no quota), which the plan's own checks refuse.
     */
    public static List<Grade> neverDrawn(
            DrawMode mode,
            Map<Grade, Integer> ratios,
            Integer quotaTotal,
            Map<Grade, Integer> weights,
            Map<Grade, Long> members) {
        Map<Grade, Integer> drawn = drawn(mode, ratios, quotaTotal, weights, members);
        List<Grade> never = new ArrayList<>();
        if (drawn == null) {
            return never;
        }
        for (Grade g : Grade.values()) {
            if (members.getOrDefault(g, 0L) > 0 && drawn.get(g) == 0) {
                never.add(g);
            }
        }
        return never;
    }

    /** How many of each grade's members the selection draws (draw-v1's allocation), or null when it is incomplete. */
    static Map<Grade, Integer> drawn(
            DrawMode mode,
            Map<Grade, Integer> ratios,
            Integer quotaTotal,
            Map<Grade, Integer> weights,
            Map<Grade, Long> members) {
        if (mode == null) {
            return null;
        }
        Map<Grade, Integer> pool = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            pool.put(g, (int) Math.min(Integer.MAX_VALUE, Math.max(0, members.getOrDefault(g, 0L))));
        }
        if (mode == DrawMode.RATIO) {
            if (!complete(ratios, 10_000)) {
                return null;
            }
            return DrawMethod.allocate(new DrawMethod.Rules(mode, ratios, 0, null, Map.of(), List.of()), pool);
        }
        if (quotaTotal == null
                || quotaTotal < 1
                || !complete(weights, 10_000)
                || weights.values().stream().allMatch(w -> w == 0)) {
            return null;
        }
        return DrawMethod.allocate(new DrawMethod.Rules(mode, null, quotaTotal, weights, Map.of(), List.of()), pool);
    }

    private static boolean complete(Map<Grade, Integer> values, int max) {
        if (values == null) {
            return false;
        }
        for (Grade g : Grade.values()) {
            Integer v = values.get(g);
            if (v == null || v < 0 || v > max) {
                return false;
            }
        }
        return true;
    }

    /** The coverage of a selection under {@code model}, against the grades of the model's latest full run. */
    public static Coverage of(
            Connection c,
            StoredModel model,
            DrawMode mode,
            Map<Grade, Integer> ratios,
            Integer quotaTotal,
            Map<Grade, Integer> weights)
            throws SQLException {
        Object[] run = Jdbc.one(
                c,
                "select r.id, r.as_of from credit_run r where r.kind = 'FULL' and r.status = 'COMPLETED'"
                        + " and exists (select 1 from credit_run_grade g where g.run_id = r.id and g.model_id = ?)"
                        + " order by r.as_of desc, r.id desc fetch first 1 rows only",
                rs -> new Object[] {rs.getLong(1), Jdbc.date(rs, "as_of")},
                model.id());
        Map<Grade, Long> members =
                run == null ? new EnumMap<>(Grade.class) : ScoringRunner.grades(c, (Long) run[0], model.id());
        Map<Grade, Integer> drawn = run == null ? null : drawn(mode, ratios, quotaTotal, weights, members);
        List<Grade> never = run == null ? List.of() : neverDrawn(mode, ratios, quotaTotal, weights, members);
        return new Coverage(
                model.id(),
                model.name(),
                model.version(),
                run == null ? null : (LocalDate) run[1],
                ordered(members),
                drawn == null ? Map.of() : ordered(drawn),
                List.copyOf(never));
    }

    private static <V> Map<Grade, V> ordered(Map<Grade, V> values) {
        return java.util.Collections.unmodifiableMap(new EnumMap<>(values));
    }
}
