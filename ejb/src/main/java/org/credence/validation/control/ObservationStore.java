package org.credence.validation.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.credence.business.entity.Uscc;
import org.credence.credit.control.ModelStore.StoredModel;
import org.credence.credit.control.Rescoring;
import org.credence.credit.control.Rescoring.BusinessRef;
import org.credence.credit.control.ScoreExplanation;
import org.credence.credit.control.ScoreExplanation.IndicatorResult;
import org.credence.credit.control.ScoreModel.Indicator;
import org.credence.credit.entity.Grade;
import org.credence.platform.jdbc.Jdbc;
import org.credence.violation.entity.Polarity;

/**
 * Reads what validation-v1 needs for a model and a period of completion dates: every drawn target of
 * the model's draws whose result (as it now stands) was completed in the period, with the grade the
 * draw used, the score and loads of the snapshot the draw kept for it (for older draws, the business's
 * snapshot under the model as of the draw date; a business the draw scored itself, having none, is
 * scored again as of that date, as the draw did),
 * and its grade's selected and pool counts in its draw; the strata of those draws; and the model's
 * completed full runs with their grade counts.
 */
public final class ObservationStore {

    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final int SCORING_CHUNK = 2000;

    /** A target with its completion date. */
    public record Recorded(Observation observation, LocalDate completedOn) {}

    /** The observations in publication order (draw, then the draw's order), the draws, and the full runs, oldest first. */
    public record Source(
            List<String> codes, List<Recorded> targets, List<DrawStrata> draws, List<PopulationStability.Run> runs) {

        public List<Observation> observations() {
            return targets.stream().map(Recorded::observation).toList();
        }
    }

    private record Draw(long id, String key, LocalDate date, DrawStrata strata) {}

    private ObservationStore() {}

    /**
     * Keeps, with each target of a draw just made, the snapshot its grade came from: the business's
     * latest under the draw's model as of the draw date, as the pool read it (none for a business the
     * draw scored itself).
     */
    public static void keepSnapshots(Connection c, long drawId, long modelId, LocalDate drawDate) throws SQLException {
        Jdbc.update(
                c,
                "update draw_target set score_id = (select x.id from credit_score x"
                        + " where x.business_id = draw_target.business_id and x.model_id = ? and x.as_of <= ?"
                        + " order by x.as_of desc, x.id desc limit 1) where draw_id = ?",
                modelId,
                drawDate,
                drawId);
    }

    /** The NEGATIVE indicators' codes in model order: the order of every observation's loads. */
    public static List<String> negativeCodes(StoredModel model) {
        return model.model().indicators().stream()
                .filter(i -> i.polarity() == Polarity.NEGATIVE)
                .map(Indicator::code)
                .toList();
    }

    public static Source read(Connection c, StoredModel model, LocalDate from, LocalDate to) throws SQLException {
        List<String> codes = negativeCodes(model);
        Map<Long, Draw> draws = new LinkedHashMap<>();
        for (Draw d : Jdbc.list(
                c,
                "select d.id, d.draw_key, d.draw_date, d.summary from inspection_draw d"
                        + " where d.model_id = ? and d.status = 'DRAWN' and exists (select 1 from draw_target t where t.draw_id = d.id"
                        + " and t.outcome is not null and t.completed_on >= ? and t.completed_on <= ?) order by d.id",
                rs -> new Draw(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getDate(3).toLocalDate(),
                        strata(rs.getString(2), rs.getString(4))),
                model.id(),
                from,
                to)) {
            draws.put(d.id(), d);
        }

        List<Recorded> targets = new ArrayList<>();
        // targets without a snapshot as of their draw date, by date: scored below as the draw scored them
        Map<LocalDate, List<Integer>> unscored = new TreeMap<>();
        List<BusinessRef> businesses = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select t.draw_id, t.business_id, t.uscc, t.grade, t.outcome,"
                + " t.completed_on, s.id, s.score, s.explanation from draw_target t join inspection_draw d on d.id = t.draw_id"
                + " left join credit_score s on s.id = coalesce(t.score_id, (select x.id from credit_score x"
                + " where x.business_id = t.business_id and x.model_id = d.model_id and x.as_of <= d.draw_date"
                + " order by x.as_of desc, x.id desc limit 1))"
                + " where d.model_id = ? and d.status = 'DRAWN' and t.outcome is not null and t.completed_on >= ?"
                + " and t.completed_on <= ? order by t.draw_id, t.ordinal")) {
            q.setFetchSize(5000);
            q.setLong(1, model.id());
            q.setDate(2, Date.valueOf(from));
            q.setDate(3, Date.valueOf(to));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Draw draw = draws.get(rs.getLong(1));
                    Grade grade = Grade.valueOf(rs.getString(4));
                    Uscc uscc = new Uscc(rs.getString(3));
                    boolean scored = rs.getObject(7) != null;
                    double[] loads = scored ? loads(codes, rs.getString(9)) : new double[codes.size()];
                    Observation o = new Observation(
                            draw.key(),
                            uscc,
                            grade,
                            scored ? rs.getInt(8) : 0,
                            loads,
                            (int) draw.strata().selected(grade),
                            (int) draw.strata().pool(grade),
                            Outcome.valueOf(rs.getString(5)));
                    if (!scored) {
                        unscored.computeIfAbsent(draw.date(), k -> new ArrayList<>())
                                .add(targets.size());
                        businesses.add(new BusinessRef(rs.getLong(2), uscc.value()));
                    } else {
                        businesses.add(null);
                    }
                    targets.add(new Recorded(o, rs.getDate(6).toLocalDate()));
                }
            }
        }
        if (!unscored.isEmpty()) {
            scoreAtDrawDate(c, model, codes, unscored, businesses, targets);
        }

        Map<Long, PopulationStability.Run> runs = new LinkedHashMap<>();
        Map<Long, long[]> counts = new HashMap<>();
        Map<Long, LocalDate> asOf = new LinkedHashMap<>();
        Jdbc.list(
                c,
                "select r.id, r.as_of, g.grade, g.businesses from credit_run r join credit_run_grade g on g.run_id = r.id"
                        + " where g.model_id = ? and r.kind = 'FULL' and r.status = 'COMPLETED' order by r.as_of, r.id",
                rs -> {
                    long id = rs.getLong(1);
                    asOf.putIfAbsent(id, rs.getDate(2).toLocalDate());
                    counts.computeIfAbsent(id, k -> new long[Grade.values().length])[
                                    Grade.valueOf(rs.getString(3)).ordinal()] +=
                            rs.getLong(4);
                    return null;
                },
                model.id());
        asOf.forEach((id, date) -> runs.put(id, new PopulationStability.Run(id, date, counts.get(id))));

        return new Source(
                codes, targets, draws.values().stream().map(Draw::strata).toList(), List.copyOf(runs.values()));
    }

    /** Scores the targets that had no snapshot as of their draw date, as the draw did. */
    private static void scoreAtDrawDate(
            Connection c,
            StoredModel model,
            List<String> codes,
            Map<LocalDate, List<Integer>> unscored,
            List<BusinessRef> businesses,
            List<Recorded> targets)
            throws SQLException {
        Rescoring rescoring = new Rescoring(c);
        for (Map.Entry<LocalDate, List<Integer>> day : unscored.entrySet()) {
            List<Integer> positions = day.getValue();
            for (int from = 0; from < positions.size(); from += SCORING_CHUNK) {
                List<Integer> chunk = positions.subList(from, Math.min(positions.size(), from + SCORING_CHUNK));
                Map<Long, BusinessRef> distinct = new TreeMap<>();
                for (int position : chunk) {
                    distinct.put(businesses.get(position).id(), businesses.get(position));
                }
                Map<Long, ScoreExplanation> explanations = new HashMap<>();
                rescoring.score(
                        new ArrayList<>(distinct.values()),
                        List.of(model),
                        day.getKey(),
                        false,
                        r -> explanations.put(r.business().id(), r.explanation()));
                for (int position : chunk) {
                    ScoreExplanation e =
                            explanations.get(businesses.get(position).id());
                    Recorded recorded = targets.get(position);
                    Observation o = recorded.observation();
                    targets.set(
                            position,
                            new Recorded(
                                    new Observation(
                                            o.drawKey(),
                                            o.uscc(),
                                            o.grade(),
                                            e.score(),
                                            loads(codes, e),
                                            o.selected(),
                                            o.pool(),
                                            o.outcome()),
                                    recorded.completedOn()));
                }
            }
        }
    }

    /**
     * The loads of the NEGATIVE indicators in a stored explanation, 0 where nothing counted. Read as a
     * stream: only each indicator's {@code code} and {@code load} are taken, its counted records are
     * passed over without building them (a report reads 100,000 explanations).
     */
    static double[] loads(List<String> codes, String explanation) {
        double[] loads = new double[codes.size()];
        if (explanation == null) {
            return loads;
        }
        try (JsonParser parser = PARSERS.createParser(new StringReader(explanation))) {
            int depth = 0;
            boolean inIndicators = false;
            String key = null;
            String code = null;
            double load = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        depth++;
                        if (depth == 2 && event == JsonParser.Event.START_ARRAY && "indicators".equals(key)) {
                            inIndicators = true;
                        } else if (inIndicators && depth == 3) {
                            code = null;
                            load = 0;
                        }
                        key = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        if (inIndicators && depth == 3 && code != null) {
                            int i = codes.indexOf(code);
                            if (i >= 0) {
                                loads[i] = load;
                            }
                        } else if (inIndicators && depth == 2) {
                            inIndicators = false;
                        }
                        depth--;
                    }
                    case KEY_NAME -> key = parser.getString();
                    case VALUE_STRING -> {
                        if (inIndicators && depth == 3 && "code".equals(key)) {
                            code = parser.getString();
                        }
                        key = null;
                    }
                    case VALUE_NUMBER -> {
                        if (inIndicators && depth == 3 && "load".equals(key)) {
                            load = parser.getBigDecimal().doubleValue();
                        }
                        key = null;
                    }
                    default -> key = null;
                }
            }
        }
        return loads;
    }

    private static double[] loads(List<String> codes, ScoreExplanation explanation) {
        double[] loads = new double[codes.size()];
        for (IndicatorResult indicator : explanation.indicators()) {
            int i = codes.indexOf(indicator.code());
            if (i >= 0) {
                loads[i] = indicator.load();
            }
        }
        return loads;
    }

    /** A draw's pool and selected counts per grade, from its published summary. */
    static DrawStrata strata(String key, String summary) {
        long[] pool = new long[Grade.values().length];
        long[] selected = new long[Grade.values().length];
        if (summary != null) {
            try (JsonReader reader = JSON.createReader(new StringReader(summary))) {
                JsonObject s = reader.readObject();
                JsonObject poolByGrade = s.getJsonObject("poolByGrade");
                JsonObject selectedByGrade = s.getJsonObject("selectedByGrade");
                for (Grade g : Grade.values()) {
                    pool[g.ordinal()] = poolByGrade == null
                            ? 0
                            : poolByGrade.getJsonNumber(g.name()).longValue();
                    selected[g.ordinal()] = selectedByGrade == null
                            ? 0
                            : selectedByGrade.getJsonNumber(g.name()).longValue();
                }
            }
        }
        return new DrawStrata(key, pool, selected);
    }
}
