package org.credence.inspection.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.credence.agency.entity.Agency;

/**
 * An inspector of the directory (执法检查人员): their agency, the division-code prefixes they may inspect in,
 * their law-enforcement certificate, their status, how many open assignments they may hold, the login that records
 * their results, and their qualifications by inspection item.
 *
 * <p>The id is an identity column, which EclipseLink cannot read back on H2 2.x (see {@code ApiClient}): an
 * inspector is inserted with {@link #INSERT} and read back by its unique code; its qualifications are then kept
 * through the entity.
 */
@Entity
@Table(name = "inspector")
@NamedQuery(name = Inspector.BY_CODE, query = "select i from Inspector i where i.code = :code")
@NamedQuery(name = Inspector.BY_USERNAME, query = "select i from Inspector i where i.username = :username")
@NamedQuery(name = Inspector.ALL, query = "select i from Inspector i order by i.code")
@NamedQuery(
        name = Inspector.OF_AGENCY,
        query = "select i from Inspector i where i.agency.code = :agency order by i.code")
@NamedNativeQuery(
        name = Inspector.INSERT,
        query = "insert into inspector (code, name, agency_id, jurisdiction, certificate_number, certificate_expiry,"
                + " status, max_assignments, username, created_at, created_by, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
public class Inspector {

    public static final String BY_CODE = "Inspector.byCode";
    public static final String BY_USERNAME = "Inspector.byUsername";
    public static final String ALL = "Inspector.all";
    /** Parameter {@code agency}: the agency's code. */
    public static final String OF_AGENCY = "Inspector.ofAgency";
    /**
     * Parameters: code, name, the agency's row id, the jurisdiction (comma-separated prefixes), certificate number,
     * certificate expiry, status, most open assignments, login (or null), created at, created by.
     */
    public static final String INSERT = "Inspector.insert";

    @Id
    @Column(name = "id", updatable = false)
    private Long id;

    @Column(name = "code", nullable = false, updatable = false, length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "agency_id", updatable = false)
    private Agency agency;

    @Column(name = "jurisdiction", nullable = false, length = 500)
    private String jurisdiction;

    @Column(name = "certificate_number", nullable = false, length = 64)
    private String certificateNumber;

    @Column(name = "certificate_expiry", nullable = false)
    private LocalDate certificateExpiry;

    @Column(name = "status", nullable = false, length = 10)
    private String status;

    @Column(name = "max_assignments", nullable = false)
    private int maxAssignments;

    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspector_qualification", joinColumns = @JoinColumn(name = "inspector_id"))
    private List<InspectorQualification> qualifications = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Inspector() {}

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Agency agency() {
        return agency;
    }

    /** The division-code prefixes the inspector may inspect in, in their stored order. */
    public List<String> jurisdiction() {
        return jurisdiction == null || jurisdiction.isBlank() ? List.of() : List.of(jurisdiction.split(","));
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    public LocalDate certificateExpiry() {
        return certificateExpiry;
    }

    public String status() {
        return status;
    }

    public int maxAssignments() {
        return maxAssignments;
    }

    public String username() {
        return username;
    }

    public List<InspectorQualification> qualifications() {
        return List.copyOf(qualifications);
    }

    public long version() {
        return version;
    }

    /** Changes what an administrator may change; the code, agency and creation stay. */
    public void change(
            String name,
            List<String> jurisdiction,
            String certificateNumber,
            LocalDate certificateExpiry,
            String status,
            int maxAssignments,
            String username) {
        this.name = name;
        this.jurisdiction = String.join(",", jurisdiction);
        this.certificateNumber = certificateNumber;
        this.certificateExpiry = certificateExpiry;
        this.status = status;
        this.maxAssignments = maxAssignments;
        this.username = username;
    }

    /** Replaces the qualifications; those sent again unchanged stay as they are. */
    public void qualify(List<InspectorQualification> qualifications) {
        this.qualifications.retainAll(qualifications);
        for (InspectorQualification q : qualifications) {
            if (!this.qualifications.contains(q)) {
                this.qualifications.add(q);
            }
        }
    }
}
