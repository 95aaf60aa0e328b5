package org.credence.credit.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.credence.business.control.UnknownBusiness;
import org.credence.business.entity.Uscc;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.platform.jdbc.Jdbc;

/**
 * A business's latest stored result under a model on a date, in JDBC: the credit lookup of other agencies' systems
 * ({@code SharedCredit}, which audits each read) and the explanation ({@code CreditScores}) read it here.
 */
public final class Snapshots {

    private Snapshots() {}

    /**
     * A stored result with its model and the last completed full run up to its date ({@code lastFullRun}, or null).
     * {@code vetoCodes} are comma-separated; {@code explanation} is null unless asked for.
     */
    public record Snapshot(
            String uscc,
            String name,
            long modelId,
            String modelAgency,
            String modelName,
            int modelVersion,
            LocalDate date,
            LocalDate asOf,
            int score,
            String grade,
            String thresholdGrade,
            String vetoCodes,
            String explanation,
            LocalDate lastFullRun) {

        public List<String> vetoes() {
            return codes(vetoCodes);
        }

        /** The latest date the score was confirmed: computed, or found unchanged by a later full run. */
        public LocalDate confirmed() {
            return lastFullRun != null && lastFullRun.isAfter(asOf) ? lastFullRun : asOf;
        }
    }

    /**
     * Checks the model a lookup found before anything of the business is used: an agency's system may read only under
     * the models its agreement names, and is refused whatever code it sent.
     */
    @FunctionalInterface
    public interface ModelCheck {
        void check(long modelId);
    }

    /**
     * The business's latest snapshot under the model (the market regulator's in force if null) on {@code on} ({@code
     * today} if null), with the model itself and the last completed full run up to that date, in one statement: a
     * lookup is the API's busiest request. When it finds nothing, the reason is looked for in order: the business,
     * then the model.
     */
    public static Snapshot latest(
            Connection c, Uscc uscc, Long modelId, LocalDate on, LocalDate today, boolean explained)
            throws SQLException {
        return latest(c, uscc, modelId, on, today, explained, null);
    }

    /**
     * As {@link #latest(Connection, Uscc, Long, LocalDate, LocalDate, boolean)}, with {@code check} applied to the
     * model found before the business is looked at (null: none). With a check, the model comes first in the reasons
     * too: no model in force is said before whether the business is registered, as a caller refused learns nothing
     * of the business.
     */
    public static Snapshot latest(
            Connection c, Uscc uscc, Long modelId, LocalDate on, LocalDate today, boolean explained, ModelCheck check)
            throws SQLException {
        LocalDate date = on == null ? today : on;
        try (PreparedStatement q = c.prepareStatement("select m.id, m.code, m.name, m.model_version, b.uscc, b.name,"
                + " s.as_of, s.score, s.grade, s.threshold_grade, s.vetoes, " + (explained ? "s.explanation" : "null")
                + ", (select max(r.as_of) from credit_run r where r.kind = 'FULL' and r.status = 'COMPLETED'"
                + " and r.as_of <= ?) from ("
                + (modelId == null ? ModelStore.MARKET_REGULATOR_REF : ModelStore.REF_BY_ID)
                + ") m left join business b on b.uscc = ? left join credit_score s on s.id = (select x.id"
                + " from credit_score x where x.business_id = b.id and x.model_id = m.id and x.as_of <= ?"
                + " order by x.as_of desc, x.id desc limit 1)")) {
            int i = 1;
            q.setDate(i++, Date.valueOf(date));
            if (modelId == null) {
                q.setDate(i++, Date.valueOf(date));
                q.setDate(i++, Date.valueOf(date));
            } else {
                q.setLong(i++, modelId);
            }
            q.setString(i++, uscc.value());
            q.setDate(i, Date.valueOf(date));
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    // no such model: with a check, that is all the caller learns
                    throw check != null ? ModelStore.missing(modelId, date) : nothingFound(c, uscc, modelId, date);
                }
                if (check != null) {
                    check.check(rs.getLong(1));
                }
                if (rs.getString(5) == null) {
                    throw UnknownBusiness.of(uscc);
                }
                if (rs.getDate(7) == null) {
                    throw new NotFoundException(
                            "not-scored",
                            Message.of(
                                    on == null ? "not-scored-yet" : "not-scored-on",
                                    rs.getString(5),
                                    rs.getLong(1),
                                    date));
                }
                Date confirmed = rs.getDate(13);
                return new Snapshot(
                        rs.getString(5),
                        rs.getString(6),
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        date,
                        rs.getDate(7).toLocalDate(),
                        rs.getInt(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getString(12),
                        confirmed == null ? null : confirmed.toLocalDate());
            }
        }
    }

    /** Why a lookup found no row: the business is not registered (or its code is no USCC), or there is no such model. */
    private static RuntimeException nothingFound(Connection c, Uscc uscc, Long modelId, LocalDate date)
            throws SQLException {
        if (Jdbc.one(c, "select id from business where uscc = ?", rs -> rs.getLong(1), uscc.value()) == null) {
            return UnknownBusiness.of(uscc);
        }
        return ModelStore.missing(modelId, date);
    }

    /** Veto codes as stored (comma-separated, or null for none). */
    public static List<String> codes(String vetoes) {
        return vetoes == null ? List.of() : Arrays.asList(vetoes.split(","));
    }
}
