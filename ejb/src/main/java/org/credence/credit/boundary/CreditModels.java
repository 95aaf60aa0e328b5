package org.credence.credit.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credence.agency.entity.Agency;
import org.credence.audit.control.WriteLog;
import org.credence.credit.control.DraftPreview;
import org.credence.credit.control.EntropyWeights;
import org.credence.credit.control.ModelEntries;
import org.credence.credit.control.ModelRules;
import org.credence.credit.control.ModelStore;
import org.credence.credit.control.ModelStore.StoredModel;
import org.credence.credit.control.ScoreExplanation;
import org.credence.credit.control.WeightDerivation;
import org.credence.credit.entity.ModelDefinition;
import org.credence.credit.entity.ModelView;
import org.credence.credit.entity.Preview;
import org.credence.credit.entity.WeightsResult;
import org.credence.platform.ChinaTime;
import org.credence.platform.ConflictException;
import org.credence.platform.FieldError;
import org.credence.platform.InvalidArgument;
import org.credence.platform.InvalidRequestException;
import org.credence.platform.Message;
import org.credence.platform.NotPermittedException;
import org.credence.platform.RuleViolationException;
import org.credence.platform.jdbc.Database;
import org.credence.security.control.CallerIdentity;
import org.credence.security.control.Callers;
import org.credence.violation.boundary.RecordCatalogue;
import org.credence.violation.entity.Polarity;

/**
 * Evaluation models: drafts, their weights (direct, AHP or entropy; weights learned from outcomes are validation's
 * {@code OutcomeDrafts}), previews, activation and retirement. Only an administrator of the owning agency, or a SYSTEM_ADMIN, changes a model; an
 * ACTIVE or RETIRED model never changes.
 */
@Stateless
public class CreditModels {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(CreditModels.class.getName());

    static final int MAX_PREVIEW_CHANGES = 1000;

    @Resource
    SessionContext context;

    @Inject
    Database database;

    @PersistenceContext
    EntityManager em;

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
        return database.entities(() -> entries().list(agencyOrAll, status));
    }

    public ModelView find(long id) {
        return database.entities(() -> entries().existing(id));
    }

    public ModelView create(ModelCreation creation) {
        if (creation == null || (creation.basedOn() == null) == (creation.definition() == null)) {
            throw new InvalidRequestException("basedOn", Message.of("give-either-basedon-a-new-version"));
        }
        CallerIdentity caller = callers.current();
        return database.entities(() -> {
            long id;
            if (creation.basedOn() != null) {
                ModelView base = entries().existing(creation.basedOn());
                permit(caller, base.agency());
                entries().lockAgency(base.agencyId());
                ModelRules.Checked checked = check(base.definition());
                int version = entries().lastVersion(base.agencyId(), base.name()) + 1;
                id = entries()
                        .insertDraft(
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
                entries().lockAgency(agency.id());
                if (entries().lastVersion(agency.id(), checked.name()) > 0) {
                    throw new ConflictException(
                            "model-exists", Message.of("model-name-taken-use-based-on", agency.code(), checked.name()));
                }
                id = entries().insertDraft(agency.id(), 1, null, checked, "DIRECT", null, caller.name(), now());
            }
            WriteLog.record(caller.name(), "model.create", "model " + id);
            return entries().find(id);
        });
    }

    public ModelView replace(long id, ModelDefinition definition) {
        if (definition == null) {
            throw new InvalidRequestException("body", Message.of("a-model-definition-is-required"));
        }
        CallerIdentity caller = callers.current();
        return database.entities(() -> {
            ModelView model = editableDraft(caller, id);
            if (definition.agency() != null && !definition.agency().strip().equals(model.agency())) {
                throw new InvalidRequestException(
                        "agency", Message.of("a-model-stays-with-its-agency", model.agency()));
            }
            ModelRules.Checked checked = check(definition);
            if (!checked.name().equals(model.name()) && entries().lastVersion(model.agencyId(), checked.name()) > 0) {
                throw new ConflictException(
                        "model-exists", Message.of("model-name-taken", model.agency(), checked.name()));
            }
            entries().replaceDraft(id, model.version(), checked, "DIRECT", null);
            WriteLog.record(caller.name(), "model.replace", "model " + id);
            return entries().find(id);
        });
    }

    /** Sets a draft's weights directly. */
    public WeightsResult setWeights(long id, Map<String, BigDecimal> weights) {
        CallerIdentity caller = callers.current();
        return database.entities(() -> store(caller, direct(caller, id, weights)));
    }

    /** What {@link #setWeights} would store and the grade shifts it would bring; nothing is kept. */
    public WeightsTrial trySetWeights(long id, Map<String, BigDecimal> weights) {
        CallerIdentity caller = callers.current();
        return database.call(c -> trial(c, direct(caller, id, weights)));
    }

    private Proposal direct(CallerIdentity caller, long id, Map<String, BigDecimal> weights) {
        if (weights == null || weights.isEmpty()) {
            throw new InvalidRequestException("weights", Message.of("give-a-weight-for-every-negative"));
        }
        ModelView model = editableDraft(caller, id);
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
        return database.entities(() -> store(caller, ahp(caller, id, request)));
    }

    /** What {@link #deriveByAhp} would store and the grade shifts it would bring; nothing is kept. */
    public WeightsTrial tryAhp(long id, AhpRequest request) {
        CallerIdentity caller = callers.current();
        return database.call(c -> trial(c, ahp(caller, id, request)));
    }

    private Proposal ahp(CallerIdentity caller, long id, AhpRequest request) {
        if (request == null || (request.matrix() == null) == (request.dimensionMatrix() == null)) {
            throw new InvalidRequestException("matrix", Message.of("give-either-matrix-flat-ahp-over"));
        }
        ModelView model = editableDraft(caller, id);
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
        return database.call(c -> store(caller, entropy(c, caller, id)));
    }

    /** What {@link #deriveByEntropy} would store today and the grade shifts it would bring; nothing is kept. */
    public WeightsTrial tryEntropy(long id) {
        CallerIdentity caller = callers.current();
        return database.call(c -> trial(c, entropy(c, caller, id)));
    }

    private Proposal entropy(Connection c, CallerIdentity caller, long id) throws SQLException {
        ModelView model = editableDraft(caller, id);
        List<String> codes = WeightDerivation.negativeCodes(model.definition().indicators());
        StoredModel stored = ModelStore.find(c, id);
        EntropyWeights entropy = new EntropyWeights(codes.size());
        LocalDate today = today();
        DraftPreview.forEveryBusiness(c, List.of(stored), today, result -> {
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
        return DraftPreview.of(c, entries().existing(id), limit, today());
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
        return database.entities(() -> {
            ModelView model = entries().existing(id);
            permit(caller, model.agency());
            entries().lockAgency(model.agencyId());
            entries().lock(id);
            model = entries().existing(id);
            if (!model.draft()) {
                throw new ConflictException(
                        "not-a-draft",
                        Message.of("model-is-only-a-draft-can", id, new Message.Value("ModelStatus", model.status())));
            }
            if (WeightDerivation.negativeCodes(model.definition().indicators()).isEmpty()) {
                throw new ConflictException("empty-model", Message.of("model-has-no-negative-indicator-to", id));
            }
            DraftPreview.requireWeights(model);
            for (ModelView other : entries().list(model.agencyId(), "ACTIVE")) {
                if (other.effectiveFrom() != null
                        && !effective.isAfter(other.effectiveFrom())
                        && other.effectiveFrom().isAfter(today)) {
                    throw new ConflictException(
                            "effective-date",
                            Message.of("the-agency-s-model-comes-into", other.id(), other.effectiveFrom()));
                }
            }
            entries().activate(model, effective, caller.name(), now());
            fullRuns.fire(new FullRunRequested(null, effective, "ACTIVATION"));
            WriteLog.record(caller.name(), "model.activate", "model " + id + " from " + effective);
            return entries().find(id);
        });
    }

    /** Retires an ACTIVE model from today; the agency then has no model in force until it activates one. */
    public ModelView retire(long id) {
        CallerIdentity caller = callers.current();
        return database.entities(() -> {
            ModelView model = entries().existing(id);
            permit(caller, model.agency());
            entries().lock(id);
            model = entries().existing(id);
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
            entries().retire(id, on, caller.name());
            WriteLog.record(caller.name(), "model.retire", "model " + id + " from " + on);
            return entries().find(id);
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

    private WeightsResult store(CallerIdentity caller, Proposal proposal) {
        WeightsResult result = write(proposal);
        WriteLog.record(
                caller.name(), "model.weights", "model " + proposal.model().id() + " by " + proposal.method());
        return result;
    }

    /**
     * Writes the proposal, reads the grades it gives, and rolls the transaction back: the administrator
     * sees the new weights and the grade shifts before anything is kept (no audit entry, nothing stored).
     */
    private WeightsTrial trial(Connection c, Proposal proposal) throws SQLException {
        WeightsResult result = write(proposal);
        Preview preview = preview(c, proposal.model().id(), DraftPreview.TRIAL_CHANGES);
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

    private WeightsResult write(Proposal proposal) {
        ModelView model = proposal.model();
        Map<String, BigDecimal> weights = proposal.weights();
        String method = proposal.method();
        ModelRules.Checked checked = check(model.definition().withWeights(weights));
        if (!entries().replaceDraft(model.id(), model.version(), checked, method, proposal.basis())) {
            throw new ConflictException(
                    "concurrent-change", Message.of("model-changed-meanwhile-read-it-again", model.id()));
        }
        return new WeightsResult(model.id(), method, checked.weights(), proposal.crs(), proposal.counted());
    }

    private ModelRules.Checked check(ModelDefinition definition) {
        return ModelRules.check(definition, catalogue.categories());
    }

    private ModelView editableDraft(CallerIdentity caller, long id) {
        ModelView model = entries().existing(id);
        permit(caller, model.agency());
        entries().lock(id);
        model = entries().existing(id);
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

    private ModelEntries entries() {
        return new ModelEntries(em);
    }
}
