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
import org.credence.agency.entity.Agency;
import org.credence.business.entity.Business;

/** A business's entry on the abnormal operations list or the serious illegal and dishonest list. */
@Entity
@Table(name = "list_entry")
public class ListEntry {

    @Id
    @SequenceGenerator(name = "list_entry_seq", sequenceName = "list_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "list_entry_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "business_id", updatable = false)
    private Business business;

    @Enumerated(EnumType.STRING)
    @Column(name = "list_type", nullable = false, updatable = false)
    private ListType listType;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "agency_id", updatable = false)
    private Agency agency;

    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    @Column(name = "listed_on", nullable = false, updatable = false)
    private LocalDate listedOn;

    @Column(name = "listed_by", nullable = false, updatable = false)
    private String listedBy;

    @Column(name = "removed_on")
    private LocalDate removedOn;

    @Column(name = "removed_by")
    private String removedBy;

    @Column(name = "removal_reason")
    private String removalReason;

    /** The serious list's end by itself (3 years after the listing, moved by renewals); null on the abnormal list. */
    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "removal_kind")
    private RemovalKind removalKind;

    @Column(name = "fulfilment")
    private String fulfilment;

    @Column(name = "renewed_on")
    private LocalDate renewedOn;

    @Column(name = "renewed_by")
    private String renewedBy;

    @Column(name = "renewal_reason")
    private String renewalReason;

    @Version
    @Column(name = "version")
    private long version;

    protected ListEntry() {}

    public ListEntry(
            Business business,
            ListType listType,
            Agency agency,
            String reason,
            LocalDate listedOn,
            String listedBy,
            LocalDate endsOn) {
        this.business = business;
        this.listType = listType;
        this.agency = agency;
        this.reason = reason;
        this.listedOn = listedOn;
        this.listedBy = listedBy;
        this.endsOn = endsOn;
    }

    /** A person takes the business off the list; {@code fulfilment} is what an early removal showed. */
    public void remove(LocalDate on, String by, String why, RemovalKind kind, String fulfilment) {
        this.removedOn = on;
        this.removedBy = by;
        this.removalReason = why;
        this.removalKind = kind;
        this.fulfilment = fulfilment;
    }

    /** Keeps the business on the serious list until {@code until}. */
    public void renew(LocalDate until, LocalDate on, String by, String why) {
        this.endsOn = until;
        this.renewedOn = on;
        this.renewedBy = by;
        this.renewalReason = why;
    }

    public boolean isActive() {
        return removedOn == null;
    }

    public Long id() {
        return id;
    }

    public Business business() {
        return business;
    }

    public ListType listType() {
        return listType;
    }

    public Agency agency() {
        return agency;
    }

    public String reason() {
        return reason;
    }

    public LocalDate listedOn() {
        return listedOn;
    }

    public String listedBy() {
        return listedBy;
    }

    public LocalDate removedOn() {
        return removedOn;
    }

    public String removedBy() {
        return removedBy;
    }

    public String removalReason() {
        return removalReason;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public RemovalKind removalKind() {
        return removalKind;
    }

    public String fulfilment() {
        return fulfilment;
    }

    public LocalDate renewedOn() {
        return renewedOn;
    }

    public String renewedBy() {
        return renewedBy;
    }

    public String renewalReason() {
        return renewalReason;
    }
}
