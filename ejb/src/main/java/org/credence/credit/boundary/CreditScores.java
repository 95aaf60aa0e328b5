package org.credence.credit.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.credence.business.boundary.BusinessRegistry;
import org.credence.business.entity.Uscc;
import org.credence.credit.control.ModelEntries;
import org.credence.credit.control.ModelStore;
import org.credence.credit.control.ModelStore.StoredModel;
import org.credence.credit.control.ScoreExplanation;
import org.credence.credit.control.ScoreMethod;
import org.credence.credit.control.StoredExplanation;
import org.credence.credit.entity.Grade;
import org.credence.credit.entity.ModelDefinition.IndicatorDefinition;
import org.credence.credit.entity.ModelView;
import org.credence.platform.ChinaTime;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.platform.jdbc.Database;
import org.credence.platform.jdbc.Jdbc;

/**
 * Businesses' scores, explanations and histories from the stored snapshots. Without a model, the
 * market-regulation agency's model in force on the date is meant (the public credit evaluation).
 */
@Stateless
public class CreditScores {

    public static final int MAX_HISTORY = 1000;

    @Inject
    Database database;

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessRegistry registry;

    Clock clock = Clock.systemUTC();

    /**
     * A business's score and grade under the model (the market regulator's in force if null) on
     * {@code on} ({@code today} if null), read on {@code c}: one statement, for the lookups
     * ({@code SharedCredit}), which audit each read themselves.
     */
    public static CreditView current(Connection c, Uscc uscc, Long modelId, LocalDate on, LocalDate today)
            throws SQLException {
        Snapshot s = snapshot(c, uscc, modelId, on, today, false);
        LocalDate confirmed = s.lastFullRun();
        LocalDate asOf = confirmed != null && confirmed.isAfter(s.asOf()) ? confirmed : s.asOf();
        return new CreditView(
                s.uscc(),
                s.name(),
                s.score(),
                s.grade(),
                s.thresholdGrade(),
                s.vetoes(),
                s.model(),
                asOf,
                s.asOf(),
                ScoreMethod.VERSION);
    }

    public ExplanationView explanation(Uscc uscc, Long modelId, LocalDate on) {
        return database.call(c -> {
            Snapshot s = snapshot(c, uscc, modelId, on, ChinaTime.today(clock), true);
            StoredModel stored = ModelStore.find(c, s.model().id());
            ModelView view = entries().find(s.model().id());
            ScoreExplanation e = StoredExplanation.render(
                    stored.model(),
                    s.asOf(),
                    s.score(),
                    Grade.valueOf(s.thresholdGrade()),
                    Grade.valueOf(s.grade()),
                    s.vetoCodes(),
                    s.explanation());
            List<ExplanationView.Indicator> indicators = new ArrayList<>();
            for (int i = 0; i < e.indicators().size(); i++) {
                ScoreExplanation.IndicatorResult r = e.indicators().get(i);
                IndicatorDefinition d = view.definition().indicators().get(i);
                List<ExplanationView.Record> records = r.records().stream()
                        .map(x -> new ExplanationView.Record(x.id(), x.category(), x.points(), x.ageDays(), x.decay()))
                        .toList();
                boolean negative = r.subScore() != null;
                indicators.add(new ExplanationView.Indicator(
                        r.code(),
                        d.name(),
                        d.dimension(),
                        d.polarity(),
                        d.halfLifeDays().doubleValue(),
                        r.load(),
                        r.subScore(),
                        r.bonus(),
                        negative ? null : d.bonusCap().doubleValue(),
                        negative ? r.weight() : null,
                        r.contribution(),
                        records));
            }
            List<ExplanationView.Veto> vetoes = e.vetoes().stream()
                    .map(v -> new ExplanationView.Veto(v.name(), v.description()))
                    .toList();
            return new ExplanationView(
                    s.uscc(),
                    s.model(),
                    ScoreMethod.VERSION,
                    s.asOf(),
                    s.score(),
                    s.thresholdGrade(),
                    s.grade(),
                    vetoes,
                    indicators,
                    new ExplanationView.Thresholds(
                            stored.model().thresholds().a(),
                            stored.model().thresholds().b(),
                            stored.model().thresholds().c()));
        });
    }

    /** Every snapshot of a business (under one model if given), newest first. */
    public List<HistoryEntry> history(Uscc uscc, Long modelId, int limit) {
        if (limit < 1 || limit > MAX_HISTORY) {
            throw new InvalidRequestException("limit", Message.of("range-1-to", MAX_HISTORY));
        }
        return database.call(c -> {
            long business = registry.find(uscc).id();
            List<HistoryEntry> entries = new ArrayList<>();
            try (PreparedStatement q =
                    c.prepareStatement("select s.id, s.model_id, s.as_of, s.score, s.grade, s.vetoes,"
                            + " s.run_id, m.name, m.model_version, a.code from credit_score s join credit_model m on m.id = s.model_id"
                            + " join agency a on a.id = m.agency_id where s.business_id = ?"
                            + (modelId == null ? "" : " and s.model_id = ?")
                            + " order by s.as_of desc, s.id desc limit ?")) {
                int i = 1;
                q.setLong(i++, business);
                if (modelId != null) {
                    q.setLong(i++, modelId);
                }
                q.setInt(i, limit);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new HistoryEntry(
                                rs.getLong(1),
                                new CreditView.ModelRef(rs.getLong(2), rs.getString(10), rs.getString(8), rs.getInt(9)),
                                rs.getDate(3).toLocalDate(),
                                rs.getInt(4),
                                rs.getString(5),
                                codes(rs.getString(6)),
                                rs.getLong(7)));
                    }
                }
            }
            return entries;
        });
    }

    private record Snapshot(
            String uscc,
            String name,
            CreditView.ModelRef model,
            LocalDate date,
            LocalDate asOf,
            int score,
            String grade,
            String thresholdGrade,
            String vetoCodes,
            String explanation,
            LocalDate lastFullRun) {

        List<String> vetoes() {
            return codes(vetoCodes);
        }
    }

    /**
     * The business's latest snapshot under the model on the date, with the model itself and the last
     * completed full run up to that date, in one statement: a lookup is the API's busiest request.
     * When it finds nothing, the reason is looked for in order: the business, then the model.
     */
    private static Snapshot snapshot(
            Connection c, Uscc uscc, Long modelId, LocalDate on, LocalDate today, boolean explained)
            throws SQLException {
        LocalDate date = on == null ? today : on;
        try (PreparedStatement q = c.prepareStatement("select m.id, m.code, m.name, m.model_version, b.uscc, b.name,"
                + " s.as_of, s.score, s.grade, s.threshold_grade, s.vetoes, " + (explained ? "s.explanation" : "null")
                + ", (select max(r.as_of) from credit_run r where r.kind = 'FULL' and r.status = 'COMPLETED'"
                + " and r.as_of <= ?) from ("
                + (modelId == null ? ModelStore.MARKET_REGULATOR_REF : ModelStore.REF_BY_ID)
                + ") m cross join business b left join credit_score s on s.id = (select x.id from credit_score x"
                + " where x.business_id = b.id and x.model_id = m.id and x.as_of <= ? order by x.as_of desc, x.id desc"
                + " limit 1) where b.uscc = ?")) {
            int i = 1;
            q.setDate(i++, Date.valueOf(date));
            if (modelId == null) {
                q.setDate(i++, Date.valueOf(date));
                q.setDate(i++, Date.valueOf(date));
            } else {
                q.setLong(i++, modelId);
            }
            q.setDate(i++, Date.valueOf(date));
            q.setString(i, uscc.value());
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw nothingFound(c, uscc, modelId, date);
                }
                CreditView.ModelRef model =
                        new CreditView.ModelRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4));
                if (rs.getDate(7) == null) {
                    throw new NotFoundException(
                            "not-scored",
                            Message.of(
                                    on == null ? "not-scored-yet" : "not-scored-on",
                                    rs.getString(5),
                                    model.id(),
                                    date));
                }
                Date confirmed = rs.getDate(13);
                return new Snapshot(
                        rs.getString(5),
                        rs.getString(6),
                        model,
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
            return BusinessRegistry.unknown(uscc);
        }
        return ModelStore.missing(modelId, date);
    }

    private static List<String> codes(String vetoes) {
        return vetoes == null ? List.of() : Arrays.asList(vetoes.split(","));
    }

    private ModelEntries entries() {
        return new ModelEntries(em);
    }
}
