package org.credence.inspection.control;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.credence.credit.control.ModelStore;
import org.credence.credit.control.ModelStore.StoredModel;
import org.credence.credit.control.Rescoring;
import org.credence.credit.control.Rescoring.BusinessRef;
import org.credence.credit.entity.Grade;
import org.credence.inspection.control.DrawInputs.Excluded;
import org.credence.inspection.control.DrawMethod.Inputs;
import org.credence.inspection.control.DrawMethod.Inspector;
import org.credence.inspection.control.DrawMethod.Member;
import org.credence.inspection.control.DrawMethod.Outcome;
import org.credence.inspection.control.DrawMethod.Target;
import org.credence.platform.Message;
import org.credence.platform.jdbc.Jdbc;
import org.credence.platform.jdbc.TableWriter;

/**
 * Draws in JDBC: scheduling a draw with its seed commitment, freezing the pool and the eligible
 * inspectors, running {@link DrawMethod}, writing targets, teams and the frozen inputs in the
 * caller's transaction, and verifying a stored draw against a recomputation.
 */
public final class DrawStore {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SCORING_CHUNK = 5000;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(DrawStore.class.getName());

    /**
     * Takes the one lock all draws share, until the transaction ends: a draw reads earlier draws
     * (exclusions, previous teams), so two plans drawn at once must not miss each other.
     */
    public static void lockDraws(Connection c) throws SQLException {
        Jdbc.patient(c);
        Jdbc.one(c, "select id from draw_lock where id = 1 for update", rs -> rs.getLong(1));
    }

    public record Draw(
            long id,
            String key,
            long planId,
            LocalDateTime dueAt,
            String status,
            String serverSeed,
            String commitment,
            String publicEntropy,
            Long modelId,
            LocalDate drawDate,
            LocalDateTime drawnAt,
            String drawnBy,
            String poolHash,
            Integer poolSize,
            String summary,
            LocalDateTime cancelledAt,
            String cancelledBy,
            String cancelReason,
            String replacedBy,
            String failure)
            implements Serializable {

        public boolean drawn() {
            return "DRAWN".equals(status);
        }

        /** The seed the draw used: revealed only once drawn. */
        public String seed() {
            return publicEntropy == null ? serverSeed : serverSeed + ":" + publicEntropy;
        }

        public JsonObject summaryJson() {
            return summary == null
                    ? null
                    : READERS.createReader(new StringReader(summary)).readObject();
        }
    }

    /** A stored target with its team (inspector codes in seat order). */
    /** A target as stored, with the business's name as registered now (for people reading the draw). */
    public record StoredTarget(
            long id,
            int ordinal,
            long businessId,
            String uscc,
            Grade grade,
            String ticket,
            String status,
            String unstaffedReason,
            List<String> team,
            String businessName)
            implements Serializable {}

    /** What a draw did, for the caller to log. */
    public record Result(Draw draw, Outcome outcome) {}

    private DrawStore() {}

    // --- scheduling ---

    /** Creates the next draw of a plan, due at {@code dueAt}, with a fresh server seed and its public commitment. */
    public static Draw schedule(Connection c, Plan plan, LocalDateTime dueAt, LocalDateTime now) throws SQLException {
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        String seedHex = HexFormat.of().formatHex(seed);
        int n = Jdbc.one(c, "select count(*) from inspection_draw where plan_id = ?", rs -> rs.getInt(1), plan.id())
                + 1;
        String key = String.format("%d-P%04d-%03d", dueAt.getYear(), plan.id(), n);
        Jdbc.insert(
                c,
                "insert into inspection_draw (draw_key, plan_id, due_at, status, server_seed, seed_commitment,"
                        + " created_at) values (?, ?, ?, 'SCHEDULED', ?, ?, ?)",
                key,
                plan.id(),
                dueAt,
                seedHex,
                sha256Hex(seedHex),
                now);
        return find(c, key);
    }

    public static Draw find(Connection c, String key) throws SQLException {
        return Jdbc.one(c, "select * from inspection_draw where draw_key = ?", DrawStore::draw, key);
    }

    public static Draw scheduled(Connection c, long planId) throws SQLException {
        return Jdbc.one(
                c,
                "select * from inspection_draw where plan_id = ? and status = 'SCHEDULED' order by due_at, id",
                DrawStore::draw,
                planId);
    }

    /** Every SCHEDULED draw of a plan that is still open. */
    public static List<Draw> allScheduled(Connection c) throws SQLException {
        return Jdbc.list(
                c,
                "select d.* from inspection_draw d join inspection_plan p on p.id = d.plan_id"
                        + " where d.status = 'SCHEDULED' and p.status not in ('DRAFT', 'CANCELLED', 'COMPLETED') order by d.id",
                DrawStore::draw);
    }

    public static List<Draw> ofPlan(Connection c, long planId) throws SQLException {
        return Jdbc.list(c, "select * from inspection_draw where plan_id = ? order by id", DrawStore::draw, planId);
    }

    public static void cancel(Connection c, Draw draw, String reason, String replacedBy, String by, LocalDateTime now)
            throws SQLException {
        Jdbc.update(
                c,
                "update inspection_draw set status = 'CANCELLED', cancel_reason = ?, cancelled_by = ?,"
                        + " cancelled_at = ?, replaced_by = ? where id = ?",
                reason,
                by,
                now,
                replacedBy,
                draw.id());
    }

    public static void recordFailure(Connection c, long drawId, String failure) throws SQLException {
        Jdbc.update(
                c,
                "update inspection_draw set failure = ? where id = ?",
                failure.length() > 1000 ? failure.substring(0, 1000) : failure,
                drawId);
    }

    // --- drawing ---

    /** The pool after exclusions, with each member's business id, and the exclusions with reasons. */
    public record Frozen(List<Member> members, long[] businessIds, List<Excluded> exclusions, StoredModel model) {}

    /**
     * Draws: freezes the pool and the inspectors as of {@code drawDate}, runs draw-v1, writes targets,
     * teams and inputs, and marks the draw DRAWN. The caller holds the plan's lock and checks the rules
     * that refuse a draw ({@link #quotaProblem}).
     */
    public static Result perform(
            Connection c,
            Plan plan,
            Draw draw,
            String publicEntropy,
            LocalDate drawDate,
            String by,
            LocalDateTime now,
            Frozen frozen)
            throws SQLException {
        long t0 = System.nanoTime();
        Map<String, Long> inspectorIds = new HashMap<>();
        List<Inspector> inspectors = eligibleInspectors(c, plan, drawDate, inspectorIds);
        String seed = publicEntropy == null ? draw.serverSeed() : draw.serverSeed() + ":" + publicEntropy;
        Inputs inputs = new Inputs(
                draw.key(),
                seed,
                plan.rules(),
                frozen.members(),
                inspectors,
                conflicts(c, inspectorIds.keySet()),
                previousTeams(c, plan));
        long t1 = System.nanoTime();
        Outcome outcome = DrawMethod.draw(inputs);
        long t2 = System.nanoTime();
        // compressing the inputs takes the CPU while the database takes the targets
        java.util.concurrent.CompletableFuture<byte[]> compressed = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> DrawInputs.compress(inputs, frozen.exclusions()));
        writeTargets(c, draw.id(), outcome, frozen, inspectorIds);
        org.credence.validation.control.ObservationStore.keepSnapshots(
                c, draw.id(), frozen.model().id(), drawDate);
        long t3 = System.nanoTime();
        try (PreparedStatement input = c.prepareStatement("insert into draw_input (draw_id, content) values (?, ?)")) {
            input.setLong(1, draw.id());
            input.setBytes(2, compressed.join());
            input.executeUpdate();
        }
        long t4 = System.nanoTime();
        LOG.info(() -> "draw " + draw.key() + ": inspectors and conflicts " + (t1 - t0) / 1_000_000 + " ms, draw-v1 "
                + (t2 - t1) / 1_000_000 + " ms, targets and teams written " + (t3 - t2) / 1_000_000
                + " ms, inputs stored "
                + (t4 - t3) / 1_000_000 + " ms");
        String summary =
                summary(outcome, DrawInputs.countByReason(frozen.exclusions())).toString();
        Jdbc.update(
                c,
                "update inspection_draw set status = 'DRAWN', public_entropy = ?, model_id = ?, draw_date = ?,"
                        + " drawn_at = ?, drawn_by = ?, pool_hash = ?, pool_size = ?, summary = ?, failure = null where id = ?",
                publicEntropy,
                frozen.model().id(),
                drawDate,
                now,
                by,
                outcome.poolHash(),
                frozen.members().size(),
                summary,
                draw.id());
        return new Result(find(c, draw.key()), outcome);
    }

    /** Why a QUOTA plan cannot be drawn from this pool (422), or null. */
    public static Message quotaProblem(Plan plan, Frozen frozen) {
        if (plan.mode() != DrawMethod.Mode.QUOTA) {
            return null;
        }
        int pool = frozen.members().size();
        if (plan.quotaTotal() > pool) {
            return Message.of("quota-exceeds-pool", plan.quotaTotal(), pool);
        }
        for (Item item : plan.items()) {
            if (item.general()
                    && item.maxRatioBp() != null
                    && pool > 0
                    && (long) plan.quotaTotal() * 10000 > (long) item.maxRatioBp() * pool) {
                return Message.of(
                        "quota-exceeds-item-ratio",
                        plan.quotaTotal(),
                        pool,
                        item.code(),
                        new Message.Percent(item.maxRatioBp()));
            }
        }
        return null;
    }

    /** The frozen pool's size per grade. */
    public static Map<Grade, Integer> poolByGrade(Frozen frozen) {
        Map<Grade, Integer> sizes = new java.util.EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            sizes.put(g, 0);
        }
        frozen.members().forEach(m -> sizes.merge(m.grade(), 1, Integer::sum));
        return sizes;
    }

    /**
     * Why a RATIO plan cannot be drawn from this pool (422), or null: rounding {@code N_g * bp_g} up can give a
     * small stratum a larger share than a GENERAL item's maximum, although each ratio was within it when the
     * plan was saved; so the maximum is checked here again, per grade, on the real pool.
     */
    public static Message ratioProblem(DrawMethod.Rules rules, List<Item> items, Map<Grade, Integer> poolByGrade) {
        if (rules.mode() != DrawMethod.Mode.RATIO) {
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
     * The pool as of {@code drawDate}: operating businesses covered by the plan's and every item's
     * scope, with their grade under the plan's model (scored now if they have none), less exclusions.
     */
    public static Frozen freeze(Connection c, Plan plan, LocalDate drawDate) throws SQLException {
        StoredModel model = model(c, plan, drawDate);
        List<Scope> scopes = new ArrayList<>();
        scopes.add(plan.scope());
        plan.items().forEach(i -> scopes.add(i.scope()));
        Map<Long, Set<String>> platforms = scopes.stream().anyMatch(Scope::needsPlatforms) ? platforms(c) : null;
        History history = history(c, plan, drawDate);

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

    /**
     * Earlier inspections (staffed targets of draws that stand) that exclude a business: sorted business
     * ids, and for each agency of the plan that published an annual cap, the cap and this year's count
     * per business.
     */
    private record History(
            long[] drawnThisYear,
            long[] sameItemRecently,
            long[] atCap,
            Map<AnnualCap, Map<Long, Integer>> agencyCaps) {

        Exclusion exclusion(long businessId, Grade grade, Plan plan) {
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

    private static long[] sorted(java.util.Collection<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
    }

    private static History history(Connection c, Plan plan, LocalDate drawDate) throws SQLException {
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
        return new History(sorted(thisYear), sorted(recent), sorted(atCap), agencyCaps);
    }

    /**
     * Inspectors who pass the checks that do not depend on the target: active, in one of the plan's
     * agencies, certificate valid on the draw date, and qualified on that date for every plan item
     * their agency owns (and there is at least one).
     */
    static List<Inspector> eligibleInspectors(Connection c, Plan plan, LocalDate drawDate, Map<String, Long> ids)
            throws SQLException {
        Map<Long, Set<Long>> qualified = new HashMap<>();
        Jdbc.list(
                c,
                "select inspector_id, item_id from inspector_qualification where valid_from <= ? and valid_until >= ?",
                rs -> qualified
                        .computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(rs.getLong(2)),
                drawDate,
                drawDate);
        List<Inspector> eligible = new ArrayList<>();
        for (Object[] row : Jdbc.list(
                c,
                "select i.id, i.code, a.code, i.jurisdiction, i.max_assignments, i.agency_id"
                        + " from inspector i join agency a on a.id = i.agency_id where i.status = 'ACTIVE'"
                        + " and i.certificate_expiry >= ? order by i.code",
                rs -> new Object[] {
                    rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getLong(6)
                },
                drawDate)) {
            long agencyId = (Long) row[5];
            if (!plan.agencyIds().contains(agencyId)) {
                continue;
            }
            List<Long> own = plan.items().stream()
                    .filter(i -> i.agencyId() == agencyId)
                    .map(Item::id)
                    .toList();
            if (own.isEmpty()
                    || !qualified.getOrDefault((Long) row[0], Set.of()).containsAll(own)) {
                continue;
            }
            eligible.add(
                    new Inspector((String) row[1], (String) row[2], Scope.split((String) row[3]), (Integer) row[4]));
            ids.put((String) row[1], (Long) row[0]);
        }
        return eligible;
    }

    private static Map<String, Set<String>> conflicts(Connection c, Set<String> codes) throws SQLException {
        Map<String, Set<String>> conflicts = new HashMap<>();
        Jdbc.list(
                c,
                "select i.code, b.uscc from inspector_conflict k join inspector i on i.id = k.inspector_id"
                        + " join business b on b.id = k.business_id",
                rs -> {
                    if (codes.contains(rs.getString(1))) {
                        conflicts
                                .computeIfAbsent(rs.getString(1), k -> new HashSet<>())
                                .add(rs.getString(2));
                    }
                    return null;
                });
        return conflicts;
    }

    /** For each business inspected before for one of the plan's items: the team of its latest such inspection. */
    private static Map<String, Set<String>> previousTeams(Connection c, Plan plan) throws SQLException {
        Map<String, Set<String>> teams = new HashMap<>();
        if (plan.items().isEmpty()) {
            return teams;
        }
        Map<String, Long> latest = new HashMap<>();
        Jdbc.list(
                c,
                "select t.uscc, d.id, m.inspector_code from draw_target t join inspection_draw d on d.id = t.draw_id"
                        + " join draw_team_member m on m.draw_id = t.draw_id and m.ordinal = t.ordinal"
                        + " where d.status = 'DRAWN' and t.status = 'STAFFED' and exists (select 1 from plan_item pi"
                        + " where pi.plan_id = d.plan_id and pi.item_id in ("
                        + Jdbc.placeholders(plan.items().size()) + "))"
                        + " order by t.uscc, d.drawn_at desc, d.id desc",
                rs -> {
                    String uscc = rs.getString(1);
                    long draw = rs.getLong(2);
                    Long first = latest.putIfAbsent(uscc, draw);
                    if (first == null || first == draw) {
                        teams.computeIfAbsent(uscc, k -> new HashSet<>()).add(rs.getString(3));
                    }
                    return null;
                },
                plan.items().stream().map(Item::id).toArray());
        return teams;
    }

    private static final List<String> TARGET_COLUMNS = List.of(
            "draw_id", "ordinal", "business_id", "uscc", "grade", "ticket", "status", "unstaffed_reason", "version");
    private static final List<String> MEMBER_COLUMNS =
            List.of("draw_id", "ordinal", "seat", "inspector_id", "inspector_code");

    private static void writeTargets(
            Connection c, long drawId, Outcome outcome, Frozen frozen, Map<String, Long> inspectorIds)
            throws SQLException {
        Map<String, Long> businessIds = new HashMap<>(outcome.targets().size() * 2);
        outcome.targets().forEach(t -> businessIds.put(t.uscc(), null));
        for (int i = 0; i < frozen.members().size(); i++) {
            String uscc = frozen.members().get(i).uscc();
            if (businessIds.containsKey(uscc)) {
                businessIds.put(uscc, frozen.businessIds()[i]);
            }
        }
        List<Object[]> targets = new ArrayList<>(outcome.targets().size());
        List<Object[]> members = new ArrayList<>(outcome.targets().size() * 2);
        int ordinal = 0;
        for (Target t : outcome.targets()) {
            ordinal++;
            targets.add(new Object[] {
                drawId,
                ordinal,
                businessIds.get(t.uscc()),
                t.uscc(),
                t.grade().name(),
                t.ticket(),
                t.staffed() ? "STAFFED" : "UNSTAFFED",
                t.unstaffedReason(),
                0L
            });
            for (int seat = 0; seat < t.team().size(); seat++) {
                String code = t.team().get(seat);
                members.add(new Object[] {drawId, ordinal, seat + 1, inspectorIds.get(code), code});
            }
        }
        TableWriter.write(c, "draw_target", TARGET_COLUMNS, targets);
        TableWriter.write(c, "draw_team_member", MEMBER_COLUMNS, members);
    }

    static JsonObject summary(Outcome outcome, Map<Exclusion, Integer> exclusions) {
        JsonObjectBuilder excluded = JSON.createObjectBuilder();
        exclusions.forEach((reason, n) -> excluded.add(reason.name(), n));
        long staffed = outcome.targets().stream().filter(Target::staffed).count();
        return JSON.createObjectBuilder()
                .add("method", DrawMethod.VERSION)
                .add("poolByGrade", grades(outcome.poolByGrade()))
                .add("exclusionsByReason", excluded)
                .add("selectedByGrade", grades(outcome.selectedByGrade()))
                .add("staffed", staffed)
                .add("unstaffed", outcome.targets().size() - staffed)
                .build();
    }

    private static JsonObjectBuilder grades(Map<Grade, Integer> values) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        for (Grade g : Grade.values()) {
            b.add(g.name(), values.get(g));
        }
        return b;
    }

    // --- reading and verifying ---

    public static List<StoredTarget> targets(Connection c, long drawId, int offset, int limit) throws SQLException {
        List<StoredTarget> targets = Jdbc.list(
                c,
                "select t.id, t.ordinal, t.business_id, t.uscc, t.grade, t.ticket, t.status,"
                        + " t.unstaffed_reason, b.name from draw_target t left join business b on b.id = t.business_id"
                        + " where t.draw_id = ? and t.ordinal > ? and t.ordinal <= ? order by t.ordinal",
                rs -> new StoredTarget(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getLong(3),
                        rs.getString(4),
                        Grade.valueOf(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        new ArrayList<>(),
                        rs.getString(9)),
                drawId,
                offset,
                offset + limit);
        if (targets.isEmpty()) {
            return targets;
        }
        Map<Integer, StoredTarget> byOrdinal = new HashMap<>();
        targets.forEach(t -> byOrdinal.put(t.ordinal(), t));
        Jdbc.list(
                c,
                "select ordinal, inspector_code from draw_team_member where draw_id = ? and ordinal > ? and ordinal <= ?"
                        + " order by ordinal, seat",
                rs -> byOrdinal.get(rs.getInt(1)).team().add(rs.getString(2)),
                drawId,
                offset,
                offset + limit);
        return targets;
    }

    /** The first UNSTAFFED targets of a draw in ordinal order, each with the reason it has no team. */
    public static List<StoredTarget> unstaffed(Connection c, long drawId, int limit) throws SQLException {
        return Jdbc.list(
                c,
                "select t.id, t.ordinal, t.business_id, t.uscc, t.grade, t.ticket, t.status, t.unstaffed_reason,"
                        + " b.name from draw_target t left join business b on b.id = t.business_id where t.draw_id = ?"
                        + " and t.status = 'UNSTAFFED' order by t.ordinal fetch first " + limit + " rows only",
                rs -> new StoredTarget(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getLong(3),
                        rs.getString(4),
                        Grade.valueOf(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        List.of(),
                        rs.getString(9)),
                drawId);
    }

    public static byte[] inputs(Connection c, long drawId) throws SQLException {
        return Jdbc.one(c, "select content from draw_input where draw_id = ?", rs -> rs.getBytes(1), drawId);
    }

    /**
     * Recomputes a drawn draw from its stored inputs and compares everything published: the seed
     * against its commitment, the pool hash, the counts, every target, ticket and team. Returns the
     * differences, empty when the draw stands.
     */
    public static List<String> verify(Connection c, Draw draw) throws SQLException {
        List<String> differences = new ArrayList<>();
        if (!sha256Hex(draw.serverSeed()).equals(draw.commitment())) {
            differences.add("the server seed does not match its published commitment");
        }
        byte[] stored = inputs(c, draw.id());
        if (stored == null) {
            differences.add("the draw's inputs are missing");
            return differences;
        }
        DrawInputs.Stored in = DrawInputs.decompress(stored);
        if (!in.inputs().seed().equals(draw.seed())) {
            differences.add("the stored inputs use another seed than the draw's");
        }
        if (!in.inputs().drawKey().equals(draw.key())) {
            differences.add("the stored inputs belong to draw " + in.inputs().drawKey());
        }
        Outcome outcome = DrawMethod.draw(in.inputs());
        compare(differences, "pool hash", outcome.poolHash(), draw.poolHash());
        compare(differences, "pool size", in.inputs().pool().size(), draw.poolSize());
        JsonObject published = draw.summaryJson();
        JsonObject recomputed = summary(outcome, DrawInputs.countByReason(in.exclusions()));
        for (String field : List.of("poolByGrade", "exclusionsByReason", "selectedByGrade", "staffed", "unstaffed")) {
            Object was = published == null ? null : published.get(field);
            if ("exclusionsByReason".equals(field) && was instanceof JsonObject counts) {
                was = withEveryReason(counts); // a reason added later counts none in a draw made before it
            }
            compare(differences, field, recomputed.get(field), was);
        }
        List<StoredTarget> targets = targets(c, draw.id(), 0, Integer.MAX_VALUE - 1);
        compare(differences, "number of targets", outcome.targets().size(), targets.size());
        for (int i = 0; i < Math.min(targets.size(), outcome.targets().size()); i++) {
            Target want = outcome.targets().get(i);
            StoredTarget got = targets.get(i);
            String at = "target " + (i + 1) + " ";
            compare(differences, at + "USCC", want.uscc(), got.uscc());
            compare(differences, at + "ticket", want.ticket(), got.ticket());
            compare(differences, at + "grade", want.grade(), got.grade());
            compare(differences, at + "staffing", want.staffed() ? "STAFFED" : "UNSTAFFED", got.status());
            compare(differences, at + "team", want.team(), got.team());
            compare(differences, at + "unstaffed reason", want.unstaffedReason(), got.unstaffedReason());
        }
        // the ids that give assignments their business and their team must agree with the published codes
        int strayBusinesses = Jdbc.one(
                        c,
                        "select count(*) from draw_target t join business b on b.id = t.business_id"
                                + " where t.draw_id = ? and b.uscc <> t.uscc",
                        rs -> rs.getInt(1),
                        draw.id())
                + Jdbc.one(
                        c,
                        "select count(*) from draw_target t where t.draw_id = ? and not exists (select 1 from business b"
                                + " where b.id = t.business_id)",
                        rs -> rs.getInt(1),
                        draw.id());
        if (strayBusinesses > 0) {
            differences.add(strayBusinesses + " targets point at another business than their USCC");
        }
        int strayInspectors = Jdbc.one(
                c,
                "select count(*) from draw_team_member m join inspector i on i.id = m.inspector_id"
                        + " where m.draw_id = ? and i.code <> m.inspector_code",
                rs -> rs.getInt(1),
                draw.id());
        if (strayInspectors > 0) {
            differences.add(strayInspectors + " team seats point at another inspector than their code");
        }
        return differences;
    }

    private static JsonObject withEveryReason(JsonObject counts) {
        JsonObjectBuilder all = JSON.createObjectBuilder(counts);
        for (Exclusion reason : Exclusion.values()) {
            if (!counts.containsKey(reason.name())) {
                all.add(reason.name(), 0);
            }
        }
        return all.build();
    }

    private static void compare(List<String> differences, String what, Object recomputed, Object stored) {
        if (!Objects.equals(recomputed, stored)) {
            differences.add(what + ": recomputed " + recomputed + ", stored " + stored);
        }
    }

    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(DrawMethod.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Draw draw(ResultSet rs) throws SQLException {
        return new Draw(
                rs.getLong("id"),
                rs.getString("draw_key"),
                rs.getLong("plan_id"),
                Jdbc.time(rs, "due_at"),
                rs.getString("status"),
                rs.getString("server_seed"),
                rs.getString("seed_commitment"),
                rs.getString("public_entropy"),
                Jdbc.longOrNull(rs, "model_id"),
                Jdbc.date(rs, "draw_date"),
                Jdbc.time(rs, "drawn_at"),
                rs.getString("drawn_by"),
                rs.getString("pool_hash"),
                Jdbc.integer(rs, "pool_size"),
                rs.getString("summary"),
                Jdbc.time(rs, "cancelled_at"),
                rs.getString("cancelled_by"),
                rs.getString("cancel_reason"),
                rs.getString("replaced_by"),
                rs.getString("failure"));
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
