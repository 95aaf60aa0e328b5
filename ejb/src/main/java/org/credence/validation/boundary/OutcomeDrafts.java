package org.credence.validation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.credence.audit.control.WriteLog;
import org.credence.credit.control.DraftPreview;
import org.credence.credit.control.ModelEntries;
import org.credence.credit.control.ModelRules;
import org.credence.credit.entity.ModelView;
import org.credence.credit.entity.OutcomeWeightsResult;
import org.credence.credit.entity.Preview;
import org.credence.credit.entity.WeightsResult;
import org.credence.platform.ChinaTime;
import org.credence.platform.Message;
import org.credence.platform.NotPermittedException;
import org.credence.platform.jdbc.Database;
import org.credence.security.control.CallerIdentity;
import org.credence.security.control.Callers;
import org.credence.validation.control.OutcomeFit;
import org.credence.validation.control.OutcomeWeights;
import org.credence.validation.control.ValidationPeriod;
import org.credence.violation.boundary.RecordCatalogue;

/**
 * A new draft of a model with the weights its inspection outcomes teach (validation-v1), beside the AUCs that
 * justify it and the grade shifts it would bring. Credit's {@code CreditModels} keeps every other way of setting
 * weights; this one lives with validation because it is validation's fit that makes it.
 */
@Stateless
public class OutcomeDrafts {

    private static final Logger LOG = Logger.getLogger(OutcomeDrafts.class.getName());

    @Inject
    Database database;

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    RecordCatalogue catalogue;

    Clock clock = Clock.systemUTC();

    /**
     * Learns weights from the outcomes of model {@code id}'s random inspections completed in the period
     * (validation-v1; {@code to} defaults to today, {@code from} to a year before {@code to}) and keeps
     * them in a new DRAFT version of the model, its indicators and rules copied, with the AUCs of the
     * current and the learned weights, the learned weights' cross-validated AUC and the grade shifts the
     * draft would bring. Only an administrator of the model's agency, or a SYSTEM_ADMIN, may. Refused
     * (422) with the counts when the outcomes hold fewer than 10 hits or 10 clean results, or when no
     * indicator raises the risk.
     */
    public OutcomeWeightsResult deriveByOutcomes(long id, LocalDate from, LocalDate to) {
        CallerIdentity caller = callers.current();
        LocalDate today = ChinaTime.today(clock);
        ValidationPeriod period = ValidationPeriod.of(from, to, today);
        return database.call(c -> {
            ModelView base = entries().existing(id);
            if (!caller.mayChangeDataOfAgency(base.agency())) {
                throw new NotPermittedException(Message.of("model-of-another-agency", base.agency()));
            }
            OutcomeFit.Fitted fitted = OutcomeFit.fit(c, base, period);
            OutcomeWeights.Assessment assessment = fitted.assessment();
            OutcomeWeights.Learned learned = assessment.learned();

            entries().lockAgency(base.agencyId());
            ModelRules.Checked checked =
                    ModelRules.check(base.definition().withWeights(learned.weights()), catalogue.categories());
            int version = entries().lastVersion(base.agencyId(), base.name()) + 1;
            String basis = Json.createObjectBuilder()
                    .add("model", id)
                    .add("from", period.from().toString())
                    .add("to", period.to().toString())
                    .add("hits", learned.hits())
                    .add("cleans", learned.cleans())
                    .add("currentAuc", number(assessment.currentAuc()))
                    .add("learnedAuc", number(assessment.learnedAuc()))
                    .add("crossValidatedAuc", number(assessment.crossValidatedAuc()))
                    .build()
                    .toString();
            long draft = entries()
                    .insertDraft(
                            base.agencyId(),
                            version,
                            base.id(),
                            checked,
                            OutcomeWeightsResult.METHOD,
                            basis,
                            caller.name(),
                            LocalDateTime.now(clock));
            long previewStarted = System.nanoTime();
            Preview preview = DraftPreview.of(c, entries().existing(draft), DraftPreview.TRIAL_CHANGES, today);
            long previewMillis = (System.nanoTime() - previewStarted) / 1_000_000;
            LOG.info(() -> "outcome weights of model " + id + ": " + fitted.observations() + " targets read in "
                    + fitted.readMillis() + " ms, weights learned and cross-validated in " + fitted.fitMillis()
                    + " ms, draft " + draft + " previewed in " + previewMillis + " ms");
            WriteLog.record(caller.name(), "model.create", "model " + draft + " based on model " + id);
            WriteLog.record(
                    caller.name(),
                    "model.weights",
                    "model " + draft + " by " + OutcomeWeightsResult.METHOD + " of model " + id + " completed "
                            + period.from() + " to " + period.to());
            Map<String, BigDecimal> current = fitted.current();
            List<OutcomeWeightsResult.IndicatorEffect> effects = OutcomeFit.effects(learned);
            return new OutcomeWeightsResult(
                    id,
                    draft,
                    period.from(),
                    period.to(),
                    learned.hits(),
                    learned.cleans(),
                    new WeightsResult(draft, OutcomeWeightsResult.METHOD, checked.weights(), Map.of(), null),
                    current,
                    base.weightMethod(),
                    effects,
                    assessment.currentAuc(),
                    assessment.learnedAuc(),
                    assessment.crossValidatedAuc(),
                    assessment.crossValidationRefusal(),
                    preview);
        });
    }

    private static JsonValue number(Double value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }

    private ModelEntries entries() {
        return new ModelEntries(em);
    }
}
