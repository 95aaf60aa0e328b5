package org.credence.inspection.control;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credence.inspection.entity.Plan;
import org.credence.platform.jdbc.Jdbc;

/**
 * Participating agencies' confirmations of a joint plan (table plan_consent): a joint plan uses the
 * items and inspectors of every agency it names, so an administrator of each confirms it before it is
 * published.
 */
public final class PlanConsents {

    /** One participating agency and its confirmation, if given ({@code by} and {@code at} null if not). */
    public record Consent(String agency, String by, LocalDateTime at) implements Serializable {

        public boolean given() {
            return by != null;
        }
    }

    private PlanConsents() {}

    /** Every participating agency of the plan, in the plan's order, with its confirmation if given. */
    public static List<Consent> of(Connection c, Plan plan) throws SQLException {
        Map<Long, Consent> given = new HashMap<>();
        Jdbc.list(
                c,
                "select agency_id, consented_by, consented_at from plan_consent where plan_id = ?",
                rs -> {
                    given.put(
                            rs.getLong(1),
                            new Consent(
                                    null, rs.getString(2), rs.getTimestamp(3).toLocalDateTime()));
                    return null;
                },
                plan.id());
        return merge(plan, given);
    }

    /** The plan's agencies with the confirmations given, by agency id. */
    static List<Consent> merge(Plan plan, Map<Long, Consent> given) {
        List<Consent> all = new ArrayList<>();
        for (int i = 0; i < plan.agencies().size(); i++) {
            Consent c = given.get(plan.agencyIds().get(i));
            all.add(new Consent(plan.agencies().get(i), c == null ? null : c.by(), c == null ? null : c.at()));
        }
        return all;
    }

    /** The participating agencies (codes) whose confirmation is missing; empty for a plan of one agency. */
    public static List<String> missing(Plan plan, List<Consent> consents) {
        if (!plan.joint()) {
            return List.of();
        }
        return consents.stream().filter(c -> !c.given()).map(Consent::agency).toList();
    }

    /** Records the agency's confirmation; false if it had given one already (the first one stands). */
    public static boolean give(Connection c, long planId, long agencyId, String by, LocalDateTime at)
            throws SQLException {
        if (Jdbc.one(c, "select 1 from plan_consent where plan_id = ? and agency_id = ?", rs -> 1, planId, agencyId)
                != null) {
            return false;
        }
        Jdbc.update(
                c,
                "insert into plan_consent (plan_id, agency_id, consented_by, consented_at) values (?, ?, ?, ?)",
                planId,
                agencyId,
                by,
                at);
        return true;
    }

    /** Forgets the confirmations: the plan they were given to has changed. */
    public static void clear(Connection c, long planId) throws SQLException {
        Jdbc.update(c, "delete from plan_consent where plan_id = ?", planId);
    }
}
