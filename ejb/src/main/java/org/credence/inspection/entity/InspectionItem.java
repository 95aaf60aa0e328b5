package org.credence.inspection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.credence.agency.entity.Agency;

/**
 * An entry of the item list (抽查事项清单): what may be inspected, on which legal basis, by which agency, how, in
 * which scope (entity types, industries, platforms and division-code prefixes, each stored comma-separated; none
 * means all), at most which share of the scope (GENERAL items, in basis points) and how often a business a year.
 * A plan holds its items as these entities ({@link InspectionPlan#items()}); the draw and the assignments read items
 * in JDBC by their plan's id.
 *
 * <p>Inserted with {@link #INSERT} and read back by its unique code, since the id is an identity column (see
 * {@link Inspector}).
 */
@Entity
@Table(name = "inspection_item")
@NamedQuery(name = InspectionItem.BY_CODE, query = "select i from InspectionItem i where i.code = :code")
@NamedQuery(name = InspectionItem.ALL, query = "select i from InspectionItem i order by i.code")
@NamedQuery(
        name = InspectionItem.OF_AGENCY,
        query = "select i from InspectionItem i where i.agency.code = :agency order by i.code")
@NamedNativeQuery(
        name = InspectionItem.INSERT,
        query = "insert into inspection_item (code, name, legal_basis, agency_id, kind, method, entity_types,"
                + " industries, platforms, region_prefixes, max_ratio_bp, annual_cap, created_at, created_by, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as integer), ?, ?, ?, 0)")
public class InspectionItem {

    public static final String BY_CODE = "InspectionItem.byCode";
    public static final String ALL = "InspectionItem.all";
    /** Parameter {@code agency}: the agency's code. */
    public static final String OF_AGENCY = "InspectionItem.ofAgency";
    /**
     * Parameters: code, name, legal basis, the agency's row id, kind, method, entity types, industries, platforms,
     * division-code prefixes (each comma-separated, or null for all), maximum ratio in basis points (or null: cast,
     * since a null parameter of a native query is bound as text), annual cap, created at, created by.
     */
    public static final String INSERT = "InspectionItem.insert";

    @Id
    @Column(name = "id", updatable = false)
    private Long id;

    @Column(name = "code", nullable = false, updatable = false, length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "legal_basis", nullable = false, length = 500)
    private String legalBasis;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "agency_id", updatable = false)
    private Agency agency;

    @Column(name = "kind", nullable = false, length = 8)
    private String kind;

    @Column(name = "method", nullable = false, length = 20)
    private String method;

    @Column(name = "entity_types", length = 300)
    private String entityTypes;

    @Column(name = "industries", length = 500)
    private String industries;

    @Column(name = "platforms", length = 500)
    private String platforms;

    @Column(name = "region_prefixes", length = 500)
    private String regionPrefixes;

    @Column(name = "max_ratio_bp")
    private Integer maxRatioBp;

    @Column(name = "annual_cap", nullable = false)
    private int annualCap;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Version
    @Column(name = "version")
    private long version;

    protected InspectionItem() {}

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public Agency agency() {
        return agency;
    }

    public String kind() {
        return kind;
    }

    public String method() {
        return method;
    }

    /** The entity types of the scope, comma-separated; null for all. */
    public String entityTypes() {
        return entityTypes;
    }

    /** The industry codes of the scope, comma-separated; null for all. */
    public String industries() {
        return industries;
    }

    /** The platforms of the scope, comma-separated; null for all. */
    public String platforms() {
        return platforms;
    }

    /** The division-code prefixes of the scope, comma-separated; null for all. */
    public String regionPrefixes() {
        return regionPrefixes;
    }

    public Integer maxRatioBp() {
        return maxRatioBp;
    }

    public int annualCap() {
        return annualCap;
    }

    public long version() {
        return version;
    }

    /** Changes what an administrator may change; the code, agency and creation stay. The lists are stored as given. */
    public void change(
            String name,
            String legalBasis,
            String kind,
            String method,
            String entityTypes,
            String industries,
            String platforms,
            String regionPrefixes,
            Integer maxRatioBp,
            int annualCap) {
        this.name = name;
        this.legalBasis = legalBasis;
        this.kind = kind;
        this.method = method;
        this.entityTypes = entityTypes;
        this.industries = industries;
        this.platforms = platforms;
        this.regionPrefixes = regionPrefixes;
        this.maxRatioBp = maxRatioBp;
        this.annualCap = annualCap;
    }
}
