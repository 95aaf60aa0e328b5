package org.credence.violation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A business's application to end a record's publicity early (信用修复), and its decision. */
@Entity
@Table(name = "repair_application")
public class RepairApplication {

    @Schema(name = "RepairDecision")
    public enum Decision {
        PENDING,
        APPROVED,
        REFUSED
    }

    @Id
    @SequenceGenerator(name = "repair_application_seq", sequenceName = "repair_application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "repair_application_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "record_id", updatable = false)
    private CreditRecord record;

    @Column(name = "commitment", nullable = false, updatable = false)
    private String commitment;

    @Column(name = "fulfilment", nullable = false, updatable = false)
    private String fulfilment;

    @Column(name = "applied_on", nullable = false, updatable = false)
    private LocalDate appliedOn;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false)
    private Decision decision;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Version
    @Column(name = "version")
    private long version;

    protected RepairApplication() {}

    public RepairApplication(
            CreditRecord record, String commitment, String fulfilment, LocalDate appliedOn, String submittedBy) {
        this.record = record;
        this.commitment = commitment;
        this.fulfilment = fulfilment;
        this.appliedOn = appliedOn;
        this.submittedBy = submittedBy;
        this.decision = Decision.PENDING;
    }

    public void decide(Decision outcome, LocalDate on, String by, String reason) {
        this.decision = outcome;
        this.decidedOn = on;
        this.decidedBy = by;
        this.decisionReason = reason;
    }

    public Long id() {
        return id;
    }

    public CreditRecord record() {
        return record;
    }

    public String commitment() {
        return commitment;
    }

    public String fulfilment() {
        return fulfilment;
    }

    public LocalDate appliedOn() {
        return appliedOn;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Decision decision() {
        return decision;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionReason() {
        return decisionReason;
    }
}
