package org.credence.credit.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credence.credit.entity.ModelDefinition;
import org.credence.credit.entity.ModelDefinition.IndicatorDefinition;
import org.credence.credit.entity.ModelView;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.platform.jdbc.SqlDialect;
import org.credence.violation.entity.Severity;

/** Evaluation models in the database: their definitions, states and weights (plain JDBC on the caller's transaction). */
public final class ModelRepository {

    private ModelRepository() {}

    public static ModelView find(Connection c, long id) throws SQLException {
        List<ModelView> found = query(c, " where m.id = ?", id);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The model, or a 404 refusal when there is none. */
    public static ModelView existing(Connection c, long id) throws SQLException {
        ModelView model = find(c, id);
        if (model == null) {
            throw new NotFoundException("model-not-found", Message.of("there-is-no-model", id));
        }
        return model;
    }

    /** Models, newest first, optionally of one agency and one status. */
    public static List<ModelView> list(Connection c, Long agencyId, String status) throws SQLException {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (agencyId != null) {
            where.append(" and m.agency_id = ?");
            params.add(agencyId);
        }
        if (status != null) {
            where.append(" and m.status = ?");
            params.add(status);
        }
        return query(c, where.toString(), params.toArray());
    }

    /** The highest version of a model name within an agency, 0 when there is none. */
    public static int lastVersion(Connection c, long agencyId, String name) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "select coalesce(max(model_version), 0) from credit_model where agency_id = ? and name = ?")) {
            q.setLong(1, agencyId);
            q.setString(2, name);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Inserts a DRAFT and returns its id. */
    public static long insertDraft(
            Connection c,
            long agencyId,
            int modelVersion,
            Long basedOn,
            ModelRules.Checked d,
            String weightMethod,
            String weightBasis,
            String by,
            LocalDateTime now)
            throws SQLException {
        long id = SqlDialect.nextValue(c, "credit_model_seq");
        try (PreparedStatement insert =
                c.prepareStatement("insert into credit_model (id, agency_id, name, model_version,"
                        + " status, based_on_id, minor_points, ordinary_points, heavy_points, serious_points, positive_points,"
                        + " threshold_a, threshold_b, threshold_c, veto_serious_list, veto_abnormal_list, veto_recent_serious,"
                        + " veto_worst_factor_below, weight_method, weight_basis, created_at, created_by, version)"
                        + " values (?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            insert.setLong(1, id);
            insert.setLong(2, agencyId);
            insert.setString(3, d.name());
            insert.setInt(4, modelVersion);
            insert.setObject(5, basedOn, Types.BIGINT);
            bindParameters(insert, 6, d);
            insert.setString(18, d.weights() == null ? null : weightMethod);
            insert.setString(19, d.weights() == null ? null : weightBasis);
            insert.setTimestamp(20, Timestamp.valueOf(now));
            insert.setString(21, by);
            insert.executeUpdate();
        }
        insertIndicators(c, id, d);
        return id;
    }

    /** Replaces a DRAFT's definition; false when it changed since {@code expectedVersion} was read. */
    public static boolean replaceDraft(
            Connection c, long id, long expectedVersion, ModelRules.Checked d, String weightMethod, String weightBasis)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement("update credit_model set name = ?, minor_points = ?,"
                + " ordinary_points = ?, heavy_points = ?, serious_points = ?, positive_points = ?, threshold_a = ?,"
                + " threshold_b = ?, threshold_c = ?, veto_serious_list = ?, veto_abnormal_list = ?,"
                + " veto_recent_serious = ?, veto_worst_factor_below = ?, weight_method = ?, weight_basis = ?,"
                + " version = version + 1 where id = ? and version = ? and status = 'DRAFT'")) {
            update.setString(1, d.name());
            bindParameters(update, 2, d);
            update.setString(14, d.weights() == null ? null : weightMethod);
            update.setString(15, d.weights() == null ? null : weightBasis);
            update.setLong(16, id);
            update.setLong(17, expectedVersion);
            if (update.executeUpdate() != 1) {
                return false;
            }
        }
        for (String sql : List.of(
                "delete from credit_indicator_category where indicator_id in"
                        + " (select id from credit_indicator where model_id = ?)",
                "delete from credit_indicator where model_id = ?",
                "delete from credit_model_points where model_id = ?")) {
            try (PreparedStatement delete = c.prepareStatement(sql)) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
        }
        insertIndicators(c, id, d);
        return true;
    }

    /** Activates a DRAFT from a date, retiring the agency's ACTIVE model from that date. */
    public static void activate(Connection c, ModelView draft, LocalDate effectiveFrom, String by, LocalDateTime now)
            throws SQLException {
        // a RETIRED model still in force until a later date (its successor was retired before coming
        // into force) leaves office when this one comes in
        try (PreparedStatement shorten =
                c.prepareStatement("update credit_model set retired_on = ?, version = version + 1"
                        + " where agency_id = ? and status = 'RETIRED' and retired_on > ? and effective_from < ?")) {
            shorten.setDate(1, Date.valueOf(effectiveFrom));
            shorten.setLong(2, draft.agencyId());
            shorten.setDate(3, Date.valueOf(effectiveFrom));
            shorten.setDate(4, Date.valueOf(effectiveFrom));
            shorten.executeUpdate();
        }
        try (PreparedStatement retire = c.prepareStatement("update credit_model set status = 'RETIRED',"
                + " active_agency_id = null, retired_on = ?, retired_by = ?, version = version + 1"
                + " where active_agency_id = ?")) {
            retire.setDate(1, Date.valueOf(effectiveFrom));
            retire.setString(2, by);
            retire.setLong(3, draft.agencyId());
            retire.executeUpdate();
        }
        try (PreparedStatement activate = c.prepareStatement("update credit_model set status = 'ACTIVE',"
                + " active_agency_id = agency_id, effective_from = ?, activated_at = ?, activated_by = ?,"
                + " version = version + 1 where id = ? and status = 'DRAFT'")) {
            activate.setDate(1, Date.valueOf(effectiveFrom));
            activate.setTimestamp(2, Timestamp.valueOf(now));
            activate.setString(3, by);
            activate.setLong(4, draft.id());
            activate.executeUpdate();
        }
    }

    /** Retires an ACTIVE model from a date. */
    public static void retire(Connection c, long id, LocalDate on, String by) throws SQLException {
        try (PreparedStatement retire = c.prepareStatement("update credit_model set status = 'RETIRED',"
                + " active_agency_id = null, retired_on = ?, retired_by = ?, version = version + 1"
                + " where id = ? and status = 'ACTIVE'")) {
            retire.setDate(1, Date.valueOf(on));
            retire.setString(2, by);
            retire.setLong(3, id);
            retire.executeUpdate();
        }
    }

    /** Locks an agency's row until the transaction ends: its models' creations and activations take turns. */
    public static void lockAgency(Connection c, long agencyId) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select id from agency where id = ? for update")) {
            lock.setLong(1, agencyId);
            lock.executeQuery().close();
        }
    }

    /** Locks a model's row until the transaction ends. */
    public static void lock(Connection c, long id) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select id from credit_model where id = ? for update")) {
            lock.setLong(1, id);
            lock.executeQuery().close();
        }
    }

    private static void bindParameters(PreparedStatement s, int i, ModelRules.Checked d) throws SQLException {
        s.setBigDecimal(i, d.severityPoints().get(Severity.MINOR));
        s.setBigDecimal(i + 1, d.severityPoints().get(Severity.ORDINARY));
        s.setBigDecimal(i + 2, d.severityPoints().get(Severity.HEAVY));
        s.setBigDecimal(i + 3, d.severityPoints().get(Severity.SERIOUS));
        s.setBigDecimal(i + 4, d.positivePoints());
        s.setInt(i + 5, d.thresholdA());
        s.setInt(i + 6, d.thresholdB());
        s.setInt(i + 7, d.thresholdC());
        s.setBoolean(i + 8, d.seriousList());
        s.setBoolean(i + 9, d.abnormalList());
        s.setBoolean(i + 10, d.recentSerious());
        s.setBigDecimal(i + 11, d.worstFactorBelow());
    }

    private static void insertIndicators(Connection c, long modelId, ModelRules.Checked d) throws SQLException {
        int ordinal = 0;
        for (IndicatorDefinition in : d.indicators()) {
            long id = SqlDialect.nextValue(c, "credit_indicator_seq");
            try (PreparedStatement insert =
                    c.prepareStatement("insert into credit_indicator (id, model_id, ordinal, code,"
                            + " name, dimension_code, dimension_name, polarity, half_life_days, window_months, weight, bonus_cap)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, id);
                insert.setLong(2, modelId);
                insert.setInt(3, ++ordinal);
                insert.setString(4, in.code());
                insert.setString(5, in.name());
                insert.setString(6, in.dimension());
                insert.setString(7, in.dimensionName());
                insert.setString(8, in.polarity());
                insert.setBigDecimal(9, in.halfLifeDays());
                insert.setObject(10, in.windowMonths(), Types.INTEGER);
                insert.setBigDecimal(
                        11, d.weights() == null ? null : d.weights().get(in.code()));
                insert.setBigDecimal(12, in.bonusCap());
                insert.executeUpdate();
            }
            try (PreparedStatement feed = c.prepareStatement("insert into credit_indicator_category (indicator_id,"
                    + " category_id) select ?, id from record_category where code = ?")) {
                for (String category : in.categories()) {
                    feed.setLong(1, id);
                    feed.setString(2, category);
                    feed.addBatch();
                }
                feed.executeBatch();
            }
        }
        try (PreparedStatement points =
                c.prepareStatement("insert into credit_model_points (model_id, category_id, points)"
                        + " select ?, id, ? from record_category where code = ?")) {
            for (Map.Entry<String, BigDecimal> p : d.positivePointsByCategory().entrySet()) {
                points.setLong(1, modelId);
                points.setBigDecimal(2, p.getValue());
                points.setString(3, p.getKey());
                points.addBatch();
            }
            points.executeBatch();
        }
    }

    private static List<ModelView> query(Connection c, String where, Object... params) throws SQLException {
        List<ModelView> models = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select m.*, a.code as agency_code from credit_model m"
                + " join agency a on a.id = m.agency_id" + where + " order by m.id desc")) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    models.add(view(c, rs));
                }
            }
        }
        return models;
    }

    private static ModelView view(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Map<String, BigDecimal> severity = new LinkedHashMap<>();
        severity.put("MINOR", rs.getBigDecimal("minor_points").stripTrailingZeros());
        severity.put("ORDINARY", rs.getBigDecimal("ordinary_points").stripTrailingZeros());
        severity.put("HEAVY", rs.getBigDecimal("heavy_points").stripTrailingZeros());
        severity.put("SERIOUS", rs.getBigDecimal("serious_points").stripTrailingZeros());
        BigDecimal worst = rs.getBigDecimal("veto_worst_factor_below");
        long basedOn = rs.getLong("based_on_id");
        Long basedOnId = rs.wasNull() ? null : basedOn;
        Date effective = rs.getDate("effective_from");
        Date retired = rs.getDate("retired_on");
        Timestamp activated = rs.getTimestamp("activated_at");
        ModelDefinition definition = new ModelDefinition(
                rs.getString("agency_code"),
                rs.getString("name"),
                severity,
                rs.getBigDecimal("positive_points").stripTrailingZeros(),
                positivePoints(c, id),
                new ModelDefinition.Thresholds(
                        rs.getInt("threshold_a"), rs.getInt("threshold_b"), rs.getInt("threshold_c")),
                new ModelDefinition.Vetoes(
                        rs.getBoolean("veto_serious_list"),
                        rs.getBoolean("veto_abnormal_list"),
                        rs.getBoolean("veto_recent_serious"),
                        worst != null,
                        worst == null ? null : worst.stripTrailingZeros()),
                indicators(c, id));
        return new ModelView(
                id,
                rs.getLong("agency_id"),
                rs.getString("agency_code"),
                rs.getString("name"),
                rs.getInt("model_version"),
                rs.getString("status"),
                effective == null ? null : effective.toLocalDate(),
                retired == null ? null : retired.toLocalDate(),
                basedOnId,
                rs.getString("weight_method"),
                rs.getString("weight_basis"),
                rs.getTimestamp("created_at").toLocalDateTime(),
                rs.getString("created_by"),
                activated == null ? null : activated.toLocalDateTime(),
                rs.getString("activated_by"),
                rs.getString("retired_by"),
                rs.getLong("version"),
                definition);
    }

    private static List<IndicatorDefinition> indicators(Connection c, long modelId) throws SQLException {
        Map<Long, List<String>> categories = new HashMap<>();
        try (PreparedStatement q =
                c.prepareStatement("select ic.indicator_id, rc.code from credit_indicator_category ic"
                        + " join credit_indicator i on i.id = ic.indicator_id join record_category rc on rc.id = ic.category_id"
                        + " where i.model_id = ? order by rc.code")) {
            q.setLong(1, modelId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    categories
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                }
            }
        }
        List<IndicatorDefinition> indicators = new ArrayList<>();
        try (PreparedStatement q =
                c.prepareStatement("select * from credit_indicator where model_id = ? order by ordinal")) {
            q.setLong(1, modelId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    int window = rs.getInt("window_months");
                    Integer windowMonths = rs.wasNull() ? null : window;
                    BigDecimal weight = rs.getBigDecimal("weight");
                    BigDecimal cap = rs.getBigDecimal("bonus_cap");
                    indicators.add(new IndicatorDefinition(
                            rs.getString("code"),
                            rs.getString("name"),
                            rs.getString("dimension_code"),
                            rs.getString("dimension_name"),
                            rs.getString("polarity"),
                            categories.getOrDefault(rs.getLong("id"), List.of()),
                            rs.getBigDecimal("half_life_days").stripTrailingZeros(),
                            windowMonths,
                            weight,
                            cap == null ? null : cap.stripTrailingZeros()));
                }
            }
        }
        return indicators;
    }

    private static Map<String, BigDecimal> positivePoints(Connection c, long modelId) throws SQLException {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        try (PreparedStatement q = c.prepareStatement("select rc.code, p.points from credit_model_points p"
                + " join record_category rc on rc.id = p.category_id where p.model_id = ? order by rc.code")) {
            q.setLong(1, modelId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    points.put(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros());
                }
            }
        }
        return points;
    }
}
