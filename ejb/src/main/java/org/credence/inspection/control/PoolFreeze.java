package org.credence.inspection.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.credit.control.ModelStore;
import org.credence.credit.control.ModelStore.StoredModel;
import org.credence.credit.control.Rescoring;
import org.credence.credit.control.Rescoring.BusinessRef;
import org.credence.credit.entity.Grade;
import org.credence.inspection.control.DrawInputs.Excluded;
import org.credence.inspection.control.DrawMethod.Member;
import org.credence.inspection.entity.Item;
import org.credence.inspection.entity.Plan;
import org.credence.inspection.entity.Scope;
import org.credence.platform.jdbc.Jdbc;

/**
 * Freezes a draw's pool in JDBC: the operating businesses the plan's and its items' scopes cover, with
 * their grade under the plan's model as of the draw date (scored then if they have none), less those
 * {@link DrawRules.Earlier earlier inspections} exclude.
 */
public final class PoolFreeze {

    private static final int SCORING_CHUNK = 5000;

    private PoolFreeze() {}

    /** The pool after exclusions, with each member's business id, and the exclusions with reasons. */
    public record Frozen(List<Member> members, long[] businessIds, List<Excluded> exclusions, StoredModel model) {}

    /**
     * The pool as of {@code drawDate}: operating businesses covered by the plan's and every item's
     * scope, with their grade under the plan's model (scored now if they have none), less exclusions.
     */
    public static Frozen freeze(Connection c, Plan plan, LocalDate drawDate) throws SQLException {
        StoredModel model = model(c, plan, drawDate);
        List<Scope> scopes = new ArrayList<>();
        scopes.add(plan.scope());
        plan.items().forEach(i -> scopes.add(i.scope()));
        Map<Long, Set<String>> platforms = scopes.stream().anyMatch(Scope::needsPlatforms) ? platforms(c) : null;
        DrawRules.Earlier history = history(c, plan, drawDate);

        List<Member> members = new ArrayList<>();
        LongList ids = new LongList();
        List<BusinessRef> unscored = new ArrayList<>();
        List<String[]> unscoredFacts = new ArrayList<>();
        // the scope columns are read only when a scope looks at them: a million fewer strings to decode
        boolean byType = scopes.stream().anyMatch(sc -> !sc.entityTypes().isEmpty());
        boolean byIndustry = scopes.stream().anyMatch(sc -> !sc.industries().isEmpty());
        try (PreparedStatement businesses = c.prepareStatement("select id, uscc, region_code, "
                        + (byType ? "entity_type" : "null") + ", " + (byIndustry ? "industry_code" : "null")
                        + " from business where status = 'OPERATING' order by id");
                PreparedStatement scores = c.prepareStatement("select business_id, grade from credit_score"
                        + " where model_id = ? and as_of <= ? order by business_id, as_of, id")) {
            businesses.setFetchSize(10_000);
            scores.setFetchSize(10_000);
            scores.setLong(1, model.id());
            scores.setDate(2, java.sql.Date.valueOf(drawDate));
            try (ResultSet b = businesses.executeQuery();
                    ResultSet s = scores.executeQuery()) {
                boolean more = s.next();
                while (b.next()) {
                    long id = b.getLong(1);
                    String grade = null;
                    while (more && s.getLong(1) <= id) {
                        if (s.getLong(1) == id) {
                            grade = s.getString(2);
                        }
                        more = s.next();
                    }
                    String uscc = b.getString(2);
                    String region = b.getString(3);
                    Set<String> shops = platforms == null ? Set.of() : platforms.getOrDefault(id, Set.of());
                    boolean covered = true;
                    for (Scope scope : scopes) {
                        covered &= scope.covers(b.getString(4), b.getString(5), region, shops);
                    }
                    if (!covered) {
                        continue;
                    }
                    if (grade == null) {
                        unscored.add(new BusinessRef(id, uscc));
                        unscoredFacts.add(new String[] {region});
                        continue;
                    }
                    members.add(new Member(uscc, Grade.valueOf(grade), region));
                    ids.add(id);
                }
            }
        }
        if (!unscored.isEmpty()) {
            scoreNow(c, model, drawDate, unscored, unscoredFacts, members, ids);
        }
        List<Member> pool = new ArrayList<>(members.size());
        LongList poolIds = new LongList();
        List<Excluded> exclusions = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            Exclusion reason = history.exclusion(ids.get(i), m.grade(), plan);
            if (reason != null) {
                exclusions.add(new Excluded(m.uscc(), reason));
            } else {
                pool.add(m);
                poolIds.add(ids.get(i));
            }
        }
        return new Frozen(pool, poolIds.toArray(), exclusions, model);
    }

    /** Businesses without a score under the model are scored as of the draw date (not stored: the pool records the grade). */
    private static void scoreNow(
            Connection c,
            StoredModel model,
            LocalDate drawDate,
            List<BusinessRef> unscored,
            List<String[]> facts,
            List<Member> members,
            LongList ids)
            throws SQLException {
        Rescoring rescoring = new Rescoring(c);
        for (int from = 0; from < unscored.size(); from += SCORING_CHUNK) {
            List<BusinessRef> chunk = unscored.subList(from, Math.min(unscored.size(), from + SCORING_CHUNK));
            Map<Long, Grade> grades = new HashMap<>();
            rescoring.score(
                    chunk,
                    List.of(model),
                    drawDate,
                    false,
                    r -> grades.put(r.business().id(), r.explanation().grade()));
            for (int i = 0; i < chunk.size(); i++) {
                BusinessRef b = chunk.get(i);
                members.add(new Member(b.uscc(), grades.get(b.id()), facts.get(from + i)[0]));
                ids.add(b.id());
            }
        }
    }

    /** The plan's model, else the lead agency's model in force, else market regulation's. */
    public static StoredModel model(Connection c, Plan plan, LocalDate date) throws SQLException {
        return model(c, plan.modelId(), plan.leadAgencyId(), date);
    }

    /** The model a plan with this model (null: none named) and lead agency draws under on {@code date}. */
    public static StoredModel model(Connection c, Long modelId, long leadAgencyId, LocalDate date) throws SQLException {
        if (modelId != null) {
            return ModelStore.find(c, modelId);
        }
        List<StoredModel> inForce = ModelStore.inForce(c, date);
        Long samr = Jdbc.one(c, "select id from agency where code = 'SAMR'", rs -> rs.getLong(1));
        for (long agency : new long[] {leadAgencyId, samr == null ? -1 : samr}) {
            for (StoredModel m : inForce) {
                if (m.agencyId() == agency) {
                    return m;
                }
            }
        }
        throw new IllegalStateException("no credit model is in force for the plan's lead agency or market regulation");
    }

    private static Map<Long, Set<String>> platforms(Connection c) throws SQLException {
        Map<Long, Set<String>> platforms = new HashMap<>();
        Jdbc.list(c, "select business_id, platform from online_shop", rs -> {
            platforms.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
            return null;
        });
        return platforms;
    }

    private static long[] sorted(java.util.Collection<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
    }

    private static DrawRules.Earlier history(Connection c, Plan plan, LocalDate drawDate) throws SQLException {
        LocalDate yearStart = drawDate.withDayOfYear(1);
        String stood = " from draw_target t join inspection_draw d on d.id = t.draw_id"
                + " where d.status = 'DRAWN' and t.status = 'STAFFED'";
        List<Long> thisYear =
                Jdbc.list(c, "select t.business_id" + stood + " and d.draw_date >= ?", rs -> rs.getLong(1), yearStart);
        List<Long> recent = new ArrayList<>();
        List<Long> atCap = new ArrayList<>();
        for (Item item : plan.items()) {
            String ofItem =
                    stood + " and exists (select 1 from plan_item pi where pi.plan_id = d.plan_id and pi.item_id = ?)";
            if (plan.repeatMonths() > 0) {
                recent.addAll(Jdbc.list(
                        c,
                        "select t.business_id" + ofItem + " and d.draw_date > ?",
                        rs -> rs.getLong(1),
                        item.id(),
                        drawDate.minusMonths(plan.repeatMonths())));
            }
            atCap.addAll(Jdbc.list(
                    c,
                    "select t.business_id" + ofItem + " and d.draw_date >= ? group by t.business_id"
                            + " having count(*) >= ?",
                    rs -> rs.getLong(1),
                    item.id(),
                    yearStart,
                    item.annualCap()));
        }
        Map<AnnualCap, Map<Long, Integer>> agencyCaps = new java.util.LinkedHashMap<>();
        for (long agency : plan.agencyIds()) {
            AnnualCap cap = AnnualCaps.find(c, agency);
            if (cap != null) {
                agencyCaps.put(cap, AnnualCaps.inspectedThisYear(c, agency, drawDate));
            }
        }
        return new DrawRules.Earlier(sorted(thisYear), sorted(recent), sorted(atCap), agencyCaps);
    }

    /** A growable list of longs, so a million business ids do not become a million boxes. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long get(int i) {
            return values[i];
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
