package org.credence.violation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.credence.agency.entity.Agency;
import org.credence.business.entity.Business;

/**
 * An administrative penalty or positive record about a business, as the reporting agency decided it.
 * Records are written by the intake in bulk (JDBC); JPA reads them and records their later life:
 * revocation and credit repair. {@code publicityEnd} is null for a record that is never public.
 */
@Entity
@Table(name = "credit_record")
public class CreditRecord {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "business_id", updatable = false)
    private Business business;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "agency_id", updatable = false)
    private Agency agency;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "category_id", updatable = false)
    private RecordCategory category;

    @Column(name = "source_record_id", updatable = false)
    private String sourceRecordId;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", updatable = false)
    private Severity severity;

    @Column(name = "decision_number", updatable = false)
    private String decisionNumber;

    @Column(name = "decision_date", updatable = false)
    private LocalDate decisionDate;

    @Column(name = "legal_basis", updatable = false)
    private String legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "penalty_type", updatable = false)
    private PenaltyType penaltyType;

    @Column(name = "penalty_amount", updatable = false)
    private BigDecimal penaltyAmount;

    @Column(name = "publicity_end", updatable = false)
    private LocalDate publicityEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private RecordStatus status;

    @Column(name = "status_date")
    private LocalDate statusDate;

    @Column(name = "status_by")
    private String statusBy;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "created_at", updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @Version
    @Column(name = "version")
    private long version;

    protected CreditRecord() {}

    /** Ends the record's effect: revoked by its agency, or repaired after an approved application. */
    public void end(RecordStatus newStatus, LocalDate on, String by, String reason) {
        if (newStatus == RecordStatus.ACTIVE) {
            throw new IllegalArgumentException("a record is ended by revocation or repair");
        }
        this.status = newStatus;
        this.statusDate = on;
        this.statusBy = by;
        this.statusReason = reason;
    }

    public Long id() {
        return id;
    }

    public Business business() {
        return business;
    }

    public Agency agency() {
        return agency;
    }

    public RecordCategory category() {
        return category;
    }

    public String sourceRecordId() {
        return sourceRecordId;
    }

    public Severity severity() {
        return severity;
    }

    public String decisionNumber() {
        return decisionNumber;
    }

    public LocalDate decisionDate() {
        return decisionDate;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public PenaltyType penaltyType() {
        return penaltyType;
    }

    public BigDecimal penaltyAmount() {
        return penaltyAmount;
    }

    public LocalDate publicityEnd() {
        return publicityEnd;
    }

    public RecordStatus status() {
        return status;
    }

    public LocalDate statusDate() {
        return statusDate;
    }

    public String statusBy() {
        return statusBy;
    }

    public String statusReason() {
        return statusReason;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
