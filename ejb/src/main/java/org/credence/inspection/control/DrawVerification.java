package org.credence.inspection.control;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.credence.inspection.control.DrawMethod.Outcome;
import org.credence.inspection.control.DrawMethod.Target;
import org.credence.inspection.entity.Draw;
import org.credence.inspection.entity.DrawSeed;
import org.credence.inspection.entity.StoredTarget;
import org.credence.platform.Message;
import org.credence.platform.jdbc.Jdbc;

/**
 * Verifies a stored draw: recomputes it by draw-v1 from its stored inputs and compares everything
 * published (the seed against its commitment, the pool, the counts, every target, ticket and team) and
 * the ids that tie targets and seats to businesses and inspectors.
 */
public final class DrawVerification {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private DrawVerification() {}

    /**
     * Recomputes a drawn draw from its stored inputs and compares everything published: the seed
     * against its commitment, the pool hash, the counts, every target, ticket and team. Returns the
     * differences, empty when the draw stands.
     */
    public static List<Message> verify(Connection c, Draw draw) throws SQLException {
        List<Message> differences = new ArrayList<>();
        if (!DrawSeed.commitment(draw.serverSeed()).equals(draw.commitment())) {
            differences.add(Message.of("draw-verify.seed-commitment"));
        }
        byte[] stored = DrawStore.inputs(c, draw.id());
        if (stored == null) {
            differences.add(Message.of("draw-verify.inputs-missing"));
            return differences;
        }
        DrawInputs.Stored in = DrawInputs.decompress(stored);
        if (!in.inputs().seed().equals(draw.seed())) {
            differences.add(Message.of("draw-verify.inputs-other-seed"));
        }
        if (!in.inputs().drawKey().equals(draw.key())) {
            differences.add(
                    Message.of("draw-verify.inputs-other-draw", in.inputs().drawKey()));
        }
        Outcome outcome = DrawMethod.draw(in.inputs());
        compare(differences, Message.of("draw-verify.what.pool-hash"), outcome.poolHash(), draw.poolHash());
        compare(
                differences,
                Message.of("draw-verify.what.pool-size"),
                in.inputs().pool().size(),
                draw.poolSize());
        JsonObject published = draw.summaryJson();
        JsonObject recomputed = DrawStore.summary(outcome, DrawInputs.countByReason(in.exclusions()));
        for (String field : List.of("poolByGrade", "exclusionsByReason", "selectedByGrade", "staffed", "unstaffed")) {
            JsonValue was = published == null ? null : published.get(field);
            if ("exclusionsByReason".equals(field) && was instanceof JsonObject counts) {
                was = withEveryReason(counts); // a reason added later counts none in a draw made before it
            }
            compare(differences, Message.of("draw-verify.what." + field), recomputed.get(field), was);
        }
        List<StoredTarget> targets = DrawStore.targets(c, draw.id(), 0, Integer.MAX_VALUE - 1);
        compare(
                differences,
                Message.of("draw-verify.what.targets"),
                outcome.targets().size(),
                targets.size());
        for (int i = 0; i < Math.min(targets.size(), outcome.targets().size()); i++) {
            Target want = outcome.targets().get(i);
            StoredTarget got = targets.get(i);
            int at = i + 1;
            compare(differences, target(at, "uscc"), want.uscc(), got.uscc());
            compare(differences, target(at, "ticket"), want.ticket(), got.ticket());
            compare(differences, target(at, "grade"), want.grade(), got.grade());
            compare(
                    differences,
                    target(at, "staffing"),
                    new Message.Value("TargetStatus", want.staffed() ? "STAFFED" : "UNSTAFFED"),
                    new Message.Value("TargetStatus", got.status()));
            compare(differences, target(at, "team"), want.team(), got.team());
            compare(differences, target(at, "unstaffed-reason"), want.unstaffedReason(), got.unstaffedReason());
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
            differences.add(Message.of("draw-verify.stray-businesses", strayBusinesses));
        }
        int strayInspectors = Jdbc.one(
                c,
                "select count(*) from draw_team_member m join inspector i on i.id = m.inspector_id"
                        + " where m.draw_id = ? and i.code <> m.inspector_code",
                rs -> rs.getInt(1),
                draw.id());
        if (strayInspectors > 0) {
            differences.add(Message.of("draw-verify.stray-inspectors", strayInspectors));
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

    private static Message target(int ordinal, String field) {
        return Message.of("draw-verify.what.target", ordinal, Message.of("draw-verify.what.target-" + field));
    }

    /**
     * A summary's figure as people read it: a count as it is, counts per grade or per reason as a list of
     * "grade or reason, count" (the reason through its label), nothing as nothing.
     */
    private static Object shown(Object value) {
        if (value == null) {
            return Message.of("draw-verify.none");
        }
        if (value instanceof JsonObject counts) {
            List<Message> written = new ArrayList<>();
            counts.forEach((key, n) -> written.add(Message.of("draw-verify.count", counted(key), n.toString())));
            return written;
        }
        return value instanceof JsonValue json ? json.toString() : value;
    }

    private static Object counted(String key) {
        for (Exclusion reason : Exclusion.values()) {
            if (reason.name().equals(key)) {
                return reason;
            }
        }
        return key; // a grade letter is read as it is
    }

    private static void compare(List<Message> differences, Message what, Object recomputed, Object stored) {
        if (!Objects.equals(recomputed, stored)) {
            differences.add(Message.of("draw-verify.differs", what, shown(recomputed), shown(stored)));
        }
    }
}
