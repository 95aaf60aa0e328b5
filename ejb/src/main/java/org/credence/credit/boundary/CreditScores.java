package org.credence.credit.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.credence.business.boundary.BusinessRegistry;
import org.credence.business.entity.Uscc;
import org.credence.credit.control.ModelEntries;
import org.credence.credit.control.ModelStore;
import org.credence.credit.control.ModelStore.StoredModel;
import org.credence.credit.control.ScoreExplanation;
import org.credence.credit.control.ScoreMethod;
import org.credence.credit.control.Snapshots;
import org.credence.credit.control.Snapshots.Snapshot;
import org.credence.credit.control.StoredExplanation;
import org.credence.credit.entity.Grade;
import org.credence.credit.entity.ModelDefinition.IndicatorDefinition;
import org.credence.credit.entity.ModelView;
import org.credence.platform.ChinaTime;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.platform.jdbc.Database;

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

    public ExplanationView explanation(Uscc uscc, Long modelId, LocalDate on) {
        return database.call(c -> {
            Snapshot s = Snapshots.latest(c, uscc, modelId, on, ChinaTime.today(clock), true);
            StoredModel stored = ModelStore.find(c, s.modelId());
            ModelView view = entries().find(s.modelId());
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
                    CreditView.ModelRef.of(s),
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
                                Snapshots.codes(rs.getString(6)),
                                rs.getLong(7)));
                    }
                }
            }
            return entries;
        });
    }

    private ModelEntries entries() {
        return new ModelEntries(em);
    }
}
