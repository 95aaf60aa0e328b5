package org.credence.validation.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credence.credit.control.ModelStore;
import org.credence.credit.entity.ModelDefinition;
import org.credence.credit.entity.ModelView;
import org.credence.credit.entity.OutcomeWeightsResult;
import org.credence.platform.InvalidArgument;
import org.credence.platform.RuleViolationException;
import org.credence.validation.control.ObservationStore.Source;

/**
 * Weights learned from a model's inspection outcomes (validation-v1), beside its current ones: what the
 * validation report shows and what an administrator's outcome-derived draft is made of.
 */
public final class OutcomeFit {

    private OutcomeFit() {}

    /** The model's current weights and the outcome weights of the period, with how long reading and fitting took. */
    public record Fitted(
            Map<String, BigDecimal> current,
            OutcomeWeights.Assessment assessment,
            int observations,
            long readMillis,
            long fitMillis) {}

    /**
     * Reads the model's observations of the period and learns weights from them; the refusals of too few
     * outcomes or no indicator raising the risk are 422s naming the counts.
     */
    public static Fitted fit(Connection c, ModelView model, ValidationPeriod period) throws SQLException {
        long started = System.nanoTime();
        Source source = ObservationStore.read(c, ModelStore.find(c, model.id()), period.from(), period.to());
        long read = System.nanoTime();
        return fit(model, source, (read - started) / 1_000_000, read);
    }

    /** Learns weights from observations already read; {@code fitStarted} is a {@link System#nanoTime()}. */
    public static Fitted fit(ModelView model, Source source, long readMillis, long fitStarted) {
        Map<String, BigDecimal> current = new LinkedHashMap<>();
        for (ModelDefinition.IndicatorDefinition i : model.definition().indicators()) {
            if ("NEGATIVE".equals(i.polarity())) {
                current.put(i.code(), i.weight());
            }
        }
        OutcomeWeights.Assessment assessment;
        try {
            assessment = OutcomeWeights.assess(source.codes(), current, source.observations());
        } catch (InvalidArgument e) {
            throw new RuleViolationException(
                    "validation.too-few-findings".equals(e.text().key())
                            ? "too-few-outcomes"
                            : "outcome-weights-not-applicable",
                    e.text());
        }
        long fitted = System.nanoTime();
        return new Fitted(current, assessment, source.targets().size(), readMillis, (fitted - fitStarted) / 1_000_000);
    }

    /** What the fit says of each NEGATIVE indicator. */
    public static List<OutcomeWeightsResult.IndicatorEffect> effects(OutcomeWeights.Learned learned) {
        return learned.effects().stream()
                .map(e -> new OutcomeWeightsResult.IndicatorEffect(
                        e.code(), e.mean(), e.sd(), e.coefficient(), e.perPoint()))
                .toList();
    }
}
