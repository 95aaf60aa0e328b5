package org.credence.credit.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.credit.control.ScoreModel.Indicator;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.Severity;

/** Reads evaluation models from the database as the plain values score-v1 needs. */
public final class ModelStore {

    /** A model with its owner, as scoring runs use it. */
    public record StoredModel(long id, long agencyId, String name, int version, ScoreModel model) {}

    private static final String MODEL_COLUMNS =
            "select id, agency_id, name, model_version, minor_points, ordinary_points,"
                    + " heavy_points, serious_points, positive_points, threshold_a, threshold_b, threshold_c, veto_serious_list,"
                    + " veto_abnormal_list, veto_recent_serious, veto_worst_factor_below from credit_model";

    /** The market regulator, whose model in force is the public credit evaluation. */
    public static final long MARKET_REGULATOR = 1;

    /** A model's identity without its indicators: what a lookup names. */
    public record Ref(long id, long agencyId, String agencyCode, String name, int version) {}

    private static final String REF_COLUMNS =
            "select m.id, m.agency_id, a.code, m.name, m.model_version from credit_model m"
                    + " join agency a on a.id = m.agency_id";

    /**
     * The {@link #ref} columns of the market regulator's model in force on a date, as a sub-select
     * for a statement that reads results under it; parameters: the date, twice.
     */
    public static final String MARKET_REGULATOR_REF = REF_COLUMNS + " where m.agency_id = " + MARKET_REGULATOR
            + " and m.status <> 'DRAFT' and m.effective_from <= ? and (m.retired_on is null or m.retired_on > ?)"
            + " order by m.id limit 1";

    /** The {@link #ref} columns of one model, as a sub-select; parameter: its id. */
    public static final String REF_BY_ID = REF_COLUMNS + " where m.id = ?";

    private ModelStore() {}

    /** The market regulator's model in force at {@code date} (the one {@link #inForce} lists for it), or null. */
    public static Ref marketRegulatorModel(Connection connection, LocalDate date) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(MARKET_REGULATOR_REF)) {
            query.setDate(1, Date.valueOf(date));
            query.setDate(2, Date.valueOf(date));
            return ref(query);
        }
    }

    /** The model with this id in any state, without its indicators, or null. */
    public static Ref ref(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(REF_BY_ID)) {
            query.setLong(1, id);
            return ref(query);
        }
    }

    /**
     * The answer when a result is asked for under a model that is not there: the named model does
     * not exist, or (none named) the market regulator had none in force on the date.
     */
    public static NotFoundException missing(Long modelId, LocalDate date) {
        return modelId == null
                ? new NotFoundException("no-model-in-force", Message.of("no-model-of-the-market-regulator", date))
                : new NotFoundException("model-not-found", Message.of("there-is-no-model", modelId));
    }

    private static Ref ref(PreparedStatement query) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            return rs.next()
                    ? new Ref(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5))
                    : null;
        }
    }

    /**
     * The models in force at {@code date}, in agency order: ACTIVE or RETIRED, effective on or before the
     * date and not retired on or before it.
     */
    public static List<StoredModel> inForce(Connection connection, LocalDate date) throws SQLException {
        List<StoredModel> models = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(MODEL_COLUMNS
                + " where status <> 'DRAFT' and effective_from <= ? and (retired_on is null or retired_on > ?)"
                + " order by agency_id, id")) {
            query.setDate(1, Date.valueOf(date));
            query.setDate(2, Date.valueOf(date));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    models.add(read(connection, rs));
                }
            }
        }
        return models;
    }

    /** The model with this id in any state, or null. */
    public static StoredModel find(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(MODEL_COLUMNS + " where id = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? read(connection, rs) : null;
            }
        }
    }

    private static StoredModel read(Connection connection, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Map<Severity, Double> severityPoints = Map.of(
                Severity.MINOR,
                rs.getDouble("minor_points"),
                Severity.ORDINARY,
                rs.getDouble("ordinary_points"),
                Severity.HEAVY,
                rs.getDouble("heavy_points"),
                Severity.SERIOUS,
                rs.getDouble("serious_points"));
        BigDecimal worst = rs.getBigDecimal("veto_worst_factor_below");
        ScoreModel.Vetoes vetoes = new ScoreModel.Vetoes(
                rs.getBoolean("veto_serious_list"),
                rs.getBoolean("veto_abnormal_list"),
                rs.getBoolean("veto_recent_serious"),
                worst == null ? null : worst.doubleValue());
        ScoreModel.Thresholds thresholds =
                new ScoreModel.Thresholds(rs.getInt("threshold_a"), rs.getInt("threshold_b"), rs.getInt("threshold_c"));
        ScoreModel model = new ScoreModel(
                String.valueOf(id),
                rs.getInt("model_version"),
                indicators(connection, id),
                severityPoints,
                positivePoints(connection, id),
                rs.getDouble("positive_points"),
                thresholds,
                vetoes);
        return new StoredModel(id, rs.getLong("agency_id"), rs.getString("name"), rs.getInt("model_version"), model);
    }

    private static List<Indicator> indicators(Connection connection, long modelId) throws SQLException {
        Map<Long, Set<String>> categories = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select ic.indicator_id, c.code"
                + " from credit_indicator_category ic join credit_indicator i on i.id = ic.indicator_id"
                + " join record_category c on c.id = ic.category_id where i.model_id = ?")) {
            query.setLong(1, modelId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    categories
                            .computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                            .add(rs.getString(2));
                }
            }
        }
        Map<Long, Indicator> indicators = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select id, code, polarity, half_life_days,"
                + " window_months, weight, bonus_cap from credit_indicator where model_id = ? order by ordinal")) {
            query.setLong(1, modelId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    int window = rs.getInt("window_months");
                    Integer windowMonths = rs.wasNull() ? null : window;
                    indicators.put(
                            id,
                            new Indicator(
                                    rs.getString("code"),
                                    Polarity.valueOf(rs.getString("polarity")),
                                    Set.copyOf(categories.getOrDefault(id, Set.of())),
                                    rs.getDouble("half_life_days"),
                                    windowMonths,
                                    rs.getDouble("weight"),
                                    rs.getDouble("bonus_cap")));
                }
            }
        }
        return List.copyOf(indicators.values());
    }

    private static Map<String, Double> positivePoints(Connection connection, long modelId) throws SQLException {
        Map<String, Double> points = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select c.code, p.points from credit_model_points p"
                + " join record_category c on c.id = p.category_id where p.model_id = ?")) {
            query.setLong(1, modelId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    points.put(rs.getString(1), rs.getDouble(2));
                }
            }
        }
        return points;
    }
}
