package org.credence.inspection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.credence.agency.entity.Agency;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * An inspection plan as stored: its lead agency and the agencies taking part (plan_agency), its items (plan_item), how
 * it draws (RATIO: per-mille ratios by grade; QUOTA: a total shared by grade weights), the team size by grade, the
 * scope (each list stored comma-separated; none means all), the schedule (a date or a Quartz cron, China time), its
 * state (DRAFT, PUBLISHED, DRAWN, IN_PROGRESS, COMPLETED, CANCELLED) and purpose (ROUTINE or INFORMATION_CHECK).
 *
 * <p>Administrators and the draw read and change it as this entity ({@code inspection.control.PlanEntries}), which
 * gives it to callers as a {@link Plan}. The draw's bulk work (the pool, the tickets, the teams) stays in JDBC and
 * reads the plan's items and agencies by its id. The id comes from {@code inspection_plan_seq}, which steps by 50: each
 * node takes a block of 50 ids at a time.
 */
@Entity
@Table(name = "inspection_plan")
@NamedQuery(name = InspectionPlan.ALL, query = "select p from InspectionPlan p order by p.createdAt desc, p.id desc")
@NamedQuery(
        name = InspectionPlan.IN_STATUS,
        query = "select p from InspectionPlan p where p.status in :statuses order by p.createdAt desc, p.id desc")
@NamedQuery(
        name = InspectionPlan.PUBLISHED_IN_STATUS,
        query = "select p from InspectionPlan p where p.status in :statuses and p.publishedAt is not null"
                + " order by p.createdAt desc, p.id desc")
public class InspectionPlan {

    /** Every plan, newest first (by creation: ids come in blocks per node, so they are not in creation order). */
    public static final String ALL = "InspectionPlan.all";
    /** Parameter {@code statuses}: a non-empty list. Newest first. */
    public static final String IN_STATUS = "InspectionPlan.inStatus";
    /** Parameter {@code statuses}: a non-empty list. Only plans ever published, newest first. */
    public static final String PUBLISHED_IN_STATUS = "InspectionPlan.publishedInStatus";

    @Id
    @SequenceGenerator(name = "inspection_plan_seq", sequenceName = "inspection_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_plan_seq")
    @Column(name = "id", updatable = false)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "lead_agency_id", nullable = false)
    private Agency leadAgency;

    @Column(name = "status", nullable = false, length = 12)
    private String status;

    @Column(name = "model_id")
    private Long modelId;

    @Column(name = "mode", nullable = false, length = 8)
    private String mode;

    @Column(name = "ratio_a")
    private Integer ratioA;

    @Column(name = "ratio_b")
    private Integer ratioB;

    @Column(name = "ratio_c")
    private Integer ratioC;

    @Column(name = "ratio_d")
    private Integer ratioD;

    @Column(name = "quota_total")
    private Integer quotaTotal;

    @Column(name = "weight_a")
    private Integer weightA;

    @Column(name = "weight_b")
    private Integer weightB;

    @Column(name = "weight_c")
    private Integer weightC;

    @Column(name = "weight_d")
    private Integer weightD;

    @Column(name = "team_a", nullable = false)
    private int teamA;

    @Column(name = "team_b", nullable = false)
    private int teamB;

    @Column(name = "team_c", nullable = false)
    private int teamC;

    @Column(name = "team_d", nullable = false)
    private int teamD;

    @Column(name = "grade_a_once_a_year", nullable = false)
    private boolean gradeAOncePerYear;

    @Column(name = "repeat_months", nullable = false)
    private int repeatMonths;

    @Column(name = "entity_types", length = 300)
    private String entityTypes;

    @Column(name = "industries", length = 500)
    private String industries;

    @Column(name = "platforms", length = 500)
    private String platforms;

    @Column(name = "region_prefixes", length = 500)
    private String regionPrefixes;

    @Column(name = "schedule_date")
    private LocalDate scheduleDate;

    @Column(name = "schedule_cron", length = 120)
    private String scheduleCron;

    @Column(name = "working_days_only", nullable = false)
    private boolean workingDaysOnly;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    @Column(name = "purpose", nullable = false, length = 24)
    private String purpose;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "plan_agency",
            joinColumns = @JoinColumn(name = "plan_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    @OrderBy("code")
    @BatchFetch(BatchFetchType.IN)
    private List<Agency> agencies = new ArrayList<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "plan_item",
            joinColumns = @JoinColumn(name = "plan_id"),
            inverseJoinColumns = @JoinColumn(name = "item_id"))
    @OrderBy("code")
    @BatchFetch(BatchFetchType.IN)
    private List<InspectionItem> items = new ArrayList<>();

    /** For JPA. */
    protected InspectionPlan() {}

    /** A new DRAFT, created now by {@code createdBy}; its definition follows with {@link #define}. */
    public InspectionPlan(LocalDateTime createdAt, String createdBy) {
        this.status = "DRAFT";
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /**
     * Sets what an administrator writes: everything but the state, the audit fields and the members. Ratios are given
     * for RATIO plans and weights for QUOTA plans (null otherwise); teams for every plan, by grade A to D.
     */
    public void define(
            String name,
            Agency leadAgency,
            Long modelId,
            String mode,
            int[] ratios,
            Integer quotaTotal,
            int[] weights,
            int[] teams,
            boolean gradeAOncePerYear,
            int repeatMonths,
            String[] scope,
            LocalDate scheduleDate,
            String scheduleCron,
            boolean workingDaysOnly,
            String purpose) {
        this.name = name;
        this.leadAgency = leadAgency;
        this.modelId = modelId;
        this.mode = mode;
        this.ratioA = ratios == null ? null : ratios[0];
        this.ratioB = ratios == null ? null : ratios[1];
        this.ratioC = ratios == null ? null : ratios[2];
        this.ratioD = ratios == null ? null : ratios[3];
        this.quotaTotal = quotaTotal;
        this.weightA = weights == null ? null : weights[0];
        this.weightB = weights == null ? null : weights[1];
        this.weightC = weights == null ? null : weights[2];
        this.weightD = weights == null ? null : weights[3];
        this.teamA = teams[0];
        this.teamB = teams[1];
        this.teamC = teams[2];
        this.teamD = teams[3];
        this.gradeAOncePerYear = gradeAOncePerYear;
        this.repeatMonths = repeatMonths;
        this.entityTypes = scope[0];
        this.industries = scope[1];
        this.platforms = scope[2];
        this.regionPrefixes = scope[3];
        this.scheduleDate = scheduleDate;
        this.scheduleCron = scheduleCron;
        this.workingDaysOnly = workingDaysOnly;
        this.purpose = purpose;
    }

    /** Moves the plan to another state (the draw, the assignments' progress). */
    public void status(String status) {
        this.status = status;
    }

    /** Published now by {@code by}: the first draw is scheduled in the same transaction. */
    public void publish(LocalDateTime at, String by) {
        this.status = "PUBLISHED";
        this.publishedAt = at;
        this.publishedBy = by;
    }

    /** Cancelled, with the reason the public reads. */
    public void cancel(String reason) {
        this.status = "CANCELLED";
        this.cancelReason = reason;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Agency leadAgency() {
        return leadAgency;
    }

    public String status() {
        return status;
    }

    public Long modelId() {
        return modelId;
    }

    public String mode() {
        return mode;
    }

    /** The ratios by grade A to D, a missing one as 0. */
    public int[] ratios() {
        return new int[] {orZero(ratioA), orZero(ratioB), orZero(ratioC), orZero(ratioD)};
    }

    public Integer quotaTotal() {
        return quotaTotal;
    }

    /** The weights by grade A to D, a missing one as 0. */
    public int[] weights() {
        return new int[] {orZero(weightA), orZero(weightB), orZero(weightC), orZero(weightD)};
    }

    /** The team sizes by grade A to D. */
    public int[] teams() {
        return new int[] {teamA, teamB, teamC, teamD};
    }

    public boolean gradeAOncePerYear() {
        return gradeAOncePerYear;
    }

    public int repeatMonths() {
        return repeatMonths;
    }

    public String entityTypes() {
        return entityTypes;
    }

    public String industries() {
        return industries;
    }

    public String platforms() {
        return platforms;
    }

    public String regionPrefixes() {
        return regionPrefixes;
    }

    public LocalDate scheduleDate() {
        return scheduleDate;
    }

    public String scheduleCron() {
        return scheduleCron;
    }

    public boolean workingDaysOnly() {
        return workingDaysOnly;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public String purpose() {
        return purpose;
    }

    public long version() {
        return version;
    }

    /** The agencies taking part, the lead among them, in code order as read (modifiable: the plan's members). */
    public List<Agency> agencies() {
        return agencies;
    }

    /** The items the plan inspects, in code order as read (modifiable: the plan's members). */
    public List<InspectionItem> items() {
        return items;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
