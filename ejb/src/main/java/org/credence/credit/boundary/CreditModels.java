package org.credence.credit.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credence.agency.entity.Agency;
import org.credence.audit.control.WriteLog;
import org.credence.credit.control.EntropyWeights;
import org.credence.credit.control.ModelDefinition;
import org.credence.credit.control.ModelRepository;
import org.credence.credit.control.ModelRepository.ModelView;
import org.credence.credit.control.ModelRules;
import org.credence.credit.control.ModelStore;
import org.credence.credit.control.ModelStore.StoredModel;
import org.credence.credit.control.Rescoring;
import org.credence.credit.control.Rescoring.BusinessRef;
import org.credence.credit.control.ScoreExplanation;
import org.credence.credit.control.WeightDerivation;
import org.credence.credit.entity.Grade;
import org.credence.credit.entity.OutcomeWeightsResult;
import org.credence.credit.entity.Preview;
import org.credence.credit.entity.WeightsResult;
import org.credence.platform.ChinaTime;
import org.credence.platform.ConflictException;
import org.credence.platform.FieldError;
import org.credence.platform.InvalidArgument;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.platform.NotPermittedException;
import org.credence.platform.RuleViolationException;
import org.credence.platform.jdbc.Database;
import org.credence.security.control.CallerIdentity;
import org.credence.security.control.Callers;
import org.credence.validation.control.OutcomeFit;
import org.credence.validation.control.OutcomeWeights;
import org.credence.validation.control.ValidationPeriod;
import org.credence.violation.boundary.RecordCatalogue;
import org.credence.violation.entity.Polarity;
import org.credence.violation.entity.RecordCategory;

/**
 * Evaluation models: drafts, their weights (direct, AHP, entropy or learned from outcomes), previews, activation and
 * retirement. Only an administrator of the owning agency, or a SYSTEM_ADMIN, changes a model; an
 * ACTIVE or RETIRED model never changes.
 */
@Stateless
public class CreditModels {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(CreditModels.class.getName());

    static final int PREVIEW_CHUNK = 5000;
    static final int MAX_PREVIEW_CHANGES = 1000;
    /** The grade changes a trial of new weights lists (the counts cover every business). */
    static final int PREVIEW_TRIAL_CHANGES = 100;

    @Resource
    SessionContext context;

    @Inject
    Database database;

    @Inject
    Callers callers;

    @Inject
    Event<FullRunRequested> fullRuns;

    @Inject
    RecordCatalogue catalogue;

    Clock clock = Clock.systemUTC();

    public List<ModelView> list(String agency, String status) {
        Long agencyId = null;
        if (agency != null && !agency.isBlank()) {
            Agency a = catalogue.agencies().get(agency.strip());
            if (a == null) {
                throw new InvalidRequestException("agency", Message.of("unknown-agency", agency));
            }
            agencyId = a.id();
        }
        if (status != null && !List.of("DRAFT", "ACTIVE", "RETIRED").contains(status)) {
            throw new InvalidRequestException(
                    "status",
                    Message.of("must-be-one-of", Message.values("ModelStatus", "DRAFT", "ACTIVE", "RETIRED")));
        }
        Long agencyOrAll = agencyId;
        return database.call(c -> ModelRepository.list(c, agencyOrAll, status));
    }

    public ModelView find(long id) {
        return database.call(c -> existing(c, id));
    }

    public ModelView create(ModelCreation creation) {
        if (creation == null || (creation.basedOn() == null) == (creation.definition() == null)) {
            throw new InvalidRequestException("basedOn", Message.of("give-either-basedon-a-new-version"));
        }
        CallerIdentity caller = callers.current();
        return database.call(c -> {
            long id;
            if (creation.basedOn() != null) {
                ModelView base = existing(c, creation.basedOn());
                permit(caller, base.agency());
                ModelRepository.lockAgency(c, base.agencyId());
                ModelRules.Checked checked = check(base.definition());
                int version = ModelRepository.lastVersion(c, base.agencyId(), base.name()) + 1;
                id = ModelRepository.insertDraft(
                        c,
                        base.agencyId(),
                        version,
                        base.id(),
                        checked,
                        base.weightMethod(),
                        base.weightBasis(),
                        caller.name(),
                        now());
            } else {
                ModelDefinition definition = creation.definition();
                Agency agency = owningAgency(caller, definition.agency());
                ModelRules.Checked checked = check(definition);
                ModelRepository.lockAgency(c, agency.id());
                if (ModelRepository.lastVersion(c, agency.id(), checked.name()) > 0) {
                    throw new ConflictException(
                            "model-exists", Message.of("model-name-taken-use-based-on", agency.code(), checked.name()));
                }
                id = ModelRepository.insertDraft(
                        c, agency.id(), 1, null, checked, "DIRECT", null, caller.name(), now());
            }
            WriteLog.record(caller.name(), "model.create", "model " + id);
            return ModelRepository.find(c, id);
        });
    }

    public ModelView replace(long id, ModelDefinition definition) {
        if (definition == null) {
            throw new InvalidRequestException("body", Message.of("a-model-definition-is-required"));
        }
        CallerIdentity caller = callers.current();
        return database.call(c -> {
            ModelView model = editableDraft(c, caller, id);
            if (definition.agency() != null && !definition.agency().strip().equals(model.agency())) {
                throw new InvalidRequestException(
                        "agency", Message.of("a-model-stays-with-its-agency", model.agency()));
            }
            ModelRules.Checked checked = check(definition);
            if (!checked.name().equals(model.name())
                    && ModelRepository.lastVersion(c, model.agencyId(), checked.name()) > 0) {
                throw new ConflictException(
                        "model-exists", Message.of("model-name-taken", model.agency(), checked.name()));
            }
            ModelRepository.replaceDraft(c, id, model.version(), checked, "DIRECT", null);
            WriteLog.record(caller.name(), "model.replace", "model " + id);
            return ModelRepository.find(c, id);
        });
    }

    /** Sets a draft's weights directly. */
    public WeightsResult setWeights(long id, Map<String, BigDecimal> weights) {
        CallerIdentity caller = callers.current();
        return database.call(c -> store(c, caller, direct(c, caller, id, weights)));
    }

    /** What {@link #setWeights} would store and the grade shifts it would bring; nothing is kept. */
    public WeightsTrial trySetWeights(long id, Map<String, BigDecimal> weights) {
        CallerIdentity caller = callers.current();
        return database.call(c -> trial(c, direct(c, caller, id, weights)));
    }

    private Proposal direct(Connection c, CallerIdentity caller, long id, Map<String, BigDecimal> weights)
            throws SQLException {
        if (weights == null || weights.isEmpty()) {
            throw new InvalidRequestException("weights", Message.of("give-a-weight-for-every-negative"));
        }
        ModelView model = editableDraft(c, caller, id);
        List<String> codes = WeightDerivation.negativeCodes(model.definition().indicators());
        List<FieldError> errors = new ArrayList<>();
        for (String code : weights.keySet()) {
            if (!codes.contains(code)) {
                errors.add(new FieldError("weights." + code, Message.of("is-not-a-negative-indicator-of", codes)));
            }
        }
        for (String code : codes) {
            if (!weights.containsKey(code)) {
                errors.add(new FieldError("weights." + code, Message.of("is-missing")));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        codes.forEach(code -> ordered.put(code, weights.get(code)));
        return new Proposal(model, ordered, "DIRECT", null, Map.of(), null);
    }

    /** Derives a draft's weights by AHP, flat or hierarchical. */
    public WeightsResult deriveByAhp(long id, AhpRequest request) {
        CallerIdentity caller = callers.current();
        return database.call(c -> store(c, caller, ahp(c, caller, id, request)));
    }

    /** What {@link #deriveByAhp} would store and the grade shifts it would bring; nothing is kept. */
    public WeightsTrial tryAhp(long id, AhpRequest request) {
        CallerIdentity caller = callers.current();
        return database.call(c -> trial(c, ahp(c, caller, id, request)));
    }

    private Proposal ahp(Connection c, CallerIdentity caller, long id, AhpRequest request) throws SQLException {
        if (request == null || (request.matrix() == null) == (request.dimensionMatrix() == null)) {
            throw new InvalidRequestException("matrix", Message.of("give-either-matrix-flat-ahp-over"));
        }
        ModelView model = editableDraft(c, caller, id);
        WeightDerivation.Derived derived;
        try {
            derived = request.matrix() != null
                    ? WeightDerivation.flat(model.definition().indicators(), request.matrix())
                    : WeightDerivation.hierarchical(
                            model.definition().indicators(), request.dimensionMatrix(), request.dimensions());
        } catch (WeightDerivation.Inconsistent e) {
            throw new RuleViolationException("inconsistent-judgements", e.text());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    request.matrix() != null ? "matrix" : "dimensionMatrix", InvalidArgument.reasonOf(e));
        }
        String method = request.matrix() != null ? "AHP" : "HIERARCHICAL_AHP";
        return new Proposal(model, derived.weights(), method, derived.basis(), derived.consistencyRatios(), null);
    }

    /** Derives a draft's weights by entropy over today's loads of every business. */
    public WeightsResult deriveByEntropy(long id) {
        CallerIdentity caller = callers.current();
        return database.call(c -> store(c, caller, entropy(c, caller, id)));
    }

    /** What {@link #deriveByEntropy} would store today and the grade shifts it would bring; nothing is kept. */
    public WeightsTrial tryEntropy(long id) {
        CallerIdentity caller = callers.current();
        return database.call(c -> trial(c, entropy(c, caller, id)));
    }

    private Proposal entropy(Connection c, CallerIdentity caller, long id) throws SQLException {
        ModelView model = editableDraft(c, caller, id);
        List<String> codes = WeightDerivation.negativeCodes(model.definition().indicators());
        StoredModel stored = ModelStore.find(c, id);
        EntropyWeights entropy = new EntropyWeights(codes.size());
        LocalDate today = today();
        forEveryBusiness(c, List.of(stored), today, result -> {
            double[] loads = new double[codes.size()];
            int j = 0;
            for (ScoreExplanation.IndicatorResult indicator :
                    result.explanation().indicators()) {
                if (indicator.polarity() == Polarity.NEGATIVE) {
                    loads[j++] = indicator.load();
                }
            }
            entropy.add(loads);
        });
        double[] fractions;
        try {
            fractions = entropy.weights();
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(
                    "entropy-not-applicable",
                    Message.of("entropy-weights-cannot-be-derived", InvalidArgument.reasonOf(e)));
        }
        Map<String, BigDecimal> weights = org.credence.credit.control.Weights.fromFractions(codes, fractions);
        String basis = "{\"asOf\":\"" + today + "\",\"businesses\":" + entropy.rows() + "}";
        return new Proposal(model, weights, "ENTROPY", basis, Map.of(), entropy.rows());
    }

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
        return database.call(c -> {
            OutcomeWeightsResult result = outcomes(c, caller, id, from, to);
            WriteLog.record(caller.name(), "model.create", "model " + result.draft() + " based on model " + id);
            WriteLog.record(
                    caller.name(),
                    "model.weights",
                    "model " + result.draft() + " by " + OutcomeWeightsResult.METHOD + " of model " + id + " completed "
                            + result.from() + " to " + result.to());
            return result;
        });
    }

    /**
     * What {@link #deriveByOutcomes} would learn and the grade shifts its draft would bring; nothing is
     * kept ({@code draft} is null, and {@code result.model()} the validated model).
     */
    public OutcomeWeightsResult tryOutcomes(long id, LocalDate from, LocalDate to) {
        CallerIdentity caller = callers.current();
        return database.call(c -> {
            OutcomeWeightsResult r = outcomes(c, caller, id, from, to);
            context.setRollbackOnly();
            WeightsResult weights = r.result();
            return new OutcomeWeightsResult(
                    r.model(),
                    null,
                    r.from(),
                    r.to(),
                    r.hits(),
                    r.cleans(),
                    new WeightsResult(
                            r.model(),
                            weights.method(),
                            weights.weights(),
                            weights.consistencyRatios(),
                            weights.businessesCounted()),
                    r.currentWeights(),
                    r.currentMethod(),
                    r.effects(),
                    r.currentAuc(),
                    r.learnedAuc(),
                    r.crossValidatedAuc(),
                    r.crossValidationRefusal(),
                    r.preview());
        });
    }

    private OutcomeWeightsResult outcomes(Connection c, CallerIdentity caller, long id, LocalDate from, LocalDate to)
            throws SQLException {
        ValidationPeriod period = ValidationPeriod.of(from, to, today());
        ModelView base = existing(c, id);
        permit(caller, base.agency());
        OutcomeFit.Fitted fitted = OutcomeFit.fit(c, base, period);
        Map<String, BigDecimal> current = fitted.current();
        OutcomeWeights.Assessment assessment = fitted.assessment();
        OutcomeWeights.Learned learned = assessment.learned();

        ModelRepository.lockAgency(c, base.agencyId());
        ModelRules.Checked checked = check(withWeights(base.definition(), learned.weights()));
        int version = ModelRepository.lastVersion(c, base.agencyId(), base.name()) + 1;
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
        long draft = ModelRepository.insertDraft(
                c,
                base.agencyId(),
                version,
                base.id(),
                checked,
                OutcomeWeightsResult.METHOD,
                basis,
                caller.name(),
                now());
        long previewStarted = System.nanoTime();
        Preview preview = preview(c, draft, PREVIEW_TRIAL_CHANGES);
        long previewMillis = (System.nanoTime() - previewStarted) / 1_000_000;
        LOG.info(() -> "outcome weights of model " + id + ": " + fitted.observations() + " targets read in "
                + fitted.readMillis() + " ms, weights learned and cross-validated in " + fitted.fitMillis()
                + " ms, draft " + draft + " previewed in " + previewMillis + " ms");
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
    }

    private static JsonValue number(Double value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }

    /** The definition with these weights on its NEGATIVE indicators, all else as it is. */
    private static ModelDefinition withWeights(ModelDefinition d, Map<String, BigDecimal> weights) {
        List<ModelDefinition.IndicatorDefinition> indicators = new ArrayList<>();
        for (ModelDefinition.IndicatorDefinition i : d.indicators()) {
            indicators.add(new ModelDefinition.IndicatorDefinition(
                    i.code(),
                    i.name(),
                    i.dimension(),
                    i.dimensionName(),
                    i.polarity(),
                    i.categories(),
                    i.halfLifeDays(),
                    i.windowMonths(),
                    "NEGATIVE".equals(i.polarity()) ? weights.get(i.code()) : null,
                    i.bonusCap()));
        }
        return new ModelDefinition(
                d.agency(),
                d.name(),
                d.severityPoints(),
                d.positivePoints(),
                d.positivePointsByCategory(),
                d.thresholds(),
                d.vetoes(),
                indicators);
    }

    /**
     * The grade distribution a draft would give today, next to the agency's model in force (else market
     * regulation's, which an agency without a model of its own relies on).
     */
    public Preview preview(long id, int limit) {
        if (limit < 0 || limit > MAX_PREVIEW_CHANGES) {
            throw new InvalidRequestException("limit", Message.of("range-0-to", MAX_PREVIEW_CHANGES));
        }
        return database.call(c -> preview(c, id, limit));
    }

    private Preview preview(Connection c, long id, int limit) throws SQLException {
        ModelView model = existing(c, id);
        if (!model.draft()) {
            throw new ConflictException(
                    "not-a-draft",
                    Message.of(
                            "model-is-preview-compares-a-draft", id, new Message.Value("ModelStatus", model.status())));
        }
        requireWeights(model);
        LocalDate today = today();
        StoredModel draft = ModelStore.find(c, id);
        // an agency without a model of its own uses market regulation's (draws do), so that is the comparison
        List<StoredModel> inForce = ModelStore.inForce(c, today);
        StoredModel current = inForce.stream()
                .filter(m -> m.agencyId() == model.agencyId())
                .findFirst()
                .or(() -> inForce.stream()
                        .filter(m -> m.agencyId() == ModelStore.MARKET_REGULATOR)
                        .findFirst())
                .orElse(null);
        List<StoredModel> models = current == null ? List.of(draft) : List.of(draft, current);
        Map<Grade, Long> draftGrades = new EnumMap<>(Grade.class);
        Map<Grade, Long> currentGrades = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            draftGrades.put(g, 0L);
            currentGrades.put(g, 0L);
        }
        List<Preview.GradeChange> changes = new ArrayList<>();
        long[] counts = new long[2];
        ScoreExplanation[] draftResult = new ScoreExplanation[1];
        forEveryBusiness(c, models, today, result -> {
            ScoreExplanation e = result.explanation();
            if (result.model() == draft) {
                draftGrades.merge(e.grade(), 1L, Long::sum);
                draftResult[0] = e;
                counts[0]++;
            } else {
                currentGrades.merge(e.grade(), 1L, Long::sum);
                if (e.grade() != draftResult[0].grade()) {
                    counts[1]++;
                    if (changes.size() < limit) {
                        changes.add(new Preview.GradeChange(
                                result.business().uscc(),
                                e.score(),
                                e.grade().name(),
                                draftResult[0].score(),
                                draftResult[0].grade().name()));
                    }
                }
            }
        });
        return new Preview(
                id,
                current == null ? null : current.id(),
                today,
                counts[0],
                names(draftGrades),
                current == null ? null : names(currentGrades),
                current == null ? 0 : counts[1],
                changes);
    }

    /** Activates a draft from a date (today or later); the agency's active model is retired from that date. */
    public ModelView activate(long id, Activation activation) {
        CallerIdentity caller = callers.current();
        LocalDate today = today();
        LocalDate effective =
                activation == null || activation.effectiveFrom() == null ? today : activation.effectiveFrom();
        if (effective.isBefore(today)) {
            throw new InvalidRequestException("effectiveFrom", Message.of("must-be-today-or-later-scores", today));
        }
        return database.call(c -> {
            ModelView model = existing(c, id);
            permit(caller, model.agency());
            ModelRepository.lockAgency(c, model.agencyId());
            ModelRepository.lock(c, id);
            model = existing(c, id);
            if (!model.draft()) {
                throw new ConflictException(
                        "not-a-draft",
                        Message.of("model-is-only-a-draft-can", id, new Message.Value("ModelStatus", model.status())));
            }
            if (WeightDerivation.negativeCodes(model.definition().indicators()).isEmpty()) {
                throw new ConflictException("empty-model", Message.of("model-has-no-negative-indicator-to", id));
            }
            requireWeights(model);
            for (ModelView other : ModelRepository.list(c, model.agencyId(), "ACTIVE")) {
                if (other.effectiveFrom() != null
                        && !effective.isAfter(other.effectiveFrom())
                        && other.effectiveFrom().isAfter(today)) {
                    throw new ConflictException(
                            "effective-date",
                            Message.of("the-agency-s-model-comes-into", other.id(), other.effectiveFrom()));
                }
            }
            ModelRepository.activate(c, model, effective, caller.name(), now());
            fullRuns.fire(new FullRunRequested(null, effective, "ACTIVATION"));
            WriteLog.record(caller.name(), "model.activate", "model " + id + " from " + effective);
            return ModelRepository.find(c, id);
        });
    }

    /** Retires an ACTIVE model from today; the agency then has no model in force until it activates one. */
    public ModelView retire(long id) {
        CallerIdentity caller = callers.current();
        return database.call(c -> {
            ModelView model = existing(c, id);
            permit(caller, model.agency());
            ModelRepository.lock(c, id);
            model = existing(c, id);
            if (!"ACTIVE".equals(model.status())) {
                throw new ConflictException(
                        "not-active",
                        Message.of(
                                "model-is-only-an-active-model", id, new Message.Value("ModelStatus", model.status())));
            }
            LocalDate today = today();
            LocalDate on =
                    model.effectiveFrom() != null && model.effectiveFrom().isAfter(today)
                            ? model.effectiveFrom()
                            : today;
            ModelRepository.retire(c, id, on, caller.name());
            WriteLog.record(caller.name(), "model.retire", "model " + id + " from " + on);
            return ModelRepository.find(c, id);
        });
    }

    /** New weights for a draft, checked and ready to store: how they came about and from what. */
    private record Proposal(
            ModelView model,
            Map<String, BigDecimal> weights,
            String method,
            String basis,
            Map<String, Double> crs,
            Long counted) {}

    private WeightsResult store(Connection c, CallerIdentity caller, Proposal proposal) throws SQLException {
        WeightsResult result = write(c, proposal);
        WriteLog.record(
                caller.name(), "model.weights", "model " + proposal.model().id() + " by " + proposal.method());
        return result;
    }

    /**
     * Writes the proposal, reads the grades it gives, and rolls the transaction back: the administrator
     * sees the new weights and the grade shifts before anything is kept (no audit entry, nothing stored).
     */
    private WeightsTrial trial(Connection c, Proposal proposal) throws SQLException {
        WeightsResult result = write(c, proposal);
        Preview preview = preview(c, proposal.model().id(), PREVIEW_TRIAL_CHANGES);
        context.setRollbackOnly();
        return new WeightsTrial(
                result,
                proposal.model().definition().indicators().stream()
                        .filter(i -> "NEGATIVE".equals(i.polarity()) && i.weight() != null)
                        .collect(java.util.stream.Collectors.toMap(
                                ModelDefinition.IndicatorDefinition::code,
                                ModelDefinition.IndicatorDefinition::weight,
                                (a, b) -> a,
                                LinkedHashMap::new)),
                proposal.model().weightMethod(),
                preview);
    }

    private WeightsResult write(Connection c, Proposal proposal) throws SQLException {
        ModelView model = proposal.model();
        Map<String, BigDecimal> weights = proposal.weights();
        String method = proposal.method();
        ModelRules.Checked checked = check(withWeights(model.definition(), weights));
        if (!ModelRepository.replaceDraft(c, model.id(), model.version(), checked, method, proposal.basis())) {
            throw new ConflictException(
                    "concurrent-change", Message.of("model-changed-meanwhile-read-it-again", model.id()));
        }
        return new WeightsResult(model.id(), method, checked.weights(), proposal.crs(), proposal.counted());
    }

    private void forEveryBusiness(
            Connection c, List<StoredModel> models, LocalDate asOf, java.util.function.Consumer<Rescoring.Result> sink)
            throws SQLException {
        Rescoring rescoring = new Rescoring(c);
        long from = 0;
        while (true) {
            List<BusinessRef> chunk = rescoring.businessesFrom(from, PREVIEW_CHUNK);
            if (chunk.isEmpty()) {
                return;
            }
            rescoring.score(chunk, models, asOf, false, sink);
            from = chunk.get(chunk.size() - 1).id() + 1;
        }
    }

    private static void requireWeights(ModelView model) {
        boolean missing = model.definition().indicators().stream()
                .anyMatch(i -> "NEGATIVE".equals(i.polarity()) && i.weight() == null);
        if (missing) {
            throw new ConflictException("weights-missing", Message.of("model-has-no-weights-yet-set", model.id()));
        }
    }

    private static Map<String, Long> names(Map<Grade, Long> grades) {
        Map<String, Long> named = new LinkedHashMap<>();
        grades.forEach((g, n) -> named.put(g.name(), n));
        return named;
    }

    private ModelRules.Checked check(ModelDefinition definition) {
        Map<String, Polarity> categories = new LinkedHashMap<>();
        for (RecordCategory category : catalogue.categories()) {
            categories.put(category.code(), category.polarity());
        }
        List<FieldError> errors = new ArrayList<>();
        ModelRules.Checked checked = ModelRules.check(definition, categories, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return checked;
    }

    private ModelView editableDraft(Connection c, CallerIdentity caller, long id) throws SQLException {
        ModelView model = existing(c, id);
        permit(caller, model.agency());
        ModelRepository.lock(c, id);
        model = existing(c, id);
        if (!model.draft()) {
            throw new ConflictException(
                    "model-immutable",
                    Message.of(
                            "model-is-and-cannot-change-create",
                            id,
                            new Message.Value("ModelStatus", model.status()),
                            id));
        }
        return model;
    }

    private static ModelView existing(Connection c, long id) throws SQLException {
        ModelView model = ModelRepository.find(c, id);
        if (model == null) {
            throw new NotFoundException("model-not-found", Message.of("there-is-no-model", id));
        }
        return model;
    }

    private static void permit(CallerIdentity caller, String agencyCode) {
        if (!caller.mayChangeDataOfAgency(agencyCode)) {
            throw new NotPermittedException(Message.of("model-of-another-agency", agencyCode));
        }
    }

    private Agency owningAgency(CallerIdentity caller, String requested) {
        if (caller.systemAdmin()) {
            if (requested == null || requested.isBlank()) {
                throw new InvalidRequestException("definition.agency", Message.of("model-agency-required"));
            }
            Agency agency = catalogue.agencies().get(requested.strip());
            if (agency == null) {
                throw new InvalidRequestException("definition.agency", Message.of("unknown-agency", requested));
            }
            return agency;
        }
        if (caller.agency() == null || !caller.agencyAdmin()) {
            throw new NotPermittedException(Message.of("only-admins-create-models"));
        }
        if (requested != null
                && !requested.isBlank()
                && !requested.strip().equals(caller.agency().code())) {
            throw new NotPermittedException(
                    Message.of("you-may-create-models-only-for", caller.agency().code()));
        }
        return caller.agency();
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
