package org.credence.credit.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credence.agency.entity.Agency;
import org.credence.violation.entity.RecordCategory;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * An evaluation model as stored (score-v1): its owner, name and version, its state (DRAFT, ACTIVE from
 * {@code effectiveFrom}, RETIRED from {@code retiredOn}), the points of each severity and of positive records (and of
 * the positive record types that depart from them), the grade thresholds, the vetoes, how its weights were set, and its
 * indicators in the order the score sums them. An ACTIVE model carries its agency in {@code activeAgencyId}, whose
 * unique constraint keeps one ACTIVE model per agency.
 *
 * <p>Scoring runs, lookups and previews read models in JDBC as the plain values score-v1 needs
 * ({@code credit.control.ModelStore}); administrators create, read and change them as this entity
 * ({@code credit.control.ModelEntries}). The id comes from {@code credit_model_seq}, which steps by 50: each node
 * takes a block of 50 ids at a time.
 */
@Entity
@Table(name = "credit_model")
@NamedQuery(name = CreditModel.BY_ID, query = "select m from CreditModel m where m.id = :id")
@NamedQuery(name = CreditModel.ALL, query = "select m from CreditModel m order by m.id desc")
@NamedQuery(
        name = CreditModel.OF_AGENCY,
        query = "select m from CreditModel m where m.agency.id = :agency order by m.id desc")
@NamedQuery(
        name = CreditModel.IN_STATUS,
        query = "select m from CreditModel m where m.status = :status order by m.id desc")
@NamedQuery(
        name = CreditModel.OF_AGENCY_IN_STATUS,
        query = "select m from CreditModel m where m.agency.id = :agency and m.status = :status order by m.id desc")
@NamedQuery(
        name = CreditModel.LAST_VERSION,
        query = "select max(m.modelVersion) from CreditModel m where m.agency.id = :agency and m.name = :name")
@NamedQuery(
        name = CreditModel.LEAVE_OFFICE,
        query = "update CreditModel m set m.retiredOn = :on, m.version = m.version + 1 where m.agency.id = :agency"
                + " and m.status = 'RETIRED' and m.retiredOn > :on and m.effectiveFrom < :on")
@NamedQuery(
        name = CreditModel.RETIRE_ACTIVE,
        query = "update CreditModel m set m.status = 'RETIRED', m.activeAgencyId = null, m.retiredOn = :on,"
                + " m.retiredBy = :by, m.version = m.version + 1 where m.activeAgencyId = :agency")
public class CreditModel {

    /** Parameter {@code id}: the model. */
    public static final String BY_ID = "CreditModel.byId";
    /** Every model, newest first. */
    public static final String ALL = "CreditModel.all";
    /** Parameter {@code agency}: the agency's row id. Newest first. */
    public static final String OF_AGENCY = "CreditModel.ofAgency";
    /** Parameter {@code status}. Newest first. */
    public static final String IN_STATUS = "CreditModel.inStatus";
    /** Parameters {@code agency} (row id) and {@code status}. Newest first. */
    public static final String OF_AGENCY_IN_STATUS = "CreditModel.ofAgencyInStatus";
    /** Parameters {@code agency} (row id) and {@code name}: the highest version of the name, or null. */
    public static final String LAST_VERSION = "CreditModel.lastVersion";
    /**
     * An update; parameters {@code agency} (row id) and {@code on}: the agency's RETIRED models still due to be in
     * force after the date (retired before they came into force) leave office on it.
     */
    public static final String LEAVE_OFFICE = "CreditModel.leaveOffice";
    /**
     * An update; parameters {@code agency} (row id), {@code on} and {@code by}: the agency's ACTIVE model, if any, is
     * RETIRED from the date. A statement, not an entity's change, so that it does not depend on the version read: a
     * retirement of the same model committed meanwhile leaves it nothing to do, as the JDBC update did.
     */
    public static final String RETIRE_ACTIVE = "CreditModel.retireActive";

    public static final String DRAFT = "DRAFT";
    public static final String ACTIVE = "ACTIVE";
    public static final String RETIRED = "RETIRED";

    @Id
    @SequenceGenerator(name = "credit_model_seq", sequenceName = "credit_model_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "credit_model_seq")
    @Column(name = "id", updatable = false)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "agency_id", updatable = false)
    private Agency agency;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "model_version", nullable = false, updatable = false)
    private int modelVersion;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "active_agency_id")
    private Long activeAgencyId;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    @Column(name = "based_on_id", updatable = false)
    private Long basedOnId;

    @Column(name = "minor_points", nullable = false, precision = 9, scale = 3)
    private BigDecimal minorPoints;

    @Column(name = "ordinary_points", nullable = false, precision = 9, scale = 3)
    private BigDecimal ordinaryPoints;

    @Column(name = "heavy_points", nullable = false, precision = 9, scale = 3)
    private BigDecimal heavyPoints;

    @Column(name = "serious_points", nullable = false, precision = 9, scale = 3)
    private BigDecimal seriousPoints;

    @Column(name = "positive_points", nullable = false, precision = 9, scale = 3)
    private BigDecimal positivePoints;

    @Column(name = "threshold_a", nullable = false)
    private int thresholdA;

    @Column(name = "threshold_b", nullable = false)
    private int thresholdB;

    @Column(name = "threshold_c", nullable = false)
    private int thresholdC;

    @Column(name = "veto_serious_list", nullable = false)
    private boolean vetoSeriousList;

    @Column(name = "veto_abnormal_list", nullable = false)
    private boolean vetoAbnormalList;

    @Column(name = "veto_recent_serious", nullable = false)
    private boolean vetoRecentSerious;

    @Column(name = "veto_worst_factor_below", precision = 9, scale = 3)
    private BigDecimal vetoWorstFactorBelow;

    @Column(name = "weight_method", length = 24)
    private String weightMethod;

    @Column(name = "weight_basis")
    private String weightBasis;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "activated_at")
    private LocalDateTime activatedAt;

    @Column(name = "activated_by", length = 64)
    private String activatedBy;

    @Column(name = "retired_by", length = 64)
    private String retiredBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /**
     * Read for every model of a query in one more statement (EclipseLink's batch fetch), and so are their categories
     * ({@link CreditIndicator}) and the categories' agencies: the default model (14 indicators) is read in six
     * statements with its agency and its points by category, where one per indicator and per category took over
     * forty. The points by category are read per model: EclipseLink 4.0.7 writes a batch read of a map keyed by an
     * entity with the table's name where its alias belongs, which the database refuses.
     */
    @OneToMany(mappedBy = "model", orphanRemoval = true, cascade = CascadeType.REFRESH)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("ordinal")
    private List<CreditIndicator> indicators = new ArrayList<>();

    /** The positive record types whose points depart from {@link #positivePoints()}. */
    @ElementCollection
    @CollectionTable(name = "credit_model_points", joinColumns = @JoinColumn(name = "model_id"))
    @MapKeyJoinColumn(name = "category_id")
    @Column(name = "points", nullable = false, precision = 9, scale = 3)
    private Map<RecordCategory, BigDecimal> categoryPoints = new HashMap<>();

    protected CreditModel() {}

    /** A new DRAFT of an agency's model, version {@code modelVersion} of its name. */
    public CreditModel(Agency agency, int modelVersion, Long basedOnId, LocalDateTime createdAt, String createdBy) {
        this.agency = agency;
        this.modelVersion = modelVersion;
        this.basedOnId = basedOnId;
        this.status = DRAFT;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Sets what a draft's definition says (its indicators are kept apart, as {@link CreditIndicator}s). */
    public void define(
            String name,
            BigDecimal minor,
            BigDecimal ordinary,
            BigDecimal heavy,
            BigDecimal serious,
            BigDecimal positive,
            int a,
            int b,
            int c,
            boolean seriousList,
            boolean abnormalList,
            boolean recentSerious,
            BigDecimal worstFactorBelow,
            String weightMethod,
            String weightBasis) {
        this.name = name;
        this.minorPoints = minor;
        this.ordinaryPoints = ordinary;
        this.heavyPoints = heavy;
        this.seriousPoints = serious;
        this.positivePoints = positive;
        this.thresholdA = a;
        this.thresholdB = b;
        this.thresholdC = c;
        this.vetoSeriousList = seriousList;
        this.vetoAbnormalList = abnormalList;
        this.vetoRecentSerious = recentSerious;
        this.vetoWorstFactorBelow = worstFactorBelow;
        this.weightMethod = weightMethod;
        this.weightBasis = weightBasis;
    }

    /** In force from {@code from}: ACTIVE, and its agency's one ACTIVE model. */
    public void activate(LocalDate from, LocalDateTime at, String by) {
        this.status = ACTIVE;
        this.activeAgencyId = agency.id();
        this.effectiveFrom = from;
        this.activatedAt = at;
        this.activatedBy = by;
    }

    /** Out of force from {@code on}: RETIRED. */
    public void retire(LocalDate on, String by) {
        this.status = RETIRED;
        this.activeAgencyId = null;
        this.retiredOn = on;
        this.retiredBy = by;
    }

    public Long id() {
        return id;
    }

    public Agency agency() {
        return agency;
    }

    public String name() {
        return name;
    }

    public int modelVersion() {
        return modelVersion;
    }

    public String status() {
        return status;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate retiredOn() {
        return retiredOn;
    }

    public Long basedOnId() {
        return basedOnId;
    }

    public BigDecimal minorPoints() {
        return minorPoints;
    }

    public BigDecimal ordinaryPoints() {
        return ordinaryPoints;
    }

    public BigDecimal heavyPoints() {
        return heavyPoints;
    }

    public BigDecimal seriousPoints() {
        return seriousPoints;
    }

    public BigDecimal positivePoints() {
        return positivePoints;
    }

    public int thresholdA() {
        return thresholdA;
    }

    public int thresholdB() {
        return thresholdB;
    }

    public int thresholdC() {
        return thresholdC;
    }

    public boolean vetoSeriousList() {
        return vetoSeriousList;
    }

    public boolean vetoAbnormalList() {
        return vetoAbnormalList;
    }

    public boolean vetoRecentSerious() {
        return vetoRecentSerious;
    }

    public BigDecimal vetoWorstFactorBelow() {
        return vetoWorstFactorBelow;
    }

    public String weightMethod() {
        return weightMethod;
    }

    public String weightBasis() {
        return weightBasis;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime activatedAt() {
        return activatedAt;
    }

    public String activatedBy() {
        return activatedBy;
    }

    public String retiredBy() {
        return retiredBy;
    }

    public long version() {
        return version;
    }

    /** The indicators in the order the score sums them; the list the entity keeps. */
    public List<CreditIndicator> indicators() {
        return indicators;
    }

    /** The positive record types whose points depart from the default; the map the entity keeps. */
    public Map<RecordCategory, BigDecimal> categoryPoints() {
        return categoryPoints;
    }
}
