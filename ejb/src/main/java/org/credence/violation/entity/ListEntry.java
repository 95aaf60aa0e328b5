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

    @Version
    @Column(name = "version")
    private long version;

    protected ListEntry() {
    }

    public ListEntry(Business business, ListType listType, Agency agency, String reason, LocalDate listedOn, String listedBy) {
        this.business = business;
        this.listType = listType;
        this.agency = agency;
        this.reason = reason;
        this.listedOn = listedOn;
        this.listedBy = listedBy;
    }

    public void remove(LocalDate on, String by, String why) {
        this.removedOn = on;
        this.removedBy = by;
        this.removalReason = why;
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
}
