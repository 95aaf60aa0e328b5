package org.credence.credit.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.agency.entity.Agency;
import org.credence.credit.entity.CreditIndicator;
import org.credence.credit.entity.CreditModel;
import org.credence.credit.entity.ModelDefinition;
import org.credence.credit.entity.ModelDefinition.IndicatorDefinition;
import org.credence.credit.entity.ModelView;
import org.credence.platform.Message;
import org.credence.platform.NotFoundException;
import org.credence.violation.entity.RecordCategory;
import org.credence.violation.entity.Severity;

/**
 * Evaluation models as entities, in the caller's persistence context and transaction: read as administrators see them
 * ({@link ModelView}), drafted, replaced, activated, retired and locked. Every change is flushed before the method
 * returns, so that what the same transaction reads next in JDBC (a preview scores the draft with
 * {@link ModelStore}) sees it, and a refusal of the database arrives at the caller, not at commit. The rules and the
 * rights stay with the boundaries.
 */
public final class ModelEntries {

    private final EntityManager em;

    public ModelEntries(EntityManager em) {
        this.em = em;
    }

    /** The model, or null. */
    public ModelView find(long id) {
        CreditModel model = read(id);
        return model == null ? null : view(model);
    }

    /** The model, or a 404 refusal when there is none. */
    public ModelView existing(long id) {
        return view(stored(id));
    }

    /** Models, newest first, optionally of one agency (its row id) and one status. */
    public List<ModelView> list(Long agencyId, String status) {
        TypedQuery<CreditModel> query;
        if (agencyId != null && status != null) {
            query = em.createNamedQuery(CreditModel.OF_AGENCY_IN_STATUS, CreditModel.class)
                    .setParameter("agency", agencyId)
                    .setParameter("status", status);
        } else if (agencyId != null) {
            query = em.createNamedQuery(CreditModel.OF_AGENCY, CreditModel.class)
                    .setParameter("agency", agencyId);
        } else if (status != null) {
            query = em.createNamedQuery(CreditModel.IN_STATUS, CreditModel.class)
                    .setParameter("status", status);
        } else {
            query = em.createNamedQuery(CreditModel.ALL, CreditModel.class);
        }
        return query.getResultList().stream().map(ModelEntries::view).toList();
    }

    /** The highest version of a model name within an agency, 0 when there is none. */
    public int lastVersion(long agencyId, String name) {
        Integer last = em.createNamedQuery(CreditModel.LAST_VERSION, Integer.class)
                .setParameter("agency", agencyId)
                .setParameter("name", name)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    /** Stores a new DRAFT with the checked definition and returns its id. */
    public long insertDraft(
            long agencyId,
            int modelVersion,
            Long basedOn,
            ModelRules.Checked d,
            String weightMethod,
            String weightBasis,
            String by,
            LocalDateTime now) {
        Map<String, RecordCategory> categories = categories();
        CreditModel model = new CreditModel(em.find(Agency.class, agencyId), modelVersion, basedOn, now, by);
        define(model, d, weightMethod, weightBasis);
        em.persist(model);
        addIndicators(model, d, categories);
        written(model);
        return model.id();
    }

    /**
     * Replaces a DRAFT's definition, its indicators and its points by category; false when the model changed since
     * {@code expectedVersion} was read, or is no longer a draft. Its version grows, whether or not a column of the
     * model's own row changed (a new weight is a column of an indicator): a client holding the old version is told
     * that the model changed meanwhile.
     */
    public boolean replaceDraft(
            long id, long expectedVersion, ModelRules.Checked d, String weightMethod, String weightBasis) {
        CreditModel model = em.find(CreditModel.class, id);
        if (model == null || model.version() != expectedVersion || !CreditModel.DRAFT.equals(model.status())) {
            return false;
        }
        em.lock(model, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        define(model, d, weightMethod, weightBasis);
        for (CreditIndicator old : model.indicators()) {
            em.remove(old);
        }
        model.indicators().clear();
        model.categoryPoints().clear();
        // the old indicators leave before the new ones come: they share codes and places, which are unique per model
        em.flush();
        addIndicators(model, d, categories());
        written(model);
        return true;
    }

    /** Activates a DRAFT from a date, retiring the agency's ACTIVE model from that date. */
    public void activate(ModelView draft, LocalDate effectiveFrom, String by, LocalDateTime now) {
        em.flush();
        // a RETIRED model still in force until a later date (its successor was retired before coming
        // into force) leaves office when this one comes in
        em.createNamedQuery(CreditModel.LEAVE_OFFICE)
                .setParameter("agency", draft.agencyId())
                .setParameter("on", effectiveFrom)
                .executeUpdate();
        // the agency's one ACTIVE model (a unique key) is given up before the draft takes it
        em.createNamedQuery(CreditModel.RETIRE_ACTIVE)
                .setParameter("agency", draft.agencyId())
                .setParameter("on", effectiveFrom)
                .setParameter("by", by)
                .executeUpdate();
        CreditModel model = em.find(CreditModel.class, draft.id());
        if (model != null && CreditModel.DRAFT.equals(model.status())) {
            model.activate(effectiveFrom, now, by);
            written(model);
        }
    }

    /** Retires an ACTIVE model from a date. */
    public void retire(long id, LocalDate on, String by) {
        CreditModel model = em.find(CreditModel.class, id);
        if (model != null && CreditModel.ACTIVE.equals(model.status())) {
            model.retire(on, by);
            written(model);
        }
    }

    /**
     * Writes the model and reads it back as stored, as the next read in the transaction must see it: a weight is kept
     * with six decimals whatever the caller gave.
     */
    private void written(CreditModel model) {
        em.flush();
        em.refresh(model);
    }

    /** Locks an agency's row until the transaction ends: its models' creations and activations take turns. */
    public void lockAgency(long agencyId) {
        em.createNativeQuery("select id from agency where id = ? for update")
                .setParameter(1, agencyId)
                .getResultList();
    }

    /** Locks a model's row until the transaction ends, and reads it again as it is now. */
    public void lock(long id) {
        CreditModel model = em.find(CreditModel.class, id);
        if (model != null) {
            em.refresh(model, LockModeType.PESSIMISTIC_WRITE);
        }
    }

    private CreditModel read(long id) {
        List<CreditModel> found = em.createNamedQuery(CreditModel.BY_ID, CreditModel.class)
                .setParameter("id", id)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private CreditModel stored(long id) {
        CreditModel model = read(id);
        if (model == null) {
            throw new NotFoundException("model-not-found", Message.of("there-is-no-model", id));
        }
        return model;
    }

    private static void define(CreditModel model, ModelRules.Checked d, String weightMethod, String weightBasis) {
        model.define(
                d.name(),
                d.severityPoints().get(Severity.MINOR),
                d.severityPoints().get(Severity.ORDINARY),
                d.severityPoints().get(Severity.HEAVY),
                d.severityPoints().get(Severity.SERIOUS),
                d.positivePoints(),
                d.thresholdA(),
                d.thresholdB(),
                d.thresholdC(),
                d.seriousList(),
                d.abnormalList(),
                d.recentSerious(),
                d.worstFactorBelow(),
                d.weights() == null ? null : weightMethod,
                d.weights() == null ? null : weightBasis);
    }

    /** The record catalogue by code (read before a new model is persisted, so that the read does not flush it half made). */
    private Map<String, RecordCategory> categories() {
        Map<String, RecordCategory> categories = new LinkedHashMap<>();
        for (RecordCategory c : em.createNamedQuery(RecordCategory.FIND_ALL, RecordCategory.class)
                .getResultList()) {
            categories.put(c.code(), c);
        }
        return categories;
    }

    private void addIndicators(CreditModel model, ModelRules.Checked d, Map<String, RecordCategory> categories) {
        int ordinal = 0;
        for (IndicatorDefinition in : d.indicators()) {
            Set<RecordCategory> feeding = new HashSet<>();
            for (String code : in.categories()) {
                RecordCategory category = categories.get(code);
                if (category != null) {
                    feeding.add(category);
                }
            }
            CreditIndicator indicator = new CreditIndicator(
                    model,
                    ++ordinal,
                    in.code(),
                    in.name(),
                    in.dimension(),
                    in.dimensionName(),
                    in.polarity(),
                    in.halfLifeDays(),
                    in.windowMonths(),
                    d.weights() == null ? null : d.weights().get(in.code()),
                    in.bonusCap(),
                    feeding);
            em.persist(indicator);
            model.indicators().add(indicator);
        }
        for (Map.Entry<String, BigDecimal> p : d.positivePointsByCategory().entrySet()) {
            RecordCategory category = categories.get(p.getKey());
            if (category != null) {
                model.categoryPoints().put(category, p.getValue());
            }
        }
    }

    /** The model as administrators see it: numbers without trailing zeros, lists in a stable order. */
    static ModelView view(CreditModel m) {
        Map<String, BigDecimal> severity = new LinkedHashMap<>();
        severity.put("MINOR", m.minorPoints().stripTrailingZeros());
        severity.put("ORDINARY", m.ordinaryPoints().stripTrailingZeros());
        severity.put("HEAVY", m.heavyPoints().stripTrailingZeros());
        severity.put("SERIOUS", m.seriousPoints().stripTrailingZeros());
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        m.categoryPoints().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(RecordCategory::code)))
                .forEach(e -> points.put(e.getKey().code(), e.getValue().stripTrailingZeros()));
        List<IndicatorDefinition> indicators = new ArrayList<>();
        m.indicators().stream()
                .sorted(Comparator.comparingInt(CreditIndicator::ordinal))
                .forEach(i -> indicators.add(new IndicatorDefinition(
                        i.code(),
                        i.name(),
                        i.dimensionCode(),
                        i.dimensionName(),
                        i.polarity(),
                        i.categories().stream()
                                .map(RecordCategory::code)
                                .sorted()
                                .toList(),
                        i.halfLifeDays().stripTrailingZeros(),
                        i.windowMonths(),
                        i.weight(),
                        i.bonusCap() == null ? null : i.bonusCap().stripTrailingZeros())));
        BigDecimal worst = m.vetoWorstFactorBelow();
        ModelDefinition definition = new ModelDefinition(
                m.agency().code(),
                m.name(),
                severity,
                m.positivePoints().stripTrailingZeros(),
                points,
                new ModelDefinition.Thresholds(m.thresholdA(), m.thresholdB(), m.thresholdC()),
                new ModelDefinition.Vetoes(
                        m.vetoSeriousList(),
                        m.vetoAbnormalList(),
                        m.vetoRecentSerious(),
                        worst != null,
                        worst == null ? null : worst.stripTrailingZeros()),
                List.copyOf(indicators));
        return new ModelView(
                m.id(),
                m.agency().id(),
                m.agency().code(),
                m.name(),
                m.modelVersion(),
                m.status(),
                m.effectiveFrom(),
                m.retiredOn(),
                m.basedOnId(),
                m.weightMethod(),
                m.weightBasis(),
                m.createdAt(),
                m.createdBy(),
                m.activatedAt(),
                m.activatedBy(),
                m.retiredBy(),
                m.version(),
                definition);
    }
}
