package org.credence.inspection.control;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.credence.credit.entity.Grade;
import org.credence.inspection.control.DrawMethod.Inputs;
import org.credence.inspection.control.DrawMethod.Inspector;
import org.credence.inspection.control.DrawMethod.Outcome;
import org.credence.inspection.control.DrawMethod.Target;
import org.credence.inspection.entity.Draw;
import org.credence.inspection.entity.DrawSeed;
import org.credence.inspection.entity.Item;
import org.credence.inspection.entity.Plan;
import org.credence.inspection.entity.Scope;
import org.credence.inspection.entity.StoredTarget;
import org.credence.platform.Message;
import org.credence.platform.jdbc.Jdbc;
import org.credence.platform.jdbc.SqlDialect;
import org.credence.platform.jdbc.TableWriter;

/**
 * Draws in JDBC: scheduling a draw with its seed commitment ({@link DrawSeed}), running
 * {@link DrawMethod} on a {@link PoolFreeze frozen pool} and the eligible inspectors, writing targets,
 * teams and the frozen inputs in the caller's transaction, and reading a stored draw back (its
 * verification is {@link DrawVerification}).
 */
public final class DrawStore {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(DrawStore.class.getName());

    /**
     * Takes the one lock all draws share, until the transaction ends: a draw reads earlier draws
     * (exclusions, previous teams), so two plans drawn at once must not miss each other.
     */
    public static void lockDraws(Connection c) throws SQLException {
        SqlDialect.of(c).patient(c);
        Jdbc.one(c, "select id from draw_lock where id = 1 for update", rs -> rs.getLong(1));
    }

    /** What a draw did, for the caller to log. */
    public record Result(Draw draw, Outcome outcome) {}

    private DrawStore() {}

    // --- scheduling ---

    /** Creates the next draw of a plan, due at {@code dueAt}, with a fresh server seed and its public commitment. */
    public static Draw schedule(Connection c, Plan plan, LocalDateTime dueAt, LocalDateTime now) throws SQLException {
        String seedHex = DrawSeed.newServerSeed();
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
                DrawSeed.commitment(seedHex),
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

    /** Records why a scheduled draw could not be made, in English and in Chinese. */
    public static void recordFailure(Connection c, long drawId, Message failure) throws SQLException {
        Jdbc.update(
                c,
                "update inspection_draw set failure = ?, failure_zh = ? where id = ?",
                atMost1000(failure.english()),
                atMost1000(failure.in(Locale.SIMPLIFIED_CHINESE)),
                drawId);
    }

    private static String atMost1000(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    // --- drawing ---

    // --- drawing ---

    /**
     * Draws: freezes the pool and the inspectors as of {@code drawDate}, runs draw-v1, writes targets,
     * teams and inputs, and marks the draw DRAWN. The caller holds the plan's lock and checks the rules
     * that refuse a draw ({@link DrawRules}).
     */
    public static Result perform(
            Connection c,
            Plan plan,
            Draw draw,
            String publicEntropy,
            LocalDate drawDate,
            String by,
            LocalDateTime now,
            PoolFreeze.Frozen frozen)
            throws SQLException {
        long t0 = System.nanoTime();
        Map<String, Long> inspectorIds = new HashMap<>();
        List<Inspector> inspectors = eligibleInspectors(c, plan, drawDate, inspectorIds);
        String seed = DrawSeed.of(draw.serverSeed(), publicEntropy);
        Inputs inputs = new Inputs(
                draw.key(),
                seed,
                DrawMethod.Rules.of(plan),
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
                        + " drawn_at = ?, drawn_by = ?, pool_hash = ?, pool_size = ?, summary = ?, failure = null,"
                        + " failure_zh = null where id = ?",
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
            Connection c, long drawId, Outcome outcome, PoolFreeze.Frozen frozen, Map<String, Long> inspectorIds)
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
                rs.getString("failure"),
                rs.getString("failure_zh"));
    }
}
